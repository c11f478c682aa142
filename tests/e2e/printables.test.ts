// Printables for 54 tables, printed by Chromium and read back with pdftotext (PRINT-1, PRINT-2):
// A6 table cards four to an A4 page with the event's name and logo, and a slip per chair.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../helpers/a11y.js';
import { CHAIR, guard, haveBrowser, shot } from '../helpers/browser.js';
import { addRooms, type SeededRoom } from '../helpers/report-event.js';
import { ROOMS_CSV } from '../helpers/report-kinds.js';
import { useStage } from '../helpers/screens.js';

const stage = useStage({ event: 'Sociale Top 2026' });
const { srv, ev, browser } = stage;

let rooms: SeededRoom[];
const tmp = mkdtempSync(join(tmpdir(), 'vonk-print-'));

// A 1×1 PNG as the event's logo.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

const pdfOf = async (url: string, name: string) => {
  const context = await browser.newContext({ viewport: CHAIR, locale: 'nl-NL' });
  const page = await context.newPage();
  const problems = guard(page, srv.url);
  await page.goto(url);
  await page.getByTestId('print-sheet').first().waitFor();
  await audit(page, name);
  await shot(page, name);
  const file = join(tmp, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(info);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\f');
  expect(problems).toEqual([]);
  await context.close();
  return { pages, width: Number(size?.[1]), height: Number(size?.[2]), text, page };
};

describe.skipIf(!haveBrowser)('printables for tables', () => {
  beforeAll(async () => {
    rooms = await addRooms(srv, ev.code, ROOMS_CSV);
    const logo = await fetch(`${srv.url}/api/events/${ev.code}/logo`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${srv.adminToken}`, 'content-type': 'image/png' },
      body: PNG,
    });
    expect(logo.status).toBeLessThan(300);
  }, 60_000);
  afterAll(async () => {
    rmSync(tmp, { recursive: true, force: true });
  });

  it('[PRINT-1] 55 table cards as A6: four per A4 page, each with the event name, logo, room and code', async () => {
    const { pages, width, height, text } = await pdfOf(
      `${srv.url}/o/${ev.code}/cards?t=${srv.adminToken}`,
      'table-cards-a6',
    );
    // 55 cards (the plenary and 54 tables) → 14 sheets; A4 is 595 × 842 pt.
    expect(pages).toBe(14);
    expect(Math.round(width)).toBe(595);
    expect(Math.round(height)).toBe(842);
    for (const [i, page] of text.slice(0, 14).entries()) {
      const cards = page.match(/Sociale Top 2026/g) ?? [];
      expect(cards.length, `page ${i + 1}`).toBe(i < 13 ? 4 : 3);
      expect(page.match(new RegExp(ev.code, 'g'))?.length ?? 0).toBeGreaterThanOrEqual(
        cards.length,
      );
    }
    const page4 = text[3]!;
    for (const name of ['Groep 12', 'Groep 13', 'Groep 14', 'Groep 15'])
      expect(page4).toContain(name);
    expect(page4).toContain('Scan de code met de camera van je telefoon.');
  }, 90_000);

  it('[PRINT-1] each card carries the logo, and the dashed cut lines are drawn', async () => {
    const context = await browser.newContext({ viewport: CHAIR });
    const page = await context.newPage();
    await page.goto(`${srv.url}/o/${ev.code}/cards?t=${srv.adminToken}`);
    const card = page.getByTestId('table-card').first();
    await card.waitFor();
    expect(await page.locator('[data-testid="table-card"] img.logo').count()).toBe(55);
    const box = (await card.boundingBox())!;
    // 105 × 148.5 mm at 96 dpi.
    expect(Math.round(box.width)).toBe(397);
    expect(Math.round(box.height)).toBe(561);
    const style = await card.evaluate((el) => getComputedStyle(el).borderRightStyle);
    expect(style).toBe('dashed');
    await context.close();
  }, 60_000);

  it('[PRINT-2] a slip per chair: eight per A4 page, each with its own room link and nobody else’s', async () => {
    const { pages, text } = await pdfOf(
      `${srv.url}/o/${ev.code}/slips?t=${srv.adminToken}`,
      'chair-slips',
    );
    expect(pages).toBe(7);
    const all = text.join('\n');
    const g12 = rooms.find((r) => r.name === 'Groep 12')!;
    const page2 = text[1]!.replace(/\s+/g, ' ');
    expect(page2).toContain('Groep 12');
    expect(page2).toContain('Gespreksleider: Gespreksleider groep 12');
    expect(page2).toContain('Jouw link als gespreksleider: geef hem niet door.');
    // The link of the slip is that room's own, readable as text (broken over lines in the PDF).
    // pdftotext drops a hyphen where a line breaks, and a key may hold one: compare without.
    const flat = all.replace(/[\s-]+/g, '');
    expect(flat).toContain(g12.chairUrl.replace(/-/g, ''));
    // The event-wide chair link is on no slip.
    expect(flat).not.toContain(ev.chairUrl.replace(/-/g, ''));
    expect((page2.match(/Groep \d+/g) ?? []).length).toBe(8);
  }, 90_000);
});
