// ROT-31: the Markdown, the CSV and the printed report put a location's contributions under the
// visit they came in ("A1 · Groep 1 · 10:30–11:15"); a room without visits reads as before.

import { afterAll, describe, expect, it } from 'vitest';
import { GENEROUS } from '../helpers/server.js';
import { useTestServer } from '../helpers/scenario.js';
import { organizerFetch, threeLocations, twoVisits } from '../helpers/visit-event.js';
import type { TestClient } from '../helpers/ws-client.js';

const srv = useTestServer({ rateLimits: GENEROUS, timeZone: 'Europe/Amsterdam' });
const open: TestClient[] = [];
afterAll(() => {
  for (const c of open.splice(0)) c.close();
});
const text = async (path: string) => (await organizerFetch(srv, path)).text();

describe('the harvest of a location, per visit', () => {
  it('[ROT-31] Markdown and CSV: each contribution under its visit, headed with label, group and times', async () => {
    const { ev, plan } = await threeLocations(srv, 'Oogst per bezoek');
    const { groups, texts, clients } = await twoVisits(srv, ev, plan);
    open.push(...clients);

    const md = await text(`/events/${ev.code}/export.md`);
    const lines = md.split('\n');
    const headings = lines.filter((l) => l.startsWith('### A'));
    expect(headings).toHaveLength(2);
    expect(headings[0]).toMatch(/^### A1 · .* · \d\d:\d\d–\d\d:\d\d$/);
    expect(headings[0]).toContain(groups[0]!.name);
    expect(headings[1]).toMatch(/^### A2 · .* · vanaf \d\d:\d\d$/);
    expect(headings[1]).toContain(groups[1]!.name);
    // Each idea after its own visit's heading and before the next one's.
    const at = (s: string) => lines.findIndex((l) => l.includes(s));
    expect(at(headings[0]!)).toBeLessThan(at(texts[0]!));
    expect(at(texts[0]!)).toBeLessThan(at(headings[1]!));
    expect(at(headings[1]!)).toBeLessThan(at(texts[1]!));
    // The activities one level deeper, under the visit.
    expect(lines.filter((l) => l.startsWith('#### ')).length).toBeGreaterThanOrEqual(2);
    // The other two locations had no visits: no visit headings there, as before.
    expect(md.match(/^### A\d/gm)).toHaveLength(2);

    const csv = await text(`/events/${ev.code}/export.csv`);
    const rows = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows[0]!.split(',').at(-1)).toBe('bezoek');
    const row = (s: string) => rows.find((r) => r.includes(s))!;
    expect(row(texts[0]!)).toMatch(
      new RegExp(`,A1 · ${groups[0]!.name} · \\d\\d:\\d\\d–\\d\\d:\\d\\d$`),
    );
    expect(row(texts[1]!)).toMatch(new RegExp(`,A2 · ${groups[1]!.name} · vanaf \\d\\d:\\d\\d$`));

    const report = await (await fetch(`${srv.url}/r/${ev.code}?t=${srv.adminToken}`)).text();
    expect(report.match(/data-testid="report-visit"/g)).toHaveLength(2);
    expect(report.indexOf(texts[0]!)).toBeLessThan(report.indexOf('A2 · '));
    expect(report.indexOf('A2 · ')).toBeLessThan(report.indexOf(texts[1]!));
  });

  it('[ROT-31] an event without visits: no visit column, no visit heading', async () => {
    const ev = await srv.createEvent('Zonder rotatie');
    const csv = await text(`/events/${ev.code}/export.csv`);
    expect(csv.split('\r\n')[0]!.split(',')).not.toContain('bezoek');
    const md = await text(`/events/${ev.code}/export.md`);
    expect(md).not.toMatch(/^### .* · /m);
    const report = await (await fetch(`${srv.url}/r/${ev.code}?t=${srv.adminToken}`)).text();
    expect(report).not.toContain('report-visit');
  });
});
