// Every screen, in Dutch and in English, in its main states, passes axe-core's WCAG 2.0/2.1/2.2
// A and AA rules with zero violations.

import AxeBuilder from '@axe-core/playwright';
import { beforeAll, describe, expect, it } from 'vitest';
import { GENEROUS, type CreatedEvent } from '../helpers/server.js';
import { haveBrowser, shot } from '../helpers/browser.js';
import { audit, WCAG_TAGS as TAGS } from '../helpers/a11y.js';
import { asChair, asParticipant } from '../helpers/scenario.js';
import { useStage } from '../helpers/screens.js';
import { setWall } from '../helpers/statements.js';

const stage = useStage({ config: { rateLimits: GENEROUS } });
const { srv } = stage;

const events: Partial<Record<'nl' | 'en', CreatedEvent>> = {};
const busy: Partial<Record<'nl' | 'en', CreatedEvent>> = {};

async function fill(ev: CreatedEvent) {
  const chair = await asChair(srv, ev);
  const wallId = await setWall(chair, { moderation: 'post' });
  const p = await asParticipant(srv, ev, `a11y-${ev.code}`);
  const texts = [
    'Niet vinken, maar vonken',
    'Meer burgerkracht',
    'Luister naar de mensen om wie het gaat',
    'Minder regels, meer vertrouwen',
  ];
  const ids: string[] = [];
  for (const text of texts)
    ids.push(
      ((await p.command({ type: 'statement.submit', activityId: wallId, text })) as { id: string })
        .id,
    );
  await chair.command({ type: 'statement.moderate', statementId: ids[0]!, action: 'pin' });
  await chair.command({
    type: 'activity.update',
    activityId: wallId,
    config: { moderation: 'pre' },
  });
  await p.command({
    type: 'statement.submit',
    activityId: wallId,
    text: 'Deze wacht op de gespreksleider',
  });
  chair.close();
  p.close();
}

describe.skipIf(!haveBrowser)('accessibility audit (axe-core, WCAG 2.2 AA)', () => {
  beforeAll(async () => {
    for (const lang of ['nl', 'en'] as const) {
      events[lang] = await srv.createEvent(
        lang === 'nl' ? 'Lege bijeenkomst' : 'Empty event',
        lang,
      );
      busy[lang] = await srv.createEvent(lang === 'nl' ? 'Drukke bijeenkomst' : 'Busy event', lang);
      await fill(busy[lang]!);
    }
  });

  it('[A11Y-1] the audit is real: a planted violation is found', async () => {
    const page = await stage.open('phone');
    await page.goto(`${srv.url}/`);
    await page.getByTestId('code-input').waitFor();
    await page.evaluate(() => {
      const b = document.createElement('button');
      document.querySelector('main')?.append(b);
    });
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(result.violations.map((v) => v.id)).toContain('button-name');
    await page.context().close();
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`[A11Y-1] home and unknown code (${lang})`, async () => {
      const page = await stage.open('phone');
      await page.goto(`${srv.url}/`);
      await page.evaluate((l) => localStorage.setItem('vonk.lang', l), lang);
      await page.reload();
      await page.getByTestId('code-input').waitFor();
      await audit(page, `home ${lang}`);
      await page.getByTestId('code-input').fill('ZZZZZZ');
      await page.getByTestId('join-button').click();
      await page.getByTestId('code-error').waitFor();
      await audit(page, `home error ${lang}`);
      await page.goto(`${srv.url}/j/ZZZZZZ`);
      await page.getByTestId('unknown-code').waitFor();
      await audit(page, `unknown code ${lang}`);
    }, 120_000);

    it(`[A11Y-1] participant: empty, busy, with an error (${lang})`, async () => {
      for (const ev of [events[lang]!, busy[lang]!]) {
        const page = await stage.open('phone');
        await page.goto(ev.joinUrl);
        await expect
          .poll(() => page.getByTestId('conn-status').getAttribute('data-status'))
          .toBe('online');
        await audit(page, `participant ${ev.name}`);
        await page.getByTestId('statement-input').fill('x'.repeat(200));
        await page.getByTestId('send-button').click();
        await page.getByTestId('composer-error').waitFor();
        await audit(page, `participant error ${ev.name}`);
        await shot(page, `a11y-participant-${lang}-${ev.code}`);
        await page.context().close();
      }
    }, 120_000);

    it(`[A11Y-1] chair and projector, empty and busy (${lang})`, async () => {
      for (const ev of [events[lang]!, busy[lang]!]) {
        const chair = await stage.open('chair');
        await chair.goto(ev.chairUrl);
        await chair.getByTestId('agenda-item').first().waitFor();
        await audit(chair, `chair ${ev.name}`);
        const projector = await stage.open('projector');
        await projector.goto(ev.projectorUrl);
        await projector.getByTestId('projector-code').waitFor();
        await audit(projector, `projector ${ev.name}`);
        await shot(projector, `a11y-projector-${lang}-${ev.code}`);
        await chair.context().close();
        await projector.context().close();
      }
      const forbidden = await stage.open('chair');
      await forbidden.goto(`${srv.url}/c/${events[lang]!.code}?k=wrong`);
      await audit(forbidden, `chair forbidden ${lang}`);
    }, 120_000);

    it(`[A11Y-1] organizer (${lang})`, async () => {
      const page = await stage.open('chair');
      await page.goto(`${srv.url}/o?t=${srv.adminToken}`);
      await page.evaluate((l) => localStorage.setItem('vonk.lang', l), lang);
      await page.reload();
      await page.getByTestId('event-row').first().waitFor();
      await audit(page, `organizer ${lang}`);
      await page.goto(`${srv.url}/o?t=wrong`);
      await page.getByTestId('organizer-unauthorized').waitFor();
      await audit(page, `organizer unauthorized ${lang}`);
    }, 120_000);
  }
});
