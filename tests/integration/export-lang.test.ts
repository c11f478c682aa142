// The CSV export in the event's language (EXPORT-8): Dutch headers, words, decimals and local
// times for a Dutch event; English for an English one or on request; the JSON unchanged.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedReportEvent, type SeededEvent } from '../helpers/report-event.js';
import { GENEROUS, startTestServer } from '../helpers/server.js';
import { useTestServer } from '../helpers/scenario.js';

const srv = useTestServer({ rateLimits: GENEROUS, timeZone: 'Europe/Amsterdam' });
let seeded: SeededEvent;
const auth = () => ({ headers: { authorization: `Bearer ${srv.adminToken}` } });

beforeAll(async () => {
  seeded = await seedReportEvent(srv, ['Tafel Noord']);
}, 60_000);
afterAll(async () => {
  for (const c of seeded?.clients ?? []) c.close();
});

const rowsOf = (text: string, sep: string) =>
  text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((l) => l.split(sep));

/** "2026-03-05 14:07:12" in Amsterdam for an ISO time, computed independently of the server. */
const amsterdam = (iso: string) => {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Amsterdam',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
};

describe('the CSV in the event’s language', () => {
  it('[EXPORT-8] a Dutch event: Dutch headers and words, decimal commas, Amsterdam time', async () => {
    const code = seeded.ev.code;
    const text = await (
      await fetch(`${srv.url}/api/events/${code}/export.csv?sep=semicolon`, auth())
    ).text();
    const [header, ...rows] = rowsOf(text, ';');
    expect(header).toEqual([
      'ruimte',
      'activiteit',
      'soort',
      'ronde',
      'regel',
      'keuze',
      'aantal',
      'procent',
      'gemiddelde',
      'spreiding',
      'tekst',
      'naam',
      'status',
      'hartjes',
      'tijd (Europe/Amsterdam)',
      'beantwoord',
      'stap',
    ]);
    const col = (name: string) => header!.indexOf(name);
    const kept = rows.find((r) => r[col('tekst')] === 'Samen sterk in Tafel Noord')!;
    expect(kept[col('soort')]).toBe('muur');
    expect(kept[col('regel')]).toBe('bijdrage');
    expect(kept[col('status')]).toBe('goedgekeurd');
    const gone = rows.find((r) => r[col('tekst')] === 'Afgewezen tekst uit Tafel Noord')!;
    expect(gone[col('status')]).toBe('afgewezen');
    const option = rows.find((r) => r[col('keuze')] === 'Keuze 1 van Tafel Noord')!;
    expect(option[col('soort')]).toBe('peiling');
    expect(option[col('regel')]).toBe('keuze');
    expect(option[col('procent')]).toBe('66,7');

    // The time is the Amsterdam wall clock of the JSON's ISO time.
    const json = (await (
      await fetch(`${srv.url}/api/events/${code}/export.json`, auth())
    ).json()) as {
      rooms: {
        activities: { kind: string; statements: { text: string; createdAt: string }[] }[];
      }[];
    };
    const st = json.rooms
      .flatMap((r) => r.activities)
      .flatMap((a) => a.statements)
      .find((s) => s.text === 'Samen sterk in Tafel Noord')!;
    expect(st.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(kept[col('tijd (Europe/Amsterdam)')]).toBe(amsterdam(st.createdAt));
    // The JSON keeps its English keys and values.
    expect(JSON.stringify(json)).toContain('"status":"approved"');
  });

  it('[EXPORT-8] ?lang=en gives English; an English event is English by default; a bad lang is 400', async () => {
    const code = seeded.ev.code;
    const en = rowsOf(
      await (await fetch(`${srv.url}/api/events/${code}/export.csv?lang=en`, auth())).text(),
      ',',
    );
    expect(en[0]!.slice(0, 3)).toEqual(['room', 'activity', 'kind']);
    expect(en[0]).toContain('created_at (Europe/Amsterdam)');
    expect(en.some((r) => r.includes('approved') && r.includes('wall'))).toBe(true);
    expect(en.some((r) => r.includes('66.7'))).toBe(true);

    const english = await srv.createEvent('Social Summit', 'en');
    const csv = await (
      await fetch(`${srv.url}/api/events/${english.code}/export.csv`, auth())
    ).text();
    expect(rowsOf(csv, ',')[0]![0]).toBe('room');

    const bad = await fetch(`${srv.url}/api/events/${code}/export.csv?lang=de`, auth());
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { field: string } }).error.field).toBe('lang');
  });
});

describe('TIME_ZONE', () => {
  it('[EXPORT-8] the CSV times follow TIME_ZONE; a zone Intl does not know stops the start', async () => {
    const { loadConfig } = await import('../../server/config.js');
    expect(loadConfig({ TIME_ZONE: 'America/New_York' } as NodeJS.ProcessEnv).timeZone).toBe(
      'America/New_York',
    );
    expect(loadConfig({} as NodeJS.ProcessEnv).timeZone).toBe('Europe/Amsterdam');
    expect(() => loadConfig({ TIME_ZONE: 'Mars/Olympus' } as NodeJS.ProcessEnv)).toThrow(
      /TIME_ZONE must be an IANA time zone/,
    );
    const other = await startTestServer({ timeZone: 'America/New_York' });
    try {
      const ev = await other.createEvent('Overzee');
      const csv = await (
        await fetch(`${other.url}/api/events/${ev.code}/export.csv`, {
          headers: { authorization: `Bearer ${other.adminToken}` },
        })
      ).text();
      expect(csv).toContain('tijd (America/New_York)');
    } finally {
      await other.stop();
    }
  });
});
