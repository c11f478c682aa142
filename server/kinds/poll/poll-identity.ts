// Votes and the age of the identities behind them (AUTH-9). Vonk cannot tell one person with
// many phones from many people, but it can tell the chair when a poll's votes come from a
// burst of identities made moments before they voted, and a sensitive poll can count only
// identities that were there a while before they voted.

import type { PollChoice, PollConfig } from '../../../shared/model.js';
import type { PollRuntime } from '../../domain/types.js';
import { BURST_MIN, largestBurst, roundCounts } from './poll-counts.js';

export { BURST_FRESH_MS, BURST_MIN, BURST_WINDOW_MS } from './poll-counts.js';

/** The votes of a round that count: all, or those of identities old enough when they voted. */
export function countedVotes(
  config: PollConfig,
  runtime: PollRuntime,
  index: number,
): ReadonlyMap<string, PollChoice> {
  const votes = runtime.rounds[index] ?? new Map<string, PollChoice>();
  const min = (config.minIdentityAgeS ?? 0) * 1000;
  const ages = runtime.ages?.[index];
  if (min <= 0 || !ages) return votes;
  // Kept vote by vote (server/kinds/poll/poll-counts.ts), not filtered again on every view.
  return roundCounts(config, runtime, index).counted;
}

/** The largest burst of fresh identities among a round's voters, when it reaches BURST_MIN. */
export function burstOf(runtime: PollRuntime, index: number): number | undefined {
  const ages = runtime.ages?.[index];
  if (!ages || ages.size < BURST_MIN) return undefined;
  // The fresh identities' issue times are kept sorted as votes come in: one pass, no sort.
  const most = largestBurst(ages);
  return most >= BURST_MIN ? most : undefined;
}
