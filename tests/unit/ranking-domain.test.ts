// The ranking's rules on a built room (RANK-*): the list, the ballots and their coded errors,
// the tally kept ballot by ballot against a recount, who sees the results, and the exports.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { harvestRoom } from '../../server/domain/harvest.js';
import type { RoomState } from '../../server/domain/types.js';
import { mineFor, rankingView, snapshotFor } from '../../server/domain/views.js';
import { KINDS } from '../../server/kinds/index.js';
import { rankingResults } from '../../server/kinds/ranking/results.js';
import { recount } from '../../server/kinds/ranking/runtime.js';
import { translate } from '../../shared/i18n/index.js';
import type { RankingActivity, RankingMode } from '../../shared/ranking.js';
import { parseClientMessage } from '../../shared/schema.js';
import { chair, codeOf, committer, participant, showingNew, ticking } from '../helpers/domain.js';

const commit = committer(ticking());
let n = 0;
const ITEMS = ['a', 'b', 'c', 'd'].map((id) => ({ id, label: `Richting ${id.toUpperCase()}` }));

function room(mode: RankingMode = 'order', open = true, resultsMode: 'live' | 'hidden' = 'hidden') {
  const config = { mode, items: ITEMS, resultsMode };
  const s = showingNew(commit, { id: 'rk', kind: 'ranking', config });
  if (open) control(s, 'open');
  return s;
}
const ranking = (s: RoomState) => s.activities.get('rk') as RankingActivity;
const control = (s: RoomState, action: 'open' | 'close' | 'reveal' | 'hide' | 'newRound') =>
  commit(s, chair, { type: 'ranking.control', id: `c${++n}`, rankingId: 'rk', action });
const rank = (s: RoomState, who: number, order: string[]) =>
  commit(s, participant(who), { type: 'ranking.ballot', id: `b${++n}`, rankingId: 'rk', order });
const give = (s: RoomState, who: number, points: number[], ids = ['a', 'b', 'c', 'd']) =>
  commit(s, participant(who), {
    type: 'ranking.ballot',
    id: `b${++n}`,
    rankingId: 'rk',
    points: points.map((p, i) => ({ itemId: ids[i] ?? 'x', points: p })),
  });

