import { describe, expect, it } from 'vitest';
import { parseClientMessage } from '../../shared/schema.js';
import type { StatementView } from '../../shared/model.js';
import { approvedFor, approvedOf } from '../../client/lib/store.js';
import { dwellOf, msToNextPage, pageAt, sortForWall, WALL_DWELL } from '../../shared/wall-order.js';

const item = (id: string, createdAt: number, hearts = 0, pinned = false) => ({
  id,
  createdAt,
  hearts,
  pinned,
});

describe('the wall on the beamer', () => {
  const items = [item('a', 1, 5), item('b', 2, 0, true), item('c', 3, 5), item('d', 4, 1)];

  it('[WALL-8] newest first by default, pinned before all', () => {
    expect(sortForWall(items).map((s) => s.id)).toEqual(['b', 'd', 'c', 'a']);
  });

  it('[WALL-8] most hearts first, a tie newest first; oldest first', () => {
    expect(sortForWall(items, 'hearts').map((s) => s.id)).toEqual(['b', 'c', 'a', 'd']);
    expect(sortForWall(items, 'oldest').map((s) => s.id)).toEqual(['b', 'a', 'c', 'd']);
  });

  it('[WALL-8] statements of the same millisecond keep the order they came in, never their ids', () => {
    // Ids are random: 'z' came first, 'a' second, 'm' third, all in one millisecond.
    const same = [item('z', 7), item('a', 7), item('m', 7)];
    expect(sortForWall(same, 'oldest').map((s) => s.id)).toEqual(['z', 'a', 'm']);
    expect(sortForWall(same, 'newest').map((s) => s.id)).toEqual(['m', 'a', 'z']);
    expect(sortForWall(same, 'hearts').map((s) => s.id)).toEqual(['m', 'a', 'z']);
  });

  it('[WALL-8] a screen breaks same-millisecond ties by the order the server sent, not by id', () => {
    // What a phone's store holds: the server's order ('z' first), one millisecond for all three.
    const view = (id: string, text: string) =>
      ({
        id,
        activityId: 'w',
        status: 'approved',
        pinned: false,
        hearts: 0,
        createdAt: 7,
        text,
      }) as StatementView;
    const statements = new Map(
      [view('z', 'Uitspraak 1'), view('a', 'Uitspraak 2'), view('m', 'Uitspraak 3')].map((s) => [
        s.id,
        s,
      ]),
    );
    const texts = (list: StatementView[]) => list.map((s) => s.text);
    expect(texts(approvedOf(statements, 'w'))).toEqual([
      'Uitspraak 1',
      'Uitspraak 2',
      'Uitspraak 3',
    ]);
    expect(texts(sortForWall(approvedOf(statements, 'w'), 'oldest'))).toEqual([
      'Uitspraak 1',
      'Uitspraak 2',
      'Uitspraak 3',
    ]);
    expect(texts(approvedFor(statements, 'w'))).toEqual([
      'Uitspraak 3',
      'Uitspraak 2',
      'Uitspraak 1',
    ]);
  });

  it('[WALL-9] the page follows the wall clock and every page comes round', () => {
    const seen = new Set<number>();
    for (let t = 0; t < 5 * 9000; t += 9000) seen.add(pageAt(1_000_000_000_000 + t, 9, 5));
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4]);
    expect(pageAt(123_456, 9, 1)).toBe(0);
    // Two screens a moment apart within one dwell show the same page.
    expect(pageAt(18_000, 9, 5)).toBe(pageAt(26_999, 9, 5));
    expect(msToNextPage(18_500, 9)).toBe(8500);
  });

  it('[WALL-9] the dwell stays within its bounds', () => {
    expect(dwellOf(undefined)).toBe(WALL_DWELL.default);
    expect(dwellOf(1)).toBe(WALL_DWELL.min);
    expect(dwellOf(600)).toBe(WALL_DWELL.max);
    expect(dwellOf(Number.NaN)).toBe(WALL_DWELL.default);
  });

  it('[WALL-8][WALL-9] a wall update with an unknown order or a dwell out of range is refused', () => {
    const update = (config: object) =>
      parseClientMessage(
        JSON.stringify({ type: 'activity.update', id: 'u1', activityId: 'w1', config }),
      );
    expect(update({ order: 'hearts', dwell: 12 }).ok).toBe(true);
    expect(update({ order: 'random' }).ok).toBe(false);
    expect(update({ dwell: 2 }).ok).toBe(false);
    expect(update({ dwell: 9.5 }).ok).toBe(false);
  });
});
