// The organizer's notice on the hall's other screens (NOTICE-8, NOTICE-9): the speaker screen shows
// what is meant for the projectors, and on the beamer the stage moves down below the banner.

import { describe, expect, it } from 'vitest';
import { audit } from '../helpers/a11y.js';
import { guard, haveBrowser, PROJECTOR, shot } from '../helpers/browser.js';
import { asChair, asParticipant } from '../helpers/scenario.js';
import { useStage } from '../helpers/screens.js';

const stage = useStage();
const { srv, browser } = stage;
const TEXT = 'Nog 5 minuten, daarna terug naar de plenaire zaal';

async function send(code: string, audience: string[]): Promise<void> {
  const res = await fetch(`${srv.url}/api/events/${code}/notices`, {
    method: 'POST',
    headers: { authorization: `Bearer ${srv.adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ text: TEXT, audience, rooms: 'all' }),
  });
  expect(res.status).toBe(201);
}

describe.skipIf(!haveBrowser)('a notice on the speaker screen and above the stage', () => {
  it('[NOTICE-8][NOTICE-9] the speaker screen shows it; the beamer keeps the stage below it', async () => {
    const ev = await srv.createEvent('Berichten');
    const chair = await asChair(srv, ev);
    const wall = chair.currentWallId();
    await chair.command({ type: 'activity.show', activityId: wall });
    const p = await asParticipant(srv, ev, 'notice-screens');
    const { id } = (await p.command({
      type: 'statement.submit',
      activityId: wall,
      text: 'Bovenaan de muur',
    })) as { id: string };
    await chair.command({ type: 'statement.moderate', statementId: id, action: 'approve' });

    const beamer = await (await browser.newContext({ viewport: PROJECTOR })).newPage();
    const beamerProblems = guard(beamer, srv.url);
    await beamer.goto(ev.projectorUrl.replace(srv.publicUrl, srv.url));
    await beamer.getByText('Bovenaan de muur').waitFor({ timeout: 15_000 });
    const speakers = [];
    for (const [lang, size] of [
      ['nl', { width: 1366, height: 768 }],
      ['en', { width: 390, height: 844 }],
    ] as const) {
      const page = await (await browser.newContext({ viewport: size })).newPage();
      await page.addInitScript((l) => localStorage.setItem('vonk.lang', l), lang);
      await page.goto(ev.speakerUrl.replace(srv.publicUrl, srv.url));
      await page.getByTestId('speaker-pitch').waitFor({ timeout: 15_000 });
      speakers.push({ lang, size, page, problems: guard(page, srv.url) });
    }

    // Only for the chairs: neither the beamer nor the speaker screen shows it.
    await send(ev.code, ['chairs']);
    await send(ev.code, ['projectors']);
    const banner = beamer.getByTestId('room-notice');
    await expect.poll(() => banner.innerText(), { timeout: 15_000 }).toBe(TEXT);
    // The stage starts below the banner: the prompt and the first statement are not covered.
    const bottom = await banner.evaluate((el) => el.getBoundingClientRect().bottom);
    const top = await beamer
      .locator('.projector__stage')
      .evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(bottom - 1);
    const prompt = await beamer
      .locator('.projector__prompt')
      .evaluate((el) => el.getBoundingClientRect().top);
    expect(prompt).toBeGreaterThanOrEqual(bottom);
    await shot(beamer, 'notice-projector-stage');
    await audit(beamer, 'projector with a notice, stage below');

    for (const s of speakers) {
      const onSpeaker = s.page.getByTestId('room-notice');
      await expect.poll(() => onSpeaker.innerText(), { timeout: 15_000 }).toBe(TEXT);
      expect(await onSpeaker.getAttribute('role')).toBe('status');
      await shot(s.page, `notice-speaker-${s.lang}-${s.size.width}`);
      await audit(s.page, `speaker with a notice ${s.lang} ${s.size.width}`);
    }

    // Withdrawn from the projectors (a notice for the chairs only): it leaves both screens.
    await send(ev.code, ['chairs']);
    await expect.poll(() => banner.count(), { timeout: 15_000 }).toBe(0);
    for (const s of speakers) {
      await expect.poll(() => s.page.getByTestId('room-notice').count()).toBe(0);
      expect(s.problems).toEqual([]);
      await s.page.context().close();
    }
    expect(beamerProblems).toEqual([]);
    await beamer.context().close();
    chair.close();
    p.close();
  }, 120_000);
});