describe('ranking rules', () => {
  it('[RANK-1] a ranking starts as a draft titled "Rangschikking"; its list is fixed once it opened', () => {
    const s = room('order', false);
    expect(ranking(s)).toMatchObject({ title: 'Rangschikking', state: 'draft', round: 1 });
    const edit = (items: typeof ITEMS) =>
      commit(s, chair, {
        type: 'activity.update',
        id: `u${++n}`,
        activityId: 'rk',
        config: { items },
      });
    expect(codeOf(edit([{ id: 'a', label: '  ' }]))).toBe('text_empty');
    expect(codeOf(edit([ITEMS[0]!, ITEMS[0]!]))).toBe('duplicate_id');
    expect(codeOf(edit([ITEMS[0]!]))).toBe('ok');
    expect(codeOf(control(s, 'open'))).toBe('invalid');
    expect(codeOf(edit(ITEMS))).toBe('ok');
    expect(codeOf(control(s, 'open'))).toBe('ok');
    expect(codeOf(edit(ITEMS.slice(1)))).toBe('poll_started');
    expect(
      codeOf(
        commit(s, chair, {
          type: 'activity.update',
          id: 'm',
          activityId: 'rk',
          config: { mode: 'points' },
        }),
      ),
    ).toBe('poll_started');
  });

  it('[RANK-2] one ballot per participant per round, changeable while open; a new round starts empty', () => {
    const s = room();
    expect(codeOf(rank(s, 1, ['a', 'b', 'c', 'd']))).toBe('ok');
    expect(codeOf(rank(s, 1, ['d', 'c', 'b', 'a']))).toBe('ok');
    expect(codeOf(rank(s, 2, ['a', 'b', 'c', 'd']))).toBe('ok');
    const r = rankingView(s, 'rk', 'chair')!.rounds[0]!;
    expect(r.voters).toBe(2);
    expect(r.items.find((i) => i.itemId === 'a')).toMatchObject({
      mean: 2.5,
      total: 5,
      spread: 1.5,
    });
    expect(mineFor(s, 'participant-1').ballots).toEqual([
      { rankingId: 'rk', round: 1, order: ['d', 'c', 'b', 'a'] },
    ]);
    expect(codeOf(control(s, 'newRound'))).toBe('ok');
    expect(rankingView(s, 'rk', 'chair')!.rounds.map((x) => x.voters)).toEqual([2, 0]);
    expect(mineFor(s, 'participant-1').ballots).toEqual([]);
    expect(
      codeOf(commit(s, chair, { type: 'ranking.ballot', id: 'x', rankingId: 'rk', order: [] })),
    ).toBe('forbidden');
  });

  it('[RANK-3] bad ballots get coded errors: duplicate, missing, unknown, points not 100, negative, closed', () => {
    const s = room();
    expect(codeOf(rank(s, 1, ['a', 'a', 'b', 'c']))).toBe('ranking_duplicate');
    expect(codeOf(rank(s, 1, ['a', 'b', 'c']))).toBe('ranking_missing');
    expect(codeOf(rank(s, 1, ['a', 'b', 'c', 'z']))).toBe('ranking_unknown');
    expect(
      codeOf(commit(s, participant(1), { type: 'ranking.ballot', id: 'np', rankingId: 'rk' })),
    ).toBe('ranking_missing');
    control(s, 'close');
    expect(codeOf(rank(s, 1, ['a', 'b', 'c', 'd']))).toBe('ranking_closed');
    const p = room('points');
    expect(codeOf(give(p, 1, [50, 50, 0, 0]))).toBe('ok');
    expect(codeOf(give(p, 1, [50, 40, 0, 0]))).toBe('points_sum');
    expect(codeOf(give(p, 1, [120, -20, 0, 0]))).toBe('points_negative');
    expect(codeOf(give(p, 1, [50, 50, 0], ['a', 'a', 'b']))).toBe('ranking_duplicate');
    expect(codeOf(give(p, 1, [50, 50]))).toBe('ranking_missing');
    expect(codeOf(give(p, 1, [50, 50, 0, 0], ['a', 'b', 'c', 'q']))).toBe('ranking_unknown');
    // Not whole points: refused at the boundary.
    const frame = parseClientMessage(
      JSON.stringify({
        type: 'ranking.ballot',
        id: 'f',
        rankingId: 'rk',
        points: [{ itemId: 'a', points: 0.5 }],
      }),
    );
    expect(frame.ok).toBe(false);
    // A draft is closed too.
    const d = room('order', false);
    expect(codeOf(rank(d, 1, ['a', 'b', 'c', 'd']))).toBe('ranking_closed');
  });

  it('[RANK-3] fast-check: any ballot is accepted exactly when it is a whole valid ballot, else the right code', () => {
    const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(fc.tuple(ids, fc.integer({ min: -30, max: 120 })), { maxLength: 6 }),
        (points, entries) => {
          const s = room(points ? 'points' : 'order');
          const r = points
            ? give(
                s,
                1,
                entries.map((e) => e[1]),
                entries.map((e) => e[0]),
              )
            : rank(
                s,
                1,
                entries.map((e) => e[0]),
              );
          const seen = new Set<string>();
          let expected = 'ok';
          let sum = 0;
          for (const [id, pts] of entries) {
            if (id === 'e') {
              expected = 'ranking_unknown';
              break;
            }
            if (seen.has(id)) {
              expected = 'ranking_duplicate';
              break;
            }
            if (points && pts < 0) {
              expected = 'points_negative';
              break;
            }
            seen.add(id);
            sum += pts;
          }
          if (expected === 'ok' && seen.size < 4) expected = 'ranking_missing';
          if (expected === 'ok' && points && sum !== 100) expected = 'points_sum';
          expect(codeOf(r)).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('[RANK-4] fast-check: the kept tally equals a recount after any sequence of ballots, changes and rounds', () => {
    const op = fc.oneof(
      {
        weight: 10,
        arbitrary: fc.record({
          who: fc.integer({ min: 0, max: 7 }),
          perm: fc.shuffledSubarray(['a', 'b', 'c', 'd'], { minLength: 4, maxLength: 4 }),
          split: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 3 }),
        }),
      },
      { weight: 1, arbitrary: fc.constant('newRound' as const) },
    );
    fc.assert(
      fc.property(fc.boolean(), fc.array(op, { maxLength: 40 }), (points, ops) => {
        const s = room(points ? 'points' : 'order');
        for (const o of ops) {
          if (o === 'newRound') control(s, 'newRound');
          else if (points) {
            const cuts = [...o.split].sort((x, y) => x - y);
            const pts = [cuts[0]!, cuts[1]! - cuts[0]!, cuts[2]! - cuts[1]!, 100 - cuts[2]!];
            expect(codeOf(give(s, o.who, pts, o.perm))).toBe('ok');
          } else expect(codeOf(rank(s, o.who, o.perm))).toBe('ok');
        }
        const runtime = s.rankings.get('rk')!;
        runtime.rounds.forEach((ballots, i) => {
          const fresh = recount(ballots.values());
          const kept = runtime.tallies[i]!;
          expect(kept.voters).toBe(fresh.voters);
          for (const id of ['a', 'b', 'c', 'd']) {
            expect(kept.sum[id] ?? 0).toBe(fresh.sum[id] ?? 0);
            expect(kept.sumSq[id] ?? 0).toBe(fresh.sumSq[id] ?? 0);
          }
        });
        // Every participant's points add up: the totals of a points round are 100 per voter.
        if (points) {
          for (const r of rankingResults(ranking(s), runtime).rounds) {
            expect(r.items.reduce((t, i) => t + i.total, 0)).toBe(100 * r.voters);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('[RANK-5] the hall gets no result until the chair reveals it; the chair always; "live" shows at once', () => {
    const s = room();
    rank(s, 1, ['a', 'b', 'c', 'd']);
    expect(snapshotFor(s, 'public').rankings).toEqual([]);
    expect(snapshotFor(s, 'chair').rankings).toHaveLength(1);
    control(s, 'reveal');
    expect(snapshotFor(s, 'public').rankings?.[0]?.rounds[0]?.voters).toBe(1);
    commit(s, chair, { type: 'activity.show', id: 'off', activityId: null });
    expect(rankingView(s, 'rk', 'public')).toBeNull();
    const live = room('order', true, 'live');
    expect(rankingView(live, 'rk', 'public')).not.toBeNull();
  });

  it('[RANK-6] the harvest holds every round best first; Markdown, CSV rows and the report name each item', () => {
    const s = room('points');
    give(s, 1, [70, 30, 0, 0]);
    give(s, 2, [10, 60, 30, 0]);
    const ex = harvestRoom(s).activities[0]!;
    expect(ex.kind).toBe('ranking');
    if (ex.kind !== 'ranking') return;
    expect(ex.rounds[0]!.items.map((i) => [i.place, i.label, i.total])).toEqual([
      [1, 'Richting B', 90],
      [2, 'Richting A', 80],
      [3, 'Richting C', 30],
      [4, 'Richting D', 0],
    ]);
    expect(ex.rounds[0]!.items[0]!.spread).toBe(15);
    const t = (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) =>
      translate('nl', k, p);
    const md = KINDS.ranking.markdown(ex, t, 'nl').join('\n');
    expect(md).toContain('| 1 | Richting B | 90 | 15 |');
    const rows = KINDS.ranking.csvRows({ room: 'Zaal', activity: ex.title, kind: 'ranking' }, ex);
    expect(rows[0]).toMatchObject({
      record: 'points',
      choice: 'Richting B',
      count: 90,
      mean: 45,
      spread: 15,
    });
    const html = KINDS.ranking.reportHtml(ex, t, 'nl', 'x');
    expect(html).toContain('Richting B');
    expect(html).toContain('data-testid="report-ranking"');
    expect(KINDS.ranking.contributed(ex)).toBe(true);
  });
});
