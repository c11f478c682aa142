// The printable report in Chromium: the organizer opens it from the event page, it shows the
// poll as an SVG chart, and the browser's PDF has a page (at least) per room.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHAIR, guard, haveBrowser, shot } from '../helpers/browser.js';
import { loadReport, useReportEvent } from '../helpers/report-page.js';
import { useStage } from '../helpers/screens.js';

const stage = useStage();
const { srv, browser } = stage;

const tmp = mkdtempSync(join(tmpdir(), 'vonk-report-'));

const pdfPages = (file: string): number => {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
};

describe.skipIf(!haveBrowser)('the printable report in Chromium', () => {
  const seeded = useReportEvent(srv, ['Tafel Noord', 'Tafel Zuid']);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('[EXPORT-4][EXPORT-7] the organizer opens the report: SVG chart, harvest first, a PDF page per room with contributions', async () => {
    const context = await browser.newContext({ viewport: CHAIR, locale: 'nl-NL' });
    const org = await context.newPage();
    const problems = guard(org, srv.url);
    await org.goto(`${srv.url}/o?t=${srv.adminToken}`);
    await org
      .getByTestId('event-row')
      .filter({ hasText: 'Sociale Top' })
      .getByTestId('manage-button')
      .click();
    const link = org.getByTestId('report-link');
    await link.waitFor({ state: 'attached', timeout: 20_000 });
    expect(await link.textContent()).toBe('Rapport (afdrukken of PDF)');
    const href = (await link.getAttribute('href'))!;

    const page = await context.newPage();
    problems.push(...guard(page, srv.url));
    // The harvest reaches the plenary a moment after the chair sent it.
    await loadReport(page, `${srv.url}${href}`);
    // The plenary has nothing of its own: it is listed with the quiet rooms (EXPORT-7).
    await expect.poll(() => page.getByTestId('report-room').count()).toBe(2);
    expect(await page.getByTestId('report-quiet-room').allTextContents()).toEqual([
      expect.stringContaining('Plenaire zaal'),
    ]);
    const chart = page
      .locator('[data-testid="report-room"]')
      .nth(1)
      .locator('svg.chart[role="img"]');
    await expect.poll(() => chart.count()).toBe(1);
    expect(await chart.locator('desc').textContent()).toContain('Keuze 1 van Tafel Zuid 2 (66,7%)');
    const box = await chart.locator('rect.bar-fill').first().boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(100);
    expect(await page.getByTestId('report-harvest-item').textContent()).toContain('Tafel Noord');
    await shot(page, 'report-chair');

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const file = join(tmp, 'report.pdf');
    writeFileSync(file, pdf);
    // Cover, harvest, a section per room with contributions, the quiet rooms: each a page.
    expect(pdfPages(file)).toBeGreaterThanOrEqual(2 + 2 + 1);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    const pages = text.split('\f');
    expect(text).toContain('Plenaire zaal');
    for (const name of ['Tafel Noord', 'Tafel Zuid', 'Ruimtes zonder bijdragen']) {
      expect(text).toContain(name);
      // Each room's section begins at the top of a page of its own.
      expect(pages.some((p) => p.trimStart().startsWith(name))).toBe(true);
    }
    expect(text).not.toContain('Afgewezen tekst');
    expect(text).not.toContain('Druk dit rapport af');
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);

  it('[EXPORT-4] the chair console links to the report of its own room', async () => {
    const room = seeded.rooms[1]!;
    const context = await browser.newContext({ viewport: CHAIR, locale: 'nl-NL' });
    const chair = await context.newPage();
    await chair.goto(`${srv.url}/c/${seeded.ev.code}/${room.id}?k=${room.key}`);
    const link = chair.getByTestId('report-link');
    await link.waitFor({ state: 'attached', timeout: 20_000 });
    const page = await context.newPage();
    await page.goto(`${srv.url}${(await link.getAttribute('href'))!}`);
    await expect.poll(() => page.getByTestId('report-room').count()).toBe(1);
    expect(await page.locator('h2').allTextContents()).toContain('Tafel Zuid');
    await context.close();
  }, 60_000);
});
