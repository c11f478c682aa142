// ROT-31 in print: the report of a location with visits, made a PDF by Chromium and read back
// with pdftotext, puts each idea under the heading of the visit it came in.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHAIR, guard, haveBrowser } from '../helpers/browser.js';
import { useStage } from '../helpers/screens.js';
import { threeLocations, twoVisits } from '../helpers/visit-event.js';
import type { TestClient } from '../helpers/ws-client.js';

const stage = useStage();
const { srv, browser } = stage;
const tmp = mkdtempSync(join(tmpdir(), 'vonk-report-visits-'));
const open: TestClient[] = [];
afterAll(() => {
  for (const c of open.splice(0)) c.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe.skipIf(!haveBrowser)('the printed report of a location with visits', () => {
  it('[ROT-31] the PDF lists the ideas under "A1 · Groep …" and "A2 · Groep …"', async () => {
    const { ev, plan } = await threeLocations(srv, 'Rapport per bezoek');
    const { groups, texts, clients } = await twoVisits(srv, ev, plan);
    open.push(...clients);
    const context = await browser.newContext({ viewport: CHAIR, locale: 'nl-NL' });
    const page = await context.newPage();
    const problems = guard(page, srv.url);
    await page.goto(`${srv.url}/r/${ev.code}?t=${srv.adminToken}`);
    await expect.poll(() => page.getByTestId('report-visit').count()).toBe(2);
    const file = join(tmp, 'report.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const first = text.indexOf(`A1 · ${groups[0]!.name} · `);
    const second = text.indexOf(`A2 · ${groups[1]!.name} · vanaf `);
    expect(first).toBeGreaterThan(-1);
    expect(second).toBeGreaterThan(first);
    expect(text.indexOf(texts[0]!)).toBeGreaterThan(first);
    expect(text.indexOf(texts[0]!)).toBeLessThan(second);
    expect(text.indexOf(texts[1]!)).toBeGreaterThan(second);
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);
});
