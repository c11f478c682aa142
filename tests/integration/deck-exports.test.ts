// Decks in the exports and the report (DECK-23…DECK-25): the JSON lists each room's decks
// (title, pages, size, time; never the PDF) and an import does not bring them back; the CSV has
// a row per deck; the Markdown and the printed report put each pitch's Q&A right after its
// deck, and a quiet room still names its deck.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addRooms } from '../helpers/report-event.js';
import { uploadDeck } from '../helpers/decks.js';
import type { CreatedEvent } from '../helpers/server.js';
import { asChair, asParticipant, newActivity, useTestServer } from '../helpers/scenario.js';
import type { TestClient } from '../helpers/ws-client.js';

const srv = useTestServer();
let ev: CreatedEvent;
const clients: TestClient[] = [];
const auth = () => ({ authorization: `Bearer ${srv.adminToken}` });

const upload = (roomId: string, pages: number, title: string) =>
  uploadDeck(srv, ev.code, roomId, pages, title);

const get = async (path: string) => {
  const res = await fetch(`${srv.url}${path}`, { headers: auth() });
  expect(res.status).toBe(200);
  return res.text();
};

beforeAll(async () => {
  ev = await srv.createEvent('Pitchmiddag');
  const chair = await asChair(srv, ev);
  const asker = await asParticipant(srv, ev, 'deck-export-asker');
  clients.push(chair, asker);
  const qaId = await newActivity(chair, {
    kind: 'qa',
    title: '',
    config: { pitch: 'Het Pieperproject', speaker: 'Anja', open: true, moderation: 'pre' },
  });
  const asked = await asker.command({
    type: 'question.ask',
    activityId: qaId,
    text: 'Hoe betrek je ouderen?',
  });
  await chair.command({
    type: 'question.moderate',
    questionId: (asked as { id: string }).id,
    action: 'approve',
  });
  await upload(ev.rooms[0]!.id, 3, 'Pieper pitch');
  const [quiet] = await addRooms(srv, ev.code, 'naam\nTafel stil');
  await upload(quiet!.id, 1, 'Stille pitch');
}, 60_000);
afterAll(() => {
  for (const c of clients) c.close();
});

describe('decks in the exports and the report', () => {
  it('[DECK-23] the JSON lists each room’s decks without the PDF; an import does not bring them back', async () => {
    const json = JSON.parse(await get(`/api/events/${ev.code}/export.json`)) as {
      rooms: { name: string; decks: Record<string, unknown>[] }[];
    };
    const pitch = json.rooms.find((r) => r.decks.some((d) => d.title === 'Pieper pitch'))!;
    expect(pitch.decks).toEqual([
      {
        id: expect.any(String),
        title: 'Pieper pitch',
        pages: 3,
        bytes: expect.any(Number),
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      },
    ]);
    expect(json.rooms.find((r) => r.name === 'Tafel stil')!.decks).toMatchObject([
      { title: 'Stille pitch', pages: 1 },
    ]);
    const imported = await fetch(`${srv.url}/api/events/import`, {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'application/json' },
      body: JSON.stringify(json),
    });
    expect(imported.status).toBe(201);
    const { code } = (await imported.json()) as { code: string };
    const decks = JSON.parse(await get(`/api/events/${code}/decks`)) as { decks: unknown[] };
    expect(decks.decks).toEqual([]);
  });

  it('[DECK-23] the CSV has a row per deck: its title and its pages, in the export’s language', async () => {
    const nl = await get(`/api/events/${ev.code}/export.csv?sep=semicolon`);
    const row = nl.split('\r\n').find((l) => l.includes('Pieper pitch'))!;
    expect(row.split(';').slice(1, 7)).toEqual(['Pieper pitch', '', '', 'presentatie', '', '3']);
    expect(nl).toContain('Tafel stil;Stille pitch;;;presentatie;;1;');
    const en = await get(`/api/events/${ev.code}/export.csv?lang=en`);
    expect(en).toContain(',Pieper pitch,,,deck,,3,');
    // One activity's own table holds that activity alone.
    const json = JSON.parse(await get(`/api/events/${ev.code}/export.json`)) as {
      rooms: { activities: { id: string; kind: string }[] }[];
    };
    const qa = json.rooms[0]!.activities.find((a) => a.kind === 'qa')!;
    const one = await get(`/api/events/${ev.code}/export.csv?activity=${qa.id}`);
    expect(one).not.toContain('Pieper pitch');
  });

  it('[DECK-24] the Markdown names each deck with its pages, the pitch’s questions right after it', async () => {
    const md = await get(`/api/events/${ev.code}/export.md`);
    const deck = md.indexOf('- **Pieper pitch** (3 pagina’s)');
    const question = md.indexOf('Hoe betrek je ouderen?');
    expect(deck).toBeGreaterThan(0);
    expect(question).toBeGreaterThan(deck);
    expect(md.slice(0, deck)).toContain('### Presentatie');
    expect(md).toContain('- **Stille pitch** (1 pagina)');
  });

  it('[DECK-25] the printed report puts the pitch’s Q&A next to its deck; a quiet room names its deck', async () => {
    const html = await get(`/r/${ev.code}?t=${srv.adminToken}`);
    // The pitch block: the deck, then the Q&A's section, closed together.
    const pitch = /data-testid="report-pitch">([\s\S]*?<\/section>)<\/div>/.exec(html);
    expect(pitch, 'a pitch block').not.toBeNull();
    expect(pitch![1]).toContain('<strong>Pieper pitch</strong> · 3 pagina’s');
    expect(pitch![1]).toContain('Hoe betrek je ouderen?');
    expect(html).toMatch(/<th scope="col">Presentatie<\/th>/);
    expect(html).toContain('<td>Stille pitch (1 pagina)</td>');
    const en = await get(`/r/${ev.code}?t=${srv.adminToken}&lang=en`);
    expect(en).toContain('<strong>Pieper pitch</strong> · 3 pages');
  });
});
