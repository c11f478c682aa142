// Dangerous actions ask first and say what happens; a revoked chair is told kindly; a new
// activity's form opens where the chair looks, with placeholders, not values; the agenda names
// each kind.

import { describe, expect, it } from 'vitest';
import { audit } from '../helpers/a11y.js';
import { CHAIR, haveBrowser, shot } from '../helpers/browser.js';
import { addRooms } from '../helpers/report-event.js';
import { chairKey } from '../helpers/server.js';
import { asChair } from '../helpers/scenario.js';
import { useStage } from '../helpers/screens.js';

const stage = useStage();
const { srv, browser } = stage;

describe.skipIf(!haveBrowser)('safe dangerous actions and clear forms', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`[CHAIR-4] [CHAIR-5] [ORG-8] a new chair link is made only after a warning; the old chair gets a kind page (${lang})`, async () => {
      const ev = await srv.createEvent(`Veilig ${lang}`, lang);
      const [room] = await addRooms(srv, ev.code, 'naam\nTafel 7\nTafel 8\nTafel 9\n');
      const context = await browser.newContext({ viewport: CHAIR });
      await context.addInitScript((l) => localStorage.setItem('vonk.lang', l), lang);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: srv.url });
      const chair = await context.newPage();
      await chair.goto(room!.chairUrl);
      await chair.getByTestId('agenda-item').first().waitFor();

      const org = await context.newPage();
      await org.goto(`${srv.url}/o?t=${srv.adminToken}`);
      await org
        .locator(`[data-testid="event-row"][data-code="${ev.code}"] [data-testid="manage-button"]`)
        .click();
      const row = org.locator('[data-testid="overview-row"][data-name="Tafel 7"]');
      await row.getByTestId('revoke-button').click();
      // One dialog for the whole overview, opened with this row's room (ORG-8).
      expect(await org.getByTestId('revoke-dialog').count()).toBe(1);
      const dialog = org.getByTestId('revoke-dialog');
      await dialog.waitFor();
      expect(await dialog.locator('h2').textContent()).toContain('Tafel 7');
      expect(await dialog.getByTestId('revoke-explain').textContent()).toContain(
        lang === 'nl'
          ? 'De oude link en het geprinte vel werken dan niet meer'
          : 'The old link and the printed sheet will stop working',
      );
      await audit(org, `revoke dialog ${lang}`);
      await shot(org, `chair-revoke-ask-${lang}`);
      // Cancel changes nothing: the chair is still in.
      await org.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      const res = await fetch(`${srv.url}/api/events/${ev.code}`, {
        headers: { authorization: `Bearer ${chairKey(room!.chairUrl)}` },
      });
      expect(res.status).not.toBe(403);

      await row.getByTestId('revoke-button').click();
      await dialog.getByTestId('revoke-confirm').click();
      const field = dialog.getByTestId('revoke-new-link');
      await field.waitFor();
      const url = await field.inputValue();
      expect(url).toContain(`/c/${ev.code}/${room!.id}?k=`);
      expect(url).not.toBe(room!.chairUrl);
      await dialog.getByTestId('revoke-copy').click();
      expect(await org.evaluate(() => navigator.clipboard.readText())).toBe(url);
      await audit(org, `revoke done ${lang}`);
      await shot(org, `chair-revoke-done-${lang}`);

      // The old chair's console turns into a page that says what to do.
      const kind =
        lang === 'nl'
          ? 'Deze link werkt niet meer — vraag de organisator om een nieuwe'
          : 'This link no longer works — ask the organizer for a new one';
      await expect.poll(() => chair.getByTestId('chair-forbidden').textContent()).toContain(kind);
      await audit(chair, `revoked chair ${lang}`);
      await shot(chair, `chair-revoked-${lang}`);
      // Opening the old link again says the same.
      await chair.goto(room!.chairUrl);
      expect(await chair.locator('main').innerText()).toContain(kind);
      expect(await chair.locator('body').innerText()).not.toContain(
        lang === 'nl' ? 'Dit mag je niet doen' : 'not allowed',
      );
      await audit(chair, `old chair link ${lang}`);
      // And the new link works.
      await chair.goto(url);
      await chair.getByTestId('agenda-item').first().waitFor();
      await context.close();
    }, 90_000);
  }

  for (const lang of ['nl', 'en'] as const) {
    it(`[CHAIR-10] [CHAIR-6] "Nieuwe stemming" opens in the main column with focus, placeholders not values (${lang})`, async () => {
      const ev = await srv.createEvent(`Formulier ${lang}`, lang);
      const ws = await asChair(srv, ev);
      await ws.command({ type: 'activity.create', kind: 'qa', title: 'Pitch', config: {} });
      await ws.command({ type: 'activity.create', kind: 'round', title: 'Ronde', config: {} });
      for (const size of [
        { width: 1280, height: 800 },
        { width: 768, height: 1024 },
      ]) {
        const context = await browser.newContext({ viewport: size });
        await context.addInitScript((l) => localStorage.setItem('vonk.lang', l), lang);
        const page = await context.newPage();
        await page.goto(ev.chairUrl);
        await page.getByTestId('agenda-item').first().waitFor();
        await page.getByTestId('add-poll-button').click();
        const form = page.getByTestId('main-form');
        await form.waitFor();
        await expect
          .poll(() => page.evaluate(() => document.activeElement?.closest('#main-form') !== null))
          .toBe(true);
        // In view, not below the fold of a narrow column.
        const box = await form.boundingBox();
        expect(box!.y).toBeLessThan(size.height / 2);
        const question = page.getByTestId('question-input');
        expect(await question.inputValue()).toBe('');
        expect(await question.getAttribute('placeholder')).toBe(
          lang === 'nl' ? 'Wat kies jij?' : 'What do you choose?',
        );
        const options = page.getByTestId('option-input');
        expect(await options.nth(0).inputValue()).toBe('');
        expect(await options.nth(0).getAttribute('placeholder')).toBe(
          lang === 'nl' ? 'Keuze 1' : 'Choice 1',
        );
        await page.getByTestId('add-option-button').click();
        await expect
          .poll(() => page.evaluate(() => document.activeElement?.getAttribute('id')))
          .toBe(await options.nth(2).getAttribute('id'));
        await audit(page, `new poll form ${lang} ${size.width}`);
        await shot(page, `chair-new-poll-${lang}-${size.width}`);
        await page.getByTestId('form-done').click();
        await form.waitFor({ state: 'detached' });

        // The agenda names each kind.
        const kinds = await page.locator('.agenda__kind').allTextContents();
        const want =
          lang === 'nl'
            ? ['Muur', 'Q&A', 'Dilemmaronde', 'Stemming']
            : ['Wall', 'Q&A', 'Dilemma round', 'Poll'];
        for (const [i, w] of want.entries()) expect(kinds[i]).toContain(w);
        await context.close();
      }
      ws.close();
    }, 90_000);
  }
});
