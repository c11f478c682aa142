// The report of a 54-room day as a PDF, read back with pdftotext: every activity kind printed
// with its content (EXPORT-4), statements by hearts, rounds with their dilemma and steps (the
// solution directions first), quiet rooms together on one page and list numbers inside the
// page (EXPORT-7).

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../helpers/a11y.js';
import { CHAIR, guard, haveBrowser, shot } from '../helpers/browser.js';
import { DILEMMA } from '../helpers/polls.js';
import {
  QA_TEXTS,
  REJECTED_STEP,
  seedKindsEvent,
  STEP_TEXTS,
  WALL_ORDER,
  type KindsEvent,
} from '../helpers/report-kinds.js';
import { GENEROUS } from '../helpers/server.js';
import { loadReport } from '../helpers/report-page.js';
import { useStage } from '../helpers/screens.js';

const stage = useStage({ config: { rateLimits: GENEROUS } });
const { srv, browser } = stage;

let seeded: KindsEvent;
const tmp = mkdtempSync(join(tmpdir(), 'vonk-report-kinds-'));

const flat = (s: string) => s.replace(/\s+/g, ' ');

describe.skipIf(!haveBrowser)('the report of every activity kind, as a PDF', () => {
  beforeAll(async () => {
    seeded = await seedKindsEvent(srv);
  }, 120_000);
  afterAll(async () => {
    for (const c of seeded?.clients ?? []) c.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('[EXPORT-4][EXPORT-7] walls, polls, rounds, Q&As and the harvest are in the PDF; quiet rooms share one page', async () => {
    const context = await browser.newContext({ viewport: CHAIR, locale: 'nl-NL' });
    const page = await context.newPage();
    const problems = guard(page, srv.url);
    const url = `${srv.url}/r/${seeded.ev.code}?t=${srv.adminToken}`;
    // The harvest reaches the plenary a moment after the chair sent it.
    await loadReport(page, url);
    expect(await page.getByTestId('report-room').count()).toBe(2);
    // 53 quiet rooms: the plenary and 52 tables.
    expect(await page.getByTestId('report-quiet-room').count()).toBe(53);
    await audit(page, 'report-kinds');
    await shot(page, 'report-kinds', true);

    const file = join(tmp, 'report.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    const pages = text.split('\f').filter((p) => p.trim());
    const all = flat(text);

    // The harvest first.
    expect(flat(pages[1]!)).toContain('Oogst voor de plenaire');
    expect(flat(pages[1]!)).toContain('Punt 07');
    // The wall: most hearts first, ties by time.
    // Groep 1's section: from the page it starts on to the page Groep 2 starts on.
    const from = pages.findIndex((p) => p.trimStart().startsWith('Groep 1\n'));
    const to = pages.findIndex((p) => p.trimStart().startsWith('Groep 2\n'));
    expect(from).toBeGreaterThan(1);
    expect(to).toBeGreaterThan(from);
    const g1 = flat(pages.slice(from, to).join('\n'));
    const positions = WALL_ORDER.map((s) => g1.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(g1).toContain('3 hartjes');
    // The dilemma poll: question, options with their drawbacks, numbers.
    expect(g1).toContain(flat(DILEMMA.question));
    expect(g1).toContain(`Nadeel: ${DILEMMA.options[0]!.drawback}`);
    expect(g1).toContain('66,7%');
    // The round: its dilemma, the solution directions first, then the other steps.
    expect(g1).toContain(`Het dilemma: ${flat(DILEMMA.question)}`);
    const step3 = g1.indexOf('Stap 3: Oplossingsrichtingen');
    const step1 = g1.indexOf('Stap 1: Verhelderende vragen');
    const step2 = g1.indexOf('Stap 2: Ervaringen delen');
    expect(step3).toBeGreaterThan(0);
    expect(step3).toBeLessThan(step1);
    expect(step1).toBeLessThan(step2);
    expect(g1.indexOf(STEP_TEXTS[2]!)).toBeGreaterThan(step3);
    expect(g1.indexOf(STEP_TEXTS[2]!)).toBeLessThan(step1);
    expect(g1.indexOf(STEP_TEXTS[0]!)).toBeGreaterThan(step1);
    expect(g1.indexOf(STEP_TEXTS[1]!)).toBeGreaterThan(step2);
    // Rounds lead the room: the solution directions come before the wall.
    expect(step3).toBeLessThan(g1.indexOf(WALL_ORDER[0]!));
    expect(all).not.toContain(REJECTED_STEP);
    // The Q&A: ranked by votes.
    expect(all.indexOf(QA_TEXTS[1]!)).toBeGreaterThan(0);
    expect(all.indexOf(QA_TEXTS[1]!)).toBeLessThan(all.indexOf(QA_TEXTS[0]!));
    // Quiet rooms: one page, not one each.
    const quiet = pages.filter((p) => p.includes('Groep 3') || p.includes('Groep 54'));
    expect(quiet).toHaveLength(1);
    expect(quiet[0]).toContain('Ruimtes zonder bijdragen');
    expect(quiet[0]).toContain('Plenaire zaal');
    expect(quiet[0]).toContain('Verzorgingshuis Oudegracht');
    expect(quiet[0]).not.toContain('Niets gedeeld');
    expect(pages.length).toBeLessThanOrEqual(8);

    // List numbers 10 and 11 are printed whole, inside the page's left margin (16 mm).
    const bbox = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
    for (const n of ['10.', '11.']) {
      const m = new RegExp(`xMin="([\\d.]+)"[^>]*>${n.replace('.', '\\.')}</word>`).exec(bbox);
      expect(m, n).not.toBeNull();
      expect(Number(m![1])).toBeGreaterThanOrEqual(44);
    }
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  it('[EXPORT-4] the English report prints the round in English', async () => {
    const page = await stage.open('organizer', {
      url: `${srv.url}/r/${seeded.ev.code}?t=${srv.adminToken}&lang=en`,
      context: { locale: 'en-GB' },
    });
    await page.getByTestId('report-quiet').waitFor();
    const body = flat((await page.locator('main').textContent()) ?? '');
    expect(body).toContain('Rooms without contributions');
    expect(body).toContain('The dilemma:');
    expect(body).toContain('Drawback:');
    await audit(page, 'report-kinds-en');
    await page.context().close();
  }, 60_000);
});
