// The ranking over real sockets (RANK-*): 200 phones re-order concurrently and the totals equal
// the sum of each one's last accepted ballot; bad ballots get coded error frames; the hall sees
// nothing until the chair reveals; the exports carry the result.

import { afterAll, describe, expect, it } from 'vitest';
import type { ServerMessage } from '../../shared/protocol.js';
import type { RankingResultsView } from '../../shared/ranking.js';
import { expectAck } from '../helpers/polls.js';
import { chairKey } from '../helpers/server.js';
import {
  asChair,
  asParticipant,
  asProjector,
  eventWithChair,
  inWaves,
  newActivity,
  useTestServer,
} from '../helpers/scenario.js';
import type { TestClient } from '../helpers/ws-client.js';

const PHONES = 200;
const CHANGES = 3;
const ITEMS = ['a', 'b', 'c', 'd', 'e'];

const srv = useTestServer();
const clients: TestClient[] = [];
afterAll(() => {
  for (const c of clients) c.close();
});

async function startRanking(chair: TestClient, mode: 'order' | 'points'): Promise<string> {
  const rankingId = await newActivity(chair, {
    kind: 'ranking',
    title: 'Oplossingsrichtingen',
    config: { mode, items: ITEMS.map((id) => ({ id, label: `Richting ${id}` })) },
  });
  expectAck(await chair.command({ type: 'activity.show', activityId: rankingId }));
  expectAck(await chair.command({ type: 'ranking.control', rankingId, action: 'open' }));
  return rankingId;
}

/** A deterministic permutation per phone and change. */
function orderOf(phone: number, change: number): string[] {
  const out = [...ITEMS];
  let x = (phone * 7919 + change * 104729 + 13) >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) >>> 0;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const codeOf = (m: ServerMessage) => (m.type === 'error' ? m.code : m.type);

describe('ranking over real sockets', () => {
  it('[RANK-4][RANK-2] 200 participants re-ordering concurrently: totals equal the sum of each last accepted ballot', async () => {
    const { ev, chair } = await eventWithChair(srv, 'Plenaire');
    const projector = await asProjector(srv, ev);
    clients.push(chair, projector);
    const rankingId = await startRanking(chair, 'order');
    const phones = await inWaves(PHONES, (i) => asParticipant(srv, ev, `rank-${i}-abcdef`));
    clients.push(...phones);
    // Every phone sends its changes without waiting, all phones at once; one in ten also sends a
    // bad ballot in between, which must change nothing.
    const last = new Map<number, string[]>();
    const sent = phones.flatMap((phone, p) =>
      Array.from({ length: CHANGES }, (_, k) => {
        const order = orderOf(p, k);
        const bad = p % 10 === 0 && k === 1;
        return phone
          .command({
            type: 'ranking.ballot',
            rankingId,
            order: bad ? [...order.slice(0, -1), order[0]!] : order,
          })
          .then((m) => ({ p, order, bad, m }));
      }),
    );
    const answers = await Promise.all(sent);
    for (const { p, order, bad, m } of answers) {
      if (bad) expect(codeOf(m)).toBe('ranking_duplicate');
      else {
        expectAck(m);
        last.set(p, order);
      }
    }
    // Frames of one socket are handled in order, so the last accepted is the last sent.
    for (let p = 0; p < PHONES; p++) expect(last.get(p)).toEqual(orderOf(p, CHANGES - 1));
    const expected: Record<string, number> = Object.fromEntries(ITEMS.map((i) => [i, 0]));
    for (const order of last.values()) order.forEach((id, i) => (expected[id]! += i + 1));
    const totals = (r: RankingResultsView | undefined) =>
      Object.fromEntries((r?.rounds[0]?.items ?? []).map((i) => [i.itemId, i.total]));
    await chair.until(() => chair.rankings.get(rankingId)?.rounds[0]?.voters === PHONES, 15_000);
    await chair.until(
      () => JSON.stringify(totals(chair.rankings.get(rankingId))) === JSON.stringify(expected),
      15_000,
    );
    // Hidden until reveal: the projector holds no result, then the same totals.
    expect(projector.rankings.has(rankingId)).toBe(false);
    expectAck(await chair.command({ type: 'ranking.control', rankingId, action: 'reveal' }));
    await projector.until(
      () => JSON.stringify(totals(projector.rankings.get(rankingId))) === JSON.stringify(expected),
    );
    // Each phone's own ballot comes back in its `mine`.
    const phone = phones[3]!;
    await phone.until(
      () => phone.mine.ballots?.[0]?.order?.join() === orderOf(3, CHANGES - 1).join(),
    );
    // The exports carry the same totals (RANK-6).
    const at = (ext: string) =>
      `${srv.url}/api/events/${ev.code.toLowerCase()}/export.${ext}?k=${chairKey(ev.chairUrl)}`;
    const json = (await (await fetch(at('json'))).json()) as {
      rooms: {
        activities: {
          kind: string;
          rounds?: { items: { id?: string; label: string; total: number }[] }[];
        }[];
      }[];
    };
    const exported = json.rooms[0]!.activities.find((a) => a.kind === 'ranking')!;
    const byLabel = Object.fromEntries(exported.rounds![0]!.items.map((i) => [i.label, i.total]));
    for (const id of ITEMS) expect(byLabel[`Richting ${id}`]).toBe(expected[id]);
    const csv = await (await fetch(`${at('csv')}&lang=en`)).text();
    expect(csv).toContain(`,rank,Richting a,${expected.a},`);
    const md = await (await fetch(at('md'))).text();
    expect(md).toContain('Richting a');
  });

  it('[RANK-3] bad ballots over the socket get coded error frames; a closed ranking refuses', async () => {
    const ev = await srv.createEvent('Punten');
    const chair = await asChair(srv, ev);
    const phone = await asParticipant(srv, ev, 'points-phone-abcdef');
    clients.push(chair, phone);
    const rankingId = await startRanking(chair, 'points');
    const pts = (xs: [string, number][]) => ({
      type: 'ranking.ballot' as const,
      rankingId,
      points: xs.map(([itemId, points]) => ({ itemId, points })),
    });
    const all = (n: number[]) => ITEMS.map((id, i) => [id, n[i] ?? 0] as [string, number]);
    expect(codeOf(await phone.command(pts(all([20, 20, 20, 20, 10]))))).toBe('points_sum');
    expect(codeOf(await phone.command(pts(all([120, -20, 0, 0, 0]))))).toBe('points_negative');
    expect(codeOf(await phone.command(pts(all([50, 50]).slice(0, 3))))).toBe('ranking_missing');
    expect(codeOf(await phone.command(pts([...all([50, 50]).slice(0, 4), ['zz', 0]])))).toBe(
      'ranking_unknown',
    );
    expect(codeOf(await phone.command(pts([...all([50, 50]), ['a', 0]])))).toBe(
      'ranking_duplicate',
    );
    expect(codeOf(await phone.command(pts(all([40, 30, 20, 10, 0]))))).toBe('ack');
    expectAck(await chair.command({ type: 'ranking.control', rankingId, action: 'close' }));
    expect(codeOf(await phone.command(pts(all([40, 30, 20, 10, 0]))))).toBe('ranking_closed');
    await chair.until(() => chair.rankings.get(rankingId)?.rounds[0]?.items[0]?.total === 40);
  });
});
