// The chair console at the table: per device, in Dutch and English, with zero axe violations;
// the links menu, the shortcut list, the mirror of the beamer and editing by keyboard.

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../helpers/a11y.js';
import { haveBrowser, shot } from '../helpers/browser.js';
import { type CreatedEvent } from '../helpers/server.js';
import { asChair, asParticipant } from '../helpers/scenario.js';
import { useStage } from '../helpers/screens.js';

const stage = useStage();
const { srv, browser } = stage;

const events: Partial<Record<'nl' | 'en', CreatedEvent>> = {};
const SIZES = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'chair', width: 1366, height: 768 },
] as const;

async function open(url: string, size: { width: number; height: number }, lang: 'nl' | 'en') {
  const page = await (await browser.newContext({ viewport: size })).newPage();
  await page.addInitScript((l) => localStorage.setItem('vonk.lang', l), lang);
  await page.goto(url);
  await page.getByTestId('queue-item').first().waitFor({ state: 'attached' });
  return page;
}

/** Smallest height and width of the visible buttons inside `selector`. */
function smallestTarget(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const boxes = [...document.querySelectorAll<HTMLElement>(`${sel} button`)]
      .filter((b) => b.offsetParent !== null)
      .map((b) => b.getBoundingClientRect());
    return Math.min(...boxes.map((b) => Math.min(b.width, b.height)));
  }, selector);
}

