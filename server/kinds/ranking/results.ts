// A ranking's results per round from the kept sums: mean and spread (the standard deviation)
// per item, in the list's order. Ranks and points are whole numbers, so the sums are exact.

import type {
  RankingActivity,
  RankingItemResult,
  RankingResultsView,
  RankingRoundResult,
} from '../../../shared/ranking.js';
import type { RankingRuntime, RankingTally } from './runtime.js';

const round2 = (n: number) => Math.round(n * 100) / 100;

export function itemResults(a: RankingActivity, tally: RankingTally): RankingItemResult[] {
  return a.config.items.map((item) => {
    const n = tally.voters;
    const total = tally.sum[item.id] ?? 0;
    if (n === 0) return { itemId: item.id, mean: null, total, spread: null };
    const mean = total / n;
    const variance = Math.max(0, (tally.sumSq[item.id] ?? 0) / n - mean * mean);
    return { itemId: item.id, mean: round2(mean), total, spread: round2(Math.sqrt(variance)) };
  });
}

export function rankingRounds(a: RankingActivity, runtime: RankingRuntime): RankingRoundResult[] {
  return runtime.tallies.map((tally, i) => ({
    round: i + 1,
    voters: tally.voters,
    items: itemResults(a, tally),
  }));
}

export const rankingResults = (
  a: RankingActivity,
  runtime: RankingRuntime,
): RankingResultsView => ({
  id: a.id,
  mode: a.config.mode,
  rounds: rankingRounds(a, runtime),
});
