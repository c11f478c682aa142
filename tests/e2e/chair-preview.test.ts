// The chair's previews of what ← / → would put on screen: drawn by the projector's own
// components from the chair's data, filtered to what the hall may see (CHAIR-12).

import { describe, expect, it } from 'vitest';
import { audit } from '../helpers/a11y.js';
import { haveBrowser, shot } from '../helpers/browser.js';
import { asChair, asParticipant } from '../helpers/scenario.js';
import { useStage } from '../helpers/screens.js';

const stage = useStage();
const { srv, browser } = stage;

const TEXT = {
  nl: { question: 'Hoe kom je hier?', options: ['Op de fiets', 'Te voet'], tab: 'Op het scherm' },
  en: { question: 'How do you get here?', options: ['By bike', 'On foot'], tab: 'On the screen' },
} as const;

describe.skipIf(!haveBrowser)('the chair sees what ← / → would put on screen', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`[CHAIR-12] the next item's preview before →, the mirror after; pending never shown (${lang})`, async () => {
      const text = TEXT[lang];
      const ev = await srv.createEvent(lang === 'nl' ? 'Voorbeeld' : 'Preview', lang);
      const chair = await asChair(srv, ev);
      const wall = chair.currentWallId();
      await chair.command({ type: 'activity.show', activityId: wall });
      const p = await asParticipant(srv, ev, `preview-${lang}`);
      const shown = (await p.command({
        type: 'statement.submit',
        activityId: wall,
        text: 'Zichtbaar punt',
      })) as { id: string };
      await p.command({ type: 'statement.submit', activityId: wall, text: 'Nog niet gezien' });
      await chair.command({ type: 'statement.moderate', statementId: shown.id, action: 'approve' });
      await chair.command({
        type: 'activity.create',
        kind: 'poll',
        title: text.question,
        config: {
          pollKind: 'single',
          question: text.question,
          options: text.options.map((label, i) => ({ id: `o${i}`, label })),
        },
      });

      const page = await (
        await browser.newContext({ viewport: { width: 1366, height: 768 } })
      ).newPage();
      await page.addInitScript((l) => localStorage.setItem('vonk.lang', l), lang);
      await page.goto(ev.chairUrl);
      const mirror = page.frameLocator('[data-testid="mirror-frame"]');
      const next = page.frameLocator('[data-testid="preview-next-frame"]');
      // Before switching: the preview draws the poll, the beamer still shows the wall.
      await next.getByTestId('projector-options').waitFor({ timeout: 15_000 });
      const drawn = (await next.locator('.projector__stage').textContent()) ?? '';
      expect(drawn).toContain(text.question);
      for (const o of text.options) expect(drawn).toContain(o);
      await mirror.getByTestId('projector-code').waitFor({ timeout: 15_000 });
      expect(await mirror.locator('body').textContent()).not.toContain(text.question);
      await audit(page, `chair previews ${lang}`);
      await shot(page, `chair-preview-before-${lang}`);

      // One key: → puts the poll on screen; the mirror shows what the preview showed.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('ArrowRight');
      await mirror.getByTestId('projector-options').waitFor({ timeout: 15_000 });
      expect(await mirror.locator('.projector__stage').textContent()).toContain(text.options[1]);
      // ← would bring the wall back: its preview has the approved statement, never the pending.
      const prev = page.frameLocator('[data-testid="preview-prev-frame"]');
      await prev.getByText('Zichtbaar punt').waitFor({ timeout: 15_000 });
      expect(await prev.locator('body').textContent()).not.toContain('Nog niet gezien');
      await shot(page, `chair-preview-after-${lang}`);
      await page.context().close();

      // On a phone the previews are on the "On the screen" tab.
      const phone = await (
        await browser.newContext({ viewport: { width: 390, height: 844 } })
      ).newPage();
      await phone.addInitScript((l) => localStorage.setItem('vonk.lang', l), lang);
      await phone.goto(ev.chairUrl);
      await phone.getByTestId('tab-screen').click();
      const phonePrev = phone.frameLocator('[data-testid="preview-prev-frame"]');
      await phonePrev.getByText('Zichtbaar punt').waitFor({ timeout: 15_000 });
      expect(await phone.getByTestId('mirror-prev').textContent()).toContain(
        lang === 'nl' ? 'Hartenkreten' : 'Statements',
      );
      await audit(phone, `chair previews phone ${lang}`);
      await shot(phone, `chair-preview-phone-${lang}`);
      await phone.context().close();
      chair.close();
      p.close();
    }, 90_000);
  }
});