describe.skipIf(!haveBrowser)('the chair console per device', () => {
  beforeAll(async () => {
    for (const lang of ['nl', 'en'] as const) {
      const ev = await srv.createEvent(lang === 'nl' ? 'Tafelgesprek' : 'Table talk', lang);
      events[lang] = ev;
      const chair = await asChair(srv, ev);
      const wall = chair.currentWallId();
      await chair.command({ type: 'activity.show', activityId: wall });
      await chair.command({
        type: 'activity.create',
        kind: 'poll',
        title: lang === 'nl' ? 'Welke kant?' : 'Which side?',
        config: { pollKind: 'dilemma' },
      });
      await chair.command({ type: 'activity.create', kind: 'qa', title: 'Pitch', config: {} });
      const p = await asParticipant(srv, ev, `console-${lang}`);
      for (const text of ['Meer tijd voor elkaar', 'Minder regels', 'Luister naar jongeren']) {
        await p.command({ type: 'statement.submit', activityId: wall, text });
      }
      chair.close();
      p.close();
    }
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`[CHAIR-8] [A11Y-1] the console at 360, 768, 1280 and 1366 px (${lang})`, async () => {
      const ev = events[lang]!;
      for (const size of SIZES) {
        const page = await open(ev.chairUrl, size, lang);
        const label = `${size.name} ${lang}`;
        const first = await page.getByTestId('queue-item').first().boundingBox();
        if (size.name === 'phone') {
          // The queue first, within the first screen; the tabs at the bottom; thumb-sized.
          expect(first, label).not.toBeNull();
          expect(first!.y + 40, label).toBeLessThan(size.height);
          expect(await page.getByTestId('phone-tabs').isVisible()).toBe(true);
          expect(await page.getByTestId('mirror').isVisible()).toBe(false);
          expect(await smallestTarget(page, '.phone-tabs'), label).toBeGreaterThanOrEqual(44);
          expect(await smallestTarget(page, '.queue'), label).toBeGreaterThanOrEqual(44);
          await audit(page, `${label} queue`);
          await shot(page, `chair-console-${label}-queue`);
          for (const tab of ['screen', 'agenda', 'settings'] as const) {
            await page.getByTestId(`tab-${tab}`).click();
            expect(await page.getByTestId(`tab-${tab}`).getAttribute('aria-pressed')).toBe('true');
            expect(await page.getByTestId('queue-item').first().isVisible(), tab).toBe(false);
            await audit(page, `${label} ${tab}`);
            await shot(page, `chair-console-${label}-${tab}`);
          }
          // "Instellingen" of an agenda item opens the settings tab with its form.
          await page.getByTestId('tab-agenda').click();
          await page.locator('.agenda__settings').nth(1).click();
          expect(await page.getByTestId('tab-settings').getAttribute('aria-pressed')).toBe('true');
          expect(await page.getByTestId('kind-select').isVisible(), label).toBe(true);
          expect(await page.getByTestId('mirror').isVisible()).toBe(false);
          await page.getByTestId('tab-screen').click();
          expect(await page.getByTestId('mirror').isVisible()).toBe(true);
        } else {
          expect(await page.getByTestId('phone-tabs').isVisible(), label).toBe(false);
          expect(await page.getByTestId('mirror').isVisible(), label).toBe(true);
          expect(first!.y, label).toBeLessThan(size.height);
          await shot(page, `chair-console-${label}`);
          // The top bar is one line: the links are in one menu.
          const bar = await page.locator('.chair__top').boundingBox();
          expect(bar!.height, label).toBeLessThan(80);
          await audit(page, label);
        }
        await page.context().close();
      }
    }, 240_000);
  }

  it('[CHAIR-8] the links and downloads are in one menu that Esc closes', async () => {
    const page = await open(events.nl!.chairUrl, SIZES[2], 'nl');
    expect(await page.getByTestId('export-link').isVisible()).toBe(false);
    await page.getByText('Links en export').click();
    expect(await page.getByTestId('export-link').isVisible()).toBe(true);
    expect(await page.getByTestId('projector-link').isVisible()).toBe(true);
    await audit(page, 'links menu open');
    await shot(page, 'chair-console-links-menu');
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('export-link').isVisible()).toBe(false);
    await page.context().close();
  }, 60_000);

  for (const lang of ['nl', 'en'] as const) {
    it(`[CHAIR-7] the mirror shows what the projector shows, and what → shows next (${lang})`, async () => {
      const ev = events[lang]!;
      const page = await open(ev.chairUrl, SIZES[3], lang);
      const frame = page.frameLocator('[data-testid="mirror-frame"]');
      // The wall on screen, with its join code: the projector page itself.
      await expect
        .poll(() => frame.getByTestId('projector-code').textContent(), { timeout: 15_000 })
        .toContain(ev.code);
      expect(await page.getByTestId('mirror-frame').getAttribute('aria-hidden')).toBe('true');
      expect(await page.getByTestId('mirror-frame').evaluate((f) => f.hasAttribute('inert'))).toBe(
        true,
      );
      const pollTitle = lang === 'nl' ? 'Welke kant?' : 'Which side?';
      expect(await page.getByTestId('mirror-next').textContent()).toContain(pollTitle);
      expect(await page.getByTestId('mirror-next').textContent()).toContain(
        lang === 'nl' ? 'Dilemma-stemming' : 'Dilemma vote',
      );
      // One key: → puts the poll on screen; the mirror follows and the preview moves on.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('ArrowRight');
      await frame.getByTestId('projector-poll').waitFor({ timeout: 15_000 });
      await expect
        .poll(() => page.getByTestId('mirror-prev').textContent())
        .toContain(lang === 'nl' ? 'Hartenkreten' : 'Statements');
      expect(await page.getByTestId('mirror-next').textContent()).toContain('Pitch');
      await shot(page, `chair-console-mirror-${lang}`);
      // Back, so the other tests find the wall on screen.
      await page.keyboard.press('ArrowLeft');
      await frame.getByTestId('projector-code').waitFor({ timeout: 15_000 });
      await page.context().close();
    }, 60_000);
  }

  for (const lang of ['nl', 'en'] as const) {
    it(`[CHAIR-9] "?" lists every shortcut; Enter saves an edit, Shift+Enter is a new line (${lang})`, async () => {
      const ev = events[lang]!;
      const page = await open(ev.chairUrl, SIZES[3], lang);
      await page.keyboard.press('?');
      const help = page.getByTestId('shortcut-help');
      await help.waitFor();
      const text = (await help.textContent()) ?? '';
      for (const key of ['A', 'R', 'E', '↑ ↓', '← →', 'Enter', 'Shift+Enter', 'Esc', '?']) {
        expect(text).toContain(key);
      }
      expect(text).toContain(lang === 'nl' ? 'goedkeuren' : 'Approve');
      await audit(page, `shortcut list ${lang}`);
      await shot(page, `chair-console-help-${lang}`);
      await page.keyboard.press('Escape');
      await help.waitFor({ state: 'hidden' });

      const watcher = await asChair(srv, ev);
      const item = page.locator('[data-testid="queue-item"][aria-current="true"]');
      const id = await item.getAttribute('data-id');
      await page.keyboard.press('e');
      const field = page.getByTestId('edit-input');
      await field.waitFor();
      expect(await page.getByTestId('edit-keys').textContent()).toContain('Shift+Enter');
      await page.keyboard.press('Control+a');
      await page.keyboard.type('Eerste regel');
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.type('tweede regel');
      expect(await field.inputValue()).toBe('Eerste regel\ntweede regel');
      await page.keyboard.press('Enter');
      await watcher.until(() => watcher.statements.get(id!)?.status === 'approved', 15_000);
      expect(watcher.statements.get(id!)?.text).toMatch(/^Eerste regel\s+tweede regel$/);
      // Esc cancels an edit: nothing is sent.
      const other = await item.getAttribute('data-id');
      expect(other).not.toBe(id);
      await page.keyboard.press('e');
      await field.waitFor();
      await page.keyboard.type(' extra');
      await page.keyboard.press('Escape');
      await field.waitFor({ state: 'detached' });
      expect(watcher.statements.get(other!)?.status).toBe('pending');
      watcher.close();
      await page.context().close();
    }, 60_000);
  }
});
