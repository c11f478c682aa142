// The plenary's ranking next to the locations' in the report and the Markdown export (RANK-9,
// RANK-10): two locations rank (part of) the list the plenary ranks; the printed report and
// the Markdown show per item the plenary's place and each location's place.

import { afterAll, describe, expect, it } from 'vitest';
import { expectAck } from '../helpers/polls.js';
import { addRooms } from '../helpers/report-event.js';
import { asChair, asParticipant, asRoomChair, useTestServer } from '../helpers/scenario.js';
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
  const created = await chair.command({
    type: 'activity.create',
    kind: 'ranking',
    title: 'Oplossingsrichtingen',
    config: { mode: 'order', items: labels.map((label, i) => ({ id: `i${i}`, label })) },
  });
  expectAck(created);
  const rankingId = (created as { id: string }).id;
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
});
