// The plenary's ranking next to the locations' in the report and the Markdown export (RANK-9,
// RANK-10): two locations rank (part of) the list the plenary ranks; the printed report and
// the Markdown show per item the plenary's place and each location's place.

import { afterAll, describe, expect, it } from 'vitest';
import type { RankingComparison } from '../../shared/ranking-compare.js';
import { expectAck } from '../helpers/polls.js';
import { addRooms } from '../helpers/report-event.js';
import {
  asChair,
  asParticipant,
  asRoomChair,
  newActivity,
  useTestServer,
} from '../helpers/scenario.js';
import type { TestClient } from '../helpers/ws-client.js';

const srv = useTestServer();
const clients: TestClient[] = [];
afterAll(() => {
  for (const c of clients) c.close();
});

const LIST = ['Buurtteams', 'Vervoer op maat', 'Eén loket'];

async function rank(
  chair: TestClient,
  labels: string[],
  ballots: string[][],
  at: () => Promise<TestClient[]>,
) {
  const rankingId = await newActivity(chair, {
    kind: 'ranking',
    title: 'Oplossingsrichtingen',
    config: { mode: 'order', items: labels.map((label, i) => ({ id: `i${i}`, label })) },
  });
  expectAck(await chair.command({ type: 'activity.show', activityId: rankingId }));
  expectAck(await chair.command({ type: 'ranking.control', rankingId, action: 'open' }));
  const phones = await at();
  clients.push(...phones);
  for (const [k, order] of ballots.entries()) {
    const ids = order.map((label) => `i${labels.indexOf(label)}`);
    expectAck(await phones[k]!.command({ type: 'ranking.ballot', rankingId, order: ids }));
  }
}

