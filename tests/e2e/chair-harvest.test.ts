// The harvest is seen: the room chair reads "aangekomen bij de plenaire", the plenary chair gets
// a count on the agenda and a notice, and can let new harvest go on screen by itself.

import { describe, expect, it } from 'vitest';
import { audit } from '../helpers/a11y.js';
import { CHAIR, haveBrowser, shot } from '../helpers/browser.js';
import { addRooms } from '../helpers/report-event.js';
import { TestClient } from '../helpers/ws-client.js';
import { asChair, asParticipant } from '../helpers/scenario.js';
import { useStage } from '../helpers/screens.js';
import { postApproved } from '../helpers/statements.js';

const stage = useStage();
const { srv, browser } = stage;

describe.skipIf(!haveBrowser)('the harvest is seen', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`[CHAIR-11] room chair sees it arrive; plenary chair sees a count, a notice, and auto-show (${lang})`, async () => {
      const ev = await srv.createEvent(`Oogst ${lang}`, lang);
      const [t7] = await addRooms(srv, ev.code, 'naam\nTafel 7\n');
      const p = await asParticipant(srv, ev, `harvest-${lang}`, { roomId: t7!.id });
      const roomWs = await TestClient.connect(srv.url, {
        role: 'chair',
        eventCode: ev.code,
        roomId: t7!.id,
        key: t7!.key,
      });
      const ids: string[] = [];
      for (const text of ['Samen eten in de wijk', 'Een vaste contactpersoon']) {
        ids.push(await postApproved(p, roomWs, text));
      }
      const plenaryWs = await asChair(srv, ev);

      const context = await browser.newContext({ viewport: CHAIR });
      await context.addInitScript((l) => localStorage.setItem('vonk.lang', l), lang);
      const roomChair = await context.newPage();
      await roomChair.goto(t7!.chairUrl);
      const plenaryChair = await context.newPage();
      await plenaryChair.goto(ev.chairUrl);
      await plenaryChair.getByTestId('agenda-item').first().waitFor();

      // The room chair sends the first one and reads that it arrived.
      await roomChair.getByTestId('harvest-button').first().click();
      const state = roomChair.getByTestId('harvest-state').first();
      await expect.poll(() => state.getAttribute('data-landed'), { timeout: 15_000 }).toBe('true');
      expect(await state.textContent()).toBe(
        lang === 'nl' ? 'Aangekomen bij de plenaire' : 'Arrived at the plenary',
      );
      await audit(roomChair, `room chair harvest ${lang}`);
      await shot(roomChair, `chair-harvest-room-${lang}`);

      // The plenary chair: "Oogst" on the agenda with "1 nieuw", and a notice.
      const fresh = plenaryChair.getByTestId('harvest-new');
      await expect
        .poll(() => fresh.textContent(), { timeout: 15_000 })
        .toBe(lang === 'nl' ? '1 nieuw' : '1 new');
      const row = plenaryChair.getByTestId('agenda-item').filter({ has: fresh });
      expect(await row.textContent()).toContain(lang === 'nl' ? 'Oogst' : 'Harvest');
      expect(await plenaryChair.getByTestId('harvest-notice').textContent()).toContain(
        lang === 'nl' ? '1 nieuw in' : '1 new in',
      );
      await audit(plenaryChair, `plenary harvest notice ${lang}`);
      await shot(plenaryChair, `chair-harvest-plenary-${lang}`);
      // Looking at it clears the count.
      await plenaryChair.getByTestId('harvest-open').click();
      await fresh.waitFor({ state: 'detached' });
      expect(await plenaryChair.getByTestId('harvest-notice').textContent()).toBe('');

      // With "automatically" on, the next item puts the harvest wall on screen by itself.
      await plenaryChair.getByTestId('agenda-item').first().click();
      await plenaryWs.until(() => {
        const cur = plenaryWs.room?.currentActivityId;
        return !!cur && plenaryWs.activities.get(cur)?.kind === 'wall' && !isHarvest(cur);
      }, 15_000);
      await plenaryChair.getByTestId('harvest-auto').check();
      await roomChair.getByTestId('harvest-button').nth(1).click();
      await plenaryWs.until(() => isHarvest(plenaryWs.room?.currentActivityId ?? ''), 15_000);
      function isHarvest(id: string) {
        const a = plenaryWs.activities.get(id);
        return a?.kind === 'wall' && a.config.harvest === true;
      }
      await context.close();
      p.close();
      roomWs.close();
      plenaryWs.close();
    }, 90_000);
  }
});
