// A big event on a small phone: 54 tables of the Sociale Top, a long event name and a logo.
// The header keeps every word whole and the language switch on its row; the room picker finds
// "Groep 47" by search and groups the tables by arrangement.

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { guard, haveBrowser, phoneContext, shot } from '../helpers/browser.js';
import { audit } from '../helpers/a11y.js';
import { useStage } from '../helpers/screens.js';
import { addRooms } from '../helpers/report-event.js';
import { socialeTopRooms } from '../helpers/setup-api.js';

const NAME = 'Themabijeenkomst: de burger centraal — wens of werkelijkheid?';

const stage = useStage({ event: NAME });
const { srv, ev, browser, problems } = stage;
/** A real 1×1 PNG, enough for a logo in the header. */
const LOGO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** Words of the event name split over two lines, and whether the switch shares Vonk's row. */
function header(page: Page): Promise<{ broken: string[]; switchOnFirstRow: boolean }> {
  return page.evaluate(() => {
    const el = document.querySelector('.topbar__event')!;
    const text = el.firstChild as Text;
    const broken: string[] = [];
    for (const m of text.data.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(text, m.index);
      range.setEnd(text, m.index + m[0].length);
      const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      if (tops.size > 1) broken.push(m[0]);
    }
    const brand = document.querySelector('.brand')!.getBoundingClientRect();
    const lang = document.querySelector('.lang-switch')!.getBoundingClientRect();
    const overlap = Math.min(brand.bottom, lang.bottom) - Math.max(brand.top, lang.top);
    return { broken, switchOnFirstRow: overlap > 0 && lang.right <= innerWidth };
  });
}

describe.skipIf(!haveBrowser)('a big event on a small phone', () => {
  beforeAll(async () => {
    await addRooms(srv, ev.code, socialeTopRooms());
    const auth = { authorization: `Bearer ${srv.adminToken}` };
    const logo = await fetch(`${srv.url}/api/events/${ev.code}/logo`, {
      method: 'PUT',
      headers: { ...auth, 'content-type': 'image/png' },
      body: LOGO,
    });
    expect(logo.status).toBeLessThan(300);
  });

  for (const viewport of [
    { width: 390, height: 844 },
    { width: 320, height: 640 },
  ]) {
    it(`[A11Y-7][ROOM-10] at ${viewport.width} px: whole words, the switch on its row, Groep 47 by search`, async () => {
      const context = await phoneContext(browser);
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      problems.push(...guard(page, srv.url));
      await page.goto(`${srv.url}/j/${ev.code}`);
      await page.getByTestId('room-search').waitFor();
      await page.locator('.topbar__logo').waitFor();
      const h = await header(page);
      expect(h.broken).toEqual([]);
      expect(h.switchOnFirstRow).toBe(true);
      // 54 tables in 18 arrangements of three, the plenary on top.
      expect(await page.getByTestId('room-group').count()).toBe(18);
      expect(await page.getByTestId('room-choice').count()).toBe(55);
      await shot(page, `phone-room-picker-${viewport.width}`);
      await audit(page, `room picker at ${viewport.width}`);

      await page.getByTestId('room-search').fill('groep 47');
      await expect.poll(() => page.getByTestId('room-search-count').innerText()).toBe('1 gevonden');
      const choice = page.getByTestId('room-choice').filter({ hasText: 'Groep 47' });
      // Within reach: in the first screen, no scrolling through 5,000 px.
      const box = await choice.boundingBox();
      expect(box!.y + box!.height).toBeLessThan(viewport.height);
      // By location too, without accents or case.
      await page.getByTestId('room-search').fill('BUURTCAFE');
      await expect.poll(() => page.getByTestId('room-choice').count()).toBeGreaterThan(0);
      await page.getByTestId('room-search').fill('groep 47');
      await choice.click();
      await page.getByTestId('statement-input').waitFor();
      const inRoom = await header(page);
      expect(inRoom.broken).toEqual([]);
      expect(inRoom.switchOnFirstRow).toBe(true);
      await shot(page, `phone-header-${viewport.width}`);
      await context.close();
      expect(problems).toEqual([]);
    });
  }
});