describe('ranking per location next to the plenary', () => {
  it("[RANK-9][RANK-10] the report and the Markdown put each location's place next to the plenary's", async () => {
    const ev = await srv.createEvent('Sociale Top');
    const rooms = await addRooms(
      srv,
      ev.code,
      'naam,locatie\nA Wijkcentrum,Oudegracht\nB Theater,Lombokplein\nC Bibliotheek,Kanaalstraat',
    );
    const [a, b, quiet] = rooms;
    const phonesIn = (roomId: string | undefined, n: number, tag: string) => () =>
      Promise.all(
        Array.from({ length: n }, (_, i) =>
          asParticipant(srv, ev, `compare-${tag}-${i}`, roomId ? { roomId } : {}),
        ),
      );

    const plenary = await asChair(srv, ev);
    const chairA = await asRoomChair(srv, ev, a!);
    const chairB = await asRoomChair(srv, ev, b!);
    const chairC = await asRoomChair(srv, ev, quiet!);
    clients.push(plenary, chairA, chairB, chairC);
    // The plenary: Eén loket first, then Buurtteams, then Vervoer op maat.
    await rank(
      plenary,
      LIST,
      [
        ['Eén loket', 'Buurtteams', 'Vervoer op maat'],
        ['Eén loket', 'Vervoer op maat', 'Buurtteams'],
        ['Buurtteams', 'Eén loket', 'Vervoer op maat'],
      ],
      phonesIn(undefined, 3, 'plen'),
    );
    // Location A ranked the same list (typed with other capitals and spaces) the other way round.
    await rank(
      chairA,
      ['vervoer  op maat', 'buurtteams', 'EÉN LOKET'],
      [
        ['vervoer  op maat', 'buurtteams', 'EÉN LOKET'],
        ['vervoer  op maat', 'EÉN LOKET', 'buurtteams'],
      ],
      phonesIn(a!.id, 2, 'a'),
    );
    // Location B ranked two of the items and one of its own.
    await rank(
      chairB,
      ['Buurtteams', 'Eén loket', 'Speeltuin'],
      [['Speeltuin', 'Buurtteams', 'Eén loket']],
      phonesIn(b!.id, 1, 'b'),
    );
    // Location C ranked a list with only one item in common: not a column.
    await rank(
      chairC,
      ['Eén loket', 'Parkeren'],
      [['Parkeren', 'Eén loket']],
      phonesIn(quiet!.id, 1, 'c'),
    );

    const auth = { authorization: `Bearer ${srv.adminToken}` };
    const mdRes = await fetch(`${srv.url}/api/events/${ev.code}/export.md`, { headers: auth });
    expect(mdRes.status).toBe(200);
    const md = await mdRes.text();
    const from = md.indexOf('## Rangschikking per locatie naast de plenaire zaal');
    expect(from).toBeGreaterThan(0);
    const section = md.slice(from, md.indexOf('\n## ', from + 1));
    const table = section.split('\n').filter((l) => l.startsWith('| '));
    expect(table[0]).toBe(
      '| Keuze | Plenair | A Wijkcentrum (2 deelnemers) | B Theater (1 deelnemer) |',
    );
    // Plenary means: Eén loket 1,33; Buurtteams 2; Vervoer op maat 2,67.
    expect(table.slice(2)).toEqual([
      '| Eén loket | 1 (1,3) | 3 (2,5) | 3 (3) |',
      '| Buurtteams | 2 (2) | 2 (2,5) | 2 (2) |',
      '| Vervoer op maat | 3 (2,7) | 1 (1) | – |',
    ]);
    // The comparison stands right after the plenary, before the locations' own sections.
    expect(md.indexOf('## Rangschikking per locatie')).toBeLessThan(md.indexOf('## A Wijkcentrum'));

    const html = await (await fetch(`${srv.url}/r/${ev.code}`, { headers: auth })).text();
    const start = html.indexOf('data-testid="report-ranking-compare"');
    expect(start).toBeGreaterThan(0);
    const block = html.slice(start, html.indexOf('</table>', start));
    expect(block).toContain('A Wijkcentrum');
    expect(block).toContain('B Theater');
    expect(block).not.toContain('C Bibliotheek');
    expect(block).toMatch(
      /Vervoer op maat<\/th><td><strong>3<\/strong>.*<td><strong>1<\/strong>.*<td class="none">–<\/td><\/tr>/,
    );
  });

  it('[RANK-11] the comparison over HTTP: the event\'s chair always; the public only while revealed, on screen and "per locatie"', async () => {
    const ev = await srv.createEvent('Sociale Top HTTP');
    const [a] = await addRooms(srv, ev.code, 'naam,locatie\nA Wijkcentrum,Oudegracht');
    const plenary = await asChair(srv, ev);
    const chairA = await asRoomChair(srv, ev, a!);
    clients.push(plenary, chairA);
    const one = () => Promise.all([asParticipant(srv, ev, `compare-http-p-${clients.length}`)]);
    await rank(chairA, LIST, [LIST], () =>
      Promise.all([asParticipant(srv, ev, 'compare-http-a-0', { roomId: a!.id })]),
    );
    await rank(plenary, LIST, [[...LIST].reverse()], one);
    const rankingId = [...plenary.activities.values()].find((x) => x.kind === 'ranking')!.id;
    const url = (q = '') => `${srv.url}/api/events/${ev.code}/rankings/${rankingId}/compare${q}`;
    const get = async (q = '') => {
      const res = await fetch(url(q));
      return {
        status: res.status,
        body: (await res.json()) as {
          comparison?: RankingComparison | null;
          error?: { code: string };
        },
      };
    };
    const eventKey = new URL(ev.chairUrl).searchParams.get('k')!;
    const roomKey = new URL(a!.chairUrl).searchParams.get('k')!;

    expect((await get()).status).toBe(401);
    expect((await get(`?k=${roomKey}`)).body.error?.code).toBe('forbidden');
    const asChairOf = await get(`?k=${eventKey}`);
    expect(asChairOf.status).toBe(200);
    expect(asChairOf.body.comparison?.columns).toEqual([
      { roomId: a!.id, name: 'A Wijkcentrum', voters: 1, items: 3 },
    ]);
    expect(asChairOf.body.comparison?.rows[0]).toMatchObject({
      label: 'Eén loket',
      plenary: { place: 1 },
      locations: [{ place: 3 }],
    });
    // Revealed and "per locatie": what the projector shows is public.
    expectAck(await plenary.command({ type: 'ranking.control', rankingId, action: 'reveal' }));
    expect((await get()).status).toBe(401);
    expectAck(
      await plenary.command({
        type: 'activity.update',
        activityId: rankingId,
        config: { compare: true },
      }),
    );
    expect((await get()).status).toBe(200);
    // Bad input: an unknown ranking or event, and a setting that is not a boolean.
    expect((await fetch(`${srv.url}/api/events/${ev.code}/rankings/nope/compare`)).status).toBe(
      404,
    );
    expect((await fetch(`${srv.url}/api/events/ZZZZZZ/rankings/${rankingId}/compare`)).status).toBe(
      404,
    );
    const bad = await plenary.command({
      type: 'activity.update',
      activityId: rankingId,
      config: { compare: 'yes' } as never,
    });
    expect(bad.type).toBe('error');
  });
});
