// Matching the plenary's ranking with the locations' (RANK-9): by label, the same way only,
// at least two items in common, the latest round with ballots.

import { describe, expect, it } from 'vitest';
import {
  compareRankings,
  type CompareRanking,
  type CompareRoom,
} from '../../shared/ranking-compare.js';

const ranking = (
  id: string,
  labels: string[],
  opts: { mode?: 'order' | 'points'; voters?: number[] } = {},
): CompareRanking => ({
  id,
  title: `Rangschikking ${id}`,
  kind: 'ranking',
  mode: opts.mode ?? 'order',
  rounds: (opts.voters ?? [1]).map((voters) => ({
    voters,
    items: labels.map((label, i) => ({ label, place: i + 1, mean: i + 1, spread: 0 })),
  })),
});
const room = (id: string, kind: string, ...activities: CompareRanking[]): CompareRoom => ({
  id,
  name: id,
  kind,
  activities,
});

describe('ranking per location next to the plenary', () => {
  it('[RANK-9] a location is a column when a ranking of the same way shares two items; labels match whatever case and spacing', () => {
    const [c] = compareRankings([
      room('plenair', 'plenary', ranking('p', ['Eén loket', 'Buurtteams', 'Vervoer'])),
      room('A', 'room', ranking('a', ['vervoer', ' BUURTTEAMS ', 'eén  loket'])),
      room('B', 'room', ranking('b', ['Eén loket', 'Speeltuin'])),
      room('C', 'room', ranking('c', ['Eén loket', 'Buurtteams'], { mode: 'points' })),
      room('D', 'room', ranking('d', ['Eén loket', 'Buurtteams'], { voters: [0] })),
    ]);
    expect(c!.columns.map((x) => x.roomId)).toEqual(['A']);
    expect(c!.rows.map((r) => [r.label, r.plenary.place, r.locations[0]?.place])).toEqual([
      ['Eén loket', 1, 3],
      ['Buurtteams', 2, 2],
      ['Vervoer', 3, 1],
    ]);
  });

  it('[RANK-9] the latest round with ballots counts; the location ranking sharing the most items is its column; no match, no table', () => {
    const later = ranking('p', ['x', 'y', 'z'], { voters: [4, 0] });
    const [c] = compareRankings([
      room('plenair', 'plenary', later),
      room('A', 'room', ranking('a1', ['x', 'y']), ranking('a2', ['z', 'y', 'x'])),
    ]);
    expect(c!.plenaryVoters).toBe(4);
    expect(c!.columns[0]).toMatchObject({ roomId: 'A', items: 3 });
    expect(compareRankings([room('plenair', 'plenary', later), room('B', 'room')])).toEqual([]);
    expect(
      compareRankings([
        room('plenair', 'plenary', ranking('p', ['x', 'y'], { voters: [0] })),
        room('A', 'room', ranking('a', ['x', 'y'])),
      ]),
    ).toEqual([]);
  });
});
