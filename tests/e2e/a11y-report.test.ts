// The axe audit (WCAG 2.0–2.2 A/AA) of the printable report, for the whole event and for one
// room, and of the dilemma round on the phone, the chair's console and the projector, each in
// Dutch and in English.

import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHAIR, haveBrowser, phoneContext, PROJECTOR, shot } from '../helpers/browser.js';
import { expectAck } from '../helpers/polls.js';
import { loadReport, useReportEvent } from '../helpers/report-page.js';
import { audit } from '../helpers/a11y.js';
import { asChair, asParticipant, showNewActivity } from '../helpers/scenario.js';
import { useStage } from '../helpers/screens.js';

const stage = useStage();
const { srv, browser } = stage;

describe.skipIf(!haveBrowser)('accessibility of the report and the dilemma round', () => {
  const seeded = useReportEvent(srv, ['Tafel Noord', 'Tafel Zuid']);

  for (const lang of ['nl', 'en'] as const) {
    it(`[A11Y-1][EXPORT-4] the report of the whole event and of one room (${lang})`, async () => {
      const context = await browser.newContext({ viewport: CHAIR });
      const page = await context.newPage();
      const { ev, rooms } = seeded;
      const base = `${srv.url}/r/${ev.code}?t=${srv.adminToken}&lang=${lang}`;
      // The harvest reaches the plenary a moment after the chair sent it.
      await loadReport(page, base);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(await page.getByTestId('report-room').count()).toBe(2);
      expect(await page.getByTestId('report-quiet-room').count()).toBe(1);
      await shot(page, `a11y-report-${lang}`, true);
      await audit(page, `report ${lang}`);

      await page.goto(`${base}&room=${rooms[1]!.id}`);
      expect(await page.getByTestId('report-room').count()).toBe(1);
      await audit(page, `report of one room ${lang}`);
      // A room's own chair link, as a table chair opens it.
      await page.goto(`${srv.url}/r/${ev.code}?k=${rooms[0]!.key}&lang=${lang}`);
      expect(await page.getByTestId('report-room').count()).toBe(1);
      await audit(page, `report by a room chair ${lang}`);
      await context.close();
    }, 90_000);

    it(`[A11Y-1][ROUND-1] a dilemma round on phone, chair and projector (${lang})`, async () => {
      const ev = await srv.createEvent(lang === 'nl' ? 'Dilemmatafel' : 'Dilemma table', lang);
      const chair = await asChair(srv, ev);
      const roundId = await showNewActivity(chair, {
        kind: 'round',
        title: '',
        config: {
          dilemma:
            'Deelnemers aan dagbesteding werken hard maar krijgen geen vergoeding. Wat doen we?',
          moderation: 'post',
        },
      });
      const phone = await asParticipant(srv, ev, `round-a11y-${lang}`);
      for (const text of ['Om hoeveel mensen gaat het?', 'Wie betaalt het nu?']) {
        expectAck(await phone.command({ type: 'statement.submit', activityId: roundId, text }));
      }
      expectAck(await chair.command({ type: 'round.control', activityId: roundId, phase: 1 }));
      expectAck(
        await phone.command({
          type: 'statement.submit',
          activityId: roundId,
          text: 'Bij ons werkte een kleine bonus goed',
        }),
      );

      const screens: [string, string, string, Awaited<ReturnType<Browser['newContext']>>][] = [
        ['phone', ev.joinUrl, 'round-step', await phoneContext(browser)],
        ['chair', ev.chairUrl, 'round-step-button', await browser.newContext({ viewport: CHAIR })],
        [
          'projector',
          ev.projectorUrl,
          'projector-round-prompt',
          await browser.newContext({ viewport: PROJECTOR }),
        ],
      ];
      for (const [name, url, ready, context] of screens) {
        const page = await context.newPage();
        await page.goto(url);
        await page.getByTestId(ready).first().waitFor({ timeout: 20_000 });
        expect(await page.evaluate(() => document.documentElement.lang), name).toBe(lang);
        await shot(page, `a11y-round-${name}-${lang}`);
        await audit(page, `round ${name} ${lang}`);
        await context.close();
      }
      chair.close();
      phone.close();
    }, 120_000);
  }
});
