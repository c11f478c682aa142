// Hostile text in every field a report shows (event name, room names, statements, author
// names, poll options, questions) stays text: in the printable report in Chromium, and in the
// Markdown and CSV exports, which the browser downloads instead of opening.

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHAIR, guard, haveBrowser, shot } from '../helpers/browser.js';
import { seedReportEvent, type SeededEvent } from '../helpers/report-event.js';
import { useStage } from '../helpers/screens.js';

const stage = useStage();
const { srv, browser } = stage;

const SCRIPT = '<script>window.__x=1</script>';
const IMG = '<img src=x onerror="window.__x=2">';
const LINK = '<a href="javascript:window.__x=3">javascript:window.__x=3</a>';
const SVG = '<svg onload="window.__x=4"><circle r=5></circle></svg>';
const IFRAME = '"><iframe srcdoc="<script>parent.__x=5</script>">';
const PAYLOADS = [SCRIPT, IMG, LINK, SVG, IFRAME];

/** Elements that only a payload could have made. */
const FOREIGN =
  'img[src="x"], iframe, script:not([src]), svg[onload], svg circle, a[href^="javascript"]';

let seeded: SeededEvent;

async function expectInert(page: Page, label: string, dialogs: string[]): Promise<void> {
  for (const a of await page.locator('a').all()) {
    if ((await a.getAttribute('href'))?.startsWith('javascript')) await a.click();
  }
  await page.mouse.move(300, 300);
  // A payload's handler (onerror, onload) runs once its element has loaded or failed: wait for
  // that state, then a turn of the page's task queue for any handler queued behind it.
  await page.waitForFunction(
    () => document.readyState === 'complete' && [...document.images].every((i) => i.complete),
  );
  await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
  expect(await page.evaluate(() => (window as { __x?: number }).__x), label).toBeUndefined();
  expect(dialogs, label).toEqual([]);
  expect(await page.locator(FOREIGN).count(), label).toBe(0);
}

describe.skipIf(!haveBrowser)('hostile text in the report and the exports', () => {
  beforeAll(async () => {
    seeded = await seedReportEvent(
      srv,
      [IMG, SVG],
      {
        statement: () => SCRIPT,
        rejected: () => 'Afgewezen',
        option: (_room, n) => (n === 1 ? LINK : IFRAME),
        question: () => SVG,
        author: IMG,
      },
      IFRAME,
    );
  }, 60_000);
  afterAll(async () => {
    for (const c of seeded?.clients ?? []) c.close();
  });

  it('[EXPORT-4][AUTH-4] the printable report shows every payload as text, in Dutch and English', async () => {
    const { ev, rooms } = seeded;
    for (const [lang, room] of [
      ['nl', ''],
      ['en', ''],
      ['nl', `&room=${rooms[1]!.id}`],
    ] as const) {
      const context = await browser.newContext({ viewport: CHAIR });
      const page = await context.newPage();
      const problems = guard(page, srv.url);
      const dialogs: string[] = [];
      const csp: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
      });
      const url = `${srv.url}/r/${ev.code}?t=${srv.adminToken}&lang=${lang}${room}`;
      // The harvest reaches the plenary a moment after the chair sent it.
      await expect
        .poll(
          async () => {
            await page.goto(url);
            return page.getByTestId(room ? 'report-room' : 'report-harvest-item').count();
          },
          { timeout: 20_000 },
        )
        .toBe(1);
      const label = `report ${lang}${room ? ' one room' : ''}`;
      await expectInert(page, label, dialogs);
      const text = await page.locator('body').innerText();
      // The event name, the room names, statements, names, options and questions, literally.
      for (const p of room ? [IFRAME, SVG, SCRIPT, IMG, LINK] : PAYLOADS) {
        expect(text, `${label}: ${p}`).toContain(p);
      }
      expect(await page.title(), label).toContain(IFRAME);
      expect(problems, label).toEqual([]);
      expect(csp, label).toEqual([]);
      if (!room) await shot(page, `report-xss-${lang}`, true);
      await context.close();
    }
  }, 120_000);

  it('[EXPORT-4][AUTH-4] the Markdown and CSV exports are downloads that keep the payloads as text', async () => {
    const { ev } = seeded;
    const context = await browser.newContext({ viewport: CHAIR, acceptDownloads: true });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${srv.url}/r/${ev.code}?t=${srv.adminToken}`);
    for (const ext of ['md', 'csv']) {
      const url = `${srv.url}/api/events/${ev.code}/export.${ext}?t=${srv.adminToken}`;
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-type')).toMatch(/^text\/(markdown|csv); charset=utf-8$/);

      // Opened in the browser, the export is saved, never drawn as a page.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.evaluate((u) => {
          window.location.href = u;
        }, url),
      ]);
      const body = readFileSync((await download.path())!, 'utf8');
      let plain: string;
      if (ext === 'md') {
        // Markdown escapes every < and >, so no renderer can take a payload for HTML; with
        // the escapes read, each payload is there as written.
        expect(body).not.toMatch(/(^|[^\\])[<>]/m);
        plain = body.replace(/\\(.)/g, '$1');
      } else {
        // CSV doubles the quotes inside a quoted cell.
        plain = body.replaceAll('""', '"');
      }
      for (const p of PAYLOADS) expect(plain, `${ext}: ${p}`).toContain(p);
      expect(page.url(), ext).toContain('/r/');
      await expectInert(page, `after the ${ext} download`, dialogs);
    }
    await context.close();
  }, 60_000);
});
