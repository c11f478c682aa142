// What the server keeps of a ranking besides its activity view: the ballots, and per round the
// sums they make, kept ballot by ballot (a changed ballot takes the old one out first, RANK-4).
// No imports from the room layer: domain/types.ts names these types.

import type { RankingAction } from '../../../shared/ranking.js';

/** A normalised ballot: per item id its rank (order mode, 1 is best) or its points. */
export type BallotValues = Record<string, number>;

/** The sums of one round: enough for the mean and the spread of every item. */
export interface RankingTally {
  voters: number;
  sum: Record<string, number>;
  sumSq: Record<string, number>;
}

export interface RankingRuntime {
  /** Ballots per round (index 0 is round 1), one per participant, replaced when they change it. */
  rounds: Map<string, BallotValues>[];
  /** The sums per round, in step with `rounds`. */
  tallies: RankingTally[];
}

export type RankingEvent =
  | {
      type: 'ranking.balloted';
      rankingId: string;
      round: number;
      participantId: string;
      /** Checked and normalised: every item of the list exactly once. */
      values: BallotValues;
    }
  /** `round` is the ranking's round after the action (bumped by newRound). */
  | { type: 'ranking.controlled'; rankingId: string; action: RankingAction; round: number };

export const emptyTally = (): RankingTally => ({ voters: 0, sum: {}, sumSq: {} });

/** Adds (sign 1) or takes out (sign -1) one ballot. */
export function countBallot(tally: RankingTally, values: BallotValues, sign: 1 | -1): void {
  tally.voters += sign;
  for (const [id, n] of Object.entries(values)) {
    tally.sum[id] = (tally.sum[id] ?? 0) + sign * n;
    tally.sumSq[id] = (tally.sumSq[id] ?? 0) + sign * n * n;
  }
}

/** The sums counted afresh from the ballots: what the kept tally must always equal. */
export function recount(ballots: Iterable<BallotValues>): RankingTally {
  const tally = emptyTally();
  for (const b of ballots) countBallot(tally, b, 1);
  return tally;
}
