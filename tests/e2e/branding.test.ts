// Event branding on the real screens in Chromium: the organizer sets a light theme, a hard to
// read accent and a logo in the branding panel; the open projector follows without a reload,
// keeps every text at 7:1, uses the adjusted accent and shows the logo; ?theme= on the link.

import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECTOR_MIN_CONTRAST, pageAccent, projectorAccent } from '../../shared/brand.js';
import { guard, haveBrowser, PROJECTOR, shot } from '../helpers/browser.js';
import { dilemmaConfig, expectAck, startPoll } from '../helpers/polls.js';
import { audit } from '../helpers/a11y.js';
import { asChair, asParticipant, showNewActivity } from '../helpers/scenario.js';
import {
  bandedPng as makePng,
  contrastProblems,
  hexToRgb,
  LOW_CONTRAST,
  rootVar,
  STATEMENTS,
  useBrandingStage,
} from '../helpers/branding.js';

const { srv, ev, open, context, contexts, fillWall, organizer } = useBrandingStage();

describe.skipIf(!haveBrowser)('event branding on the screens', () => {
  beforeAll(async () => {
    await fillWall(ev, STATEMENTS, 'wall');
  }, 60_000);

  it('[BRAND-1] [BRAND-2] [BRAND-3] the organizer sets light, a yellow accent and a logo; the open projector follows live at 7:1', async () => {
    const projector = await (await context({ viewport: PROJECTOR })).newPage();
    const problems = guard(projector, srv.url);
    await projector.goto(ev.projectorUrl);
    await projector.getByTestId('projector-wall').waitFor();
    expect(await projector.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await contrastProblems(projector, PROJECTOR_MIN_CONTRAST)).toEqual([]);
    expect(await projector.getByTestId('projector-logo').count()).toBe(0);

    const org = await organizer(ev.code, 'nl');
    const orgProblems = guard(org, srv.url);
    // A refused logo: the server's reason in Dutch, announced.
    await org.getByTestId('branding-logo-file').setInputFiles({
      name: 'logo.svg',
      mimeType: 'image/svg+xml',
      buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
    });
    const error = org.getByTestId('branding-error');
    await expect.poll(() => error.innerText()).toMatch(/PNG-, JPEG- of WebP/);
    expect(await error.getAttribute('role')).toBe('alert');
    const big = Buffer.alloc(600 * 1024);
    makePng().copy(big);
    await org.getByTestId('branding-logo-file').setInputFiles({
      name: 'groot.png',
      mimeType: 'image/png',
      buffer: big,
    });
    await expect.poll(() => error.innerText()).toMatch(/te groot.*512 KB/);

    // The accent: the preview shows the colour the screens will really use.
    await org.getByTestId('branding-accent-text').fill('geel');
    await org.getByTestId('branding-save').click();
    await org.getByTestId('branding-accent-error').waitFor();
    expect(await org.getByTestId('branding-accent-error').getAttribute('role')).toBe('alert');
    await org.getByTestId('branding-accent-text').fill(LOW_CONTRAST);
    await org.getByTestId('branding-theme-light').check();
    const phoneAccent = pageAccent(LOW_CONTRAST).accent;
    const beamerAccent = projectorAccent(LOW_CONTRAST, 'light');
    expect(phoneAccent).not.toBe(LOW_CONTRAST);
    expect(beamerAccent).not.toBe(LOW_CONTRAST);
    expect(await org.getByTestId('branding-chip-projector').getAttribute('data-color')).toBe(
      beamerAccent,
    );
    expect(await org.getByTestId('branding-chip-phone').getAttribute('data-color')).toBe(
      phoneAccent,
    );
    expect(await org.getByTestId('branding-adjusted').innerText()).toContain(
      `Aangepast voor leesbaarheid: telefoon ${phoneAccent}, scherm ${beamerAccent}`,
    );
    await org.getByTestId('branding-save').click();
    await expect
      .poll(() => org.getByTestId('branding-status').innerText())
      .toBe('Huisstijl opgeslagen.');
    await org.getByTestId('branding-logo-file').setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: makePng(),
    });
    await expect
      .poll(() => org.getByTestId('branding-status').innerText())
      .toBe('Logo opgeslagen.');
    expect(await org.getByTestId('branding-error').count()).toBe(0);
    await shot(org, 'branding-organizer-nl');

    // The projector, never reloaded, follows.
    await expect
      .poll(() => projector.evaluate(() => document.documentElement.dataset.theme))
      .toBe('light');
    expect(await rootVar(projector, '--p-accent')).toBe(beamerAccent);
    expect(
      await projector.locator('.projector__prompt').evaluate((el) => getComputedStyle(el).color),
    ).toBe(hexToRgb(beamerAccent));
    const logo = projector.getByTestId('projector-logo');
    await logo.waitFor();
    await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(240);
    expect(await logo.getAttribute('alt')).toBe('Sociale Top');
    // In the corner, inside the join panel, covering nothing of the stage or the QR code.
    const box = (await logo.boundingBox())!;
    const panel = (await projector.locator('.projector__join').boundingBox())!;
    const qr = (await projector.getByTestId('projector-qr').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(panel.x);
    expect(box.y + box.height).toBeLessThanOrEqual(qr.y);
    expect(box.height).toBeLessThanOrEqual(PROJECTOR.height * 0.1 + 1);
    expect(await contrastProblems(projector, PROJECTOR_MIN_CONTRAST)).toEqual([]);
    await shot(projector, 'branding-projector-light-wall');
    expect(problems).toEqual([]);
    expect(orgProblems).toEqual([]);

    // The phone: the adjusted accent on its buttons, the logo in its top bar.
    const phone = await open('phone');
    contexts.push(phone.context());
    await phone.goto(ev.joinUrl);
    const phoneLogo = phone.getByTestId('event-logo');
    await phoneLogo.waitFor();
    await expect
      .poll(() => phoneLogo.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
    // Beside the event's name on the phone: decorative, so a screen reader says the name once.
    expect(await phoneLogo.getAttribute('alt')).toBe('');
    expect(await rootVar(phone, '--accent')).toBe(phoneAccent);
    expect(
      await phone.getByTestId('send-button').evaluate((el) => getComputedStyle(el).backgroundColor),
    ).toBe(hexToRgb(phoneAccent));
    await audit(phone, 'participant with branding');
    await shot(phone, 'branding-phone');

    // Removing the logo reaches the projector too.
    await org.getByTestId('branding-logo-remove').click();
    await expect.poll(() => projector.getByTestId('projector-logo').count()).toBe(0);
    await expect.poll(() => phone.getByTestId('event-logo').count()).toBe(0);
    // And it comes back for the next tests.
    await org.getByTestId('branding-logo-file').setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: makePng(),
    });
    await projector.getByTestId('projector-logo').waitFor();
  }, 120_000);

  it('[BRAND-1] [A11Y-1] every activity in the light theme keeps 7:1: wall, poll, Q&A, round, join panel', async () => {
    // Plain swaps, no fades (see the busy wall below): contrast is read on settled text.
    const projector = await (
      await context({ viewport: PROJECTOR, reducedMotion: 'reduce' })
    ).newPage();
    await projector.goto(ev.projectorUrl);
    await projector.getByTestId('projector-wall').waitFor();
    expect(await projector.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    const chair = await asChair(srv, ev);
    const wallId = chair.currentWallId();
    const voter = await asParticipant(srv, ev, 'participant-voter');
    try {
      // Poll: voting, then the results revealed.
      const pollId = await startPoll(chair, dilemmaConfig());
      await projector.locator('.projector-poll, [data-testid="projector-poll"]').first().waitFor();
      expectAck(await voter.command({ type: 'poll.vote', pollId, optionIds: ['d0'] }));
      expectAck(await chair.command({ type: 'poll.control', pollId, action: 'close' }));
      expectAck(await chair.command({ type: 'poll.control', pollId, action: 'reveal' }));
      await projector.locator('.bar__fill').first().waitFor();
      expect(await contrastProblems(projector, PROJECTOR_MIN_CONTRAST), 'poll').toEqual([]);
      await shot(projector, 'branding-projector-light-poll');
      await audit(projector, 'projector light poll');

      // Q&A with a question on stage and others below.
      const qaId = await showNewActivity(chair, {
        kind: 'qa',
        title: '',
        config: { pitch: 'Het Pieperproject', moderation: 'post', open: true },
      });
      const asked: string[] = [];
      for (const text of ['Wie betaalt het?', 'Hoe groot is de groep?', 'Wanneer begint het?']) {
        const r = await voter.command({ type: 'question.ask', activityId: qaId, text });
        expectAck(r);
        asked.push((r as { id: string }).id);
      }
      expectAck(
        await chair.command({ type: 'question.moderate', questionId: asked[0]!, action: 'stage' }),
      );
      await projector.getByTestId('projector-qa').waitFor();
      await projector.locator('.qa-proj__stage').waitFor();
      expect(await contrastProblems(projector, PROJECTOR_MIN_CONTRAST), 'qa').toEqual([]);
      await shot(projector, 'branding-projector-light-qa');
      await audit(projector, 'projector light qa');

      // The dilemma round with contributions.
      const roundId = await showNewActivity(chair, {
        kind: 'round',
        title: 'Dagbesteding',
        config: { dilemma: 'Moet de dagbesteding in het dorp blijven?', moderation: 'post' },
      });
      expectAck(await chair.command({ type: 'round.control', activityId: roundId, phase: 1 }));
      expectAck(
        await voter.command({
          type: 'statement.submit',
          activityId: roundId,
          text: 'Mijn moeder ging er elke dag heen',
        }),
      );
      await projector.getByTestId('projector-round').waitFor();
      await projector.locator('.projector-item').first().waitFor();
      expect(await contrastProblems(projector, PROJECTOR_MIN_CONTRAST), 'round').toEqual([]);
      await shot(projector, 'branding-projector-light-round');
      await audit(projector, 'projector light round');

      // Back to the wall for the tests after this one.
      expectAck(await chair.command({ type: 'activity.show', activityId: wallId }));
      await projector.getByTestId('projector-wall').waitFor();
      expect(await contrastProblems(projector, PROJECTOR_MIN_CONTRAST), 'wall').toEqual([]);
      await audit(projector, 'projector light wall');
    } finally {
      await chair.command({ type: 'activity.show', activityId: wallId });
      chair.close();
      voter.close();
    }
  }, 120_000);

  it('[BRAND-1] ?theme=dark on the link overrides the event; an unknown value is ignored', async () => {
    // Read with reduced motion, like the other contrast checks: a page that turns by the clock
    // is never caught half faded in when the machine is busy.
    const page = await (await context({ viewport: PROJECTOR, reducedMotion: 'reduce' })).newPage();
    await page.goto(`${ev.projectorUrl}?theme=dark`);
    await page.getByTestId('projector-wall').waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await rootVar(page, '--p-accent')).toBe(projectorAccent(LOW_CONTRAST, 'dark'));
    expect(await rootVar(page, '--p-bg')).toBe('#0b0b10');
    expect(await contrastProblems(page, PROJECTOR_MIN_CONTRAST)).toEqual([]);
    await page.getByTestId('projector-logo').waitFor();
    await shot(page, 'branding-projector-dark-override');

    await page.goto(`${ev.projectorUrl}?theme=neon`);
    await page.getByTestId('projector-wall').waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await rootVar(page, '--p-bg')).toBe('#ffffff');
  }, 60_000);
});
