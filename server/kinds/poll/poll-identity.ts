// Votes and the age of the identities behind them (AUTH-9). Vonk cannot tell one person with
// many phones from many people, but it can tell the chair when a poll's votes come from a
// burst of identities made moments before they voted, and a sensitive poll can count only
// identities that were there a while before they voted.

import type { PollChoice, PollConfig } from '../../../shared/model.js';
import type { PollRuntime } from '../../domain/types.js';

/** Identities issued within this window of each other count as one burst… */
export const BURST_WINDOW_MS = 10_000;
/** …when each voted within this long of being issued… */
export const BURST_FRESH_MS = 60_000;
/** …and there are at least this many: more than a hall that scans the QR code at once. */
export const BURST_MIN = 100;

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
  const counted = new Map<string, PollChoice>();
  for (const [pid, choice] of votes) {
    const known = ages.get(pid);
    // A vote from before identities were issued has no age: it is counted as before.
    if (!known || known.age >= min) counted.set(pid, choice);
  }
  return counted;
}

/** The largest burst of fresh identities among a round's voters, when it reaches BURST_MIN. */
export function burstOf(runtime: PollRuntime, index: number): number | undefined {
  const ages = runtime.ages?.[index];
  if (!ages || ages.size < BURST_MIN) return undefined;
  const issued = [...ages.values()]
    .filter((a) => a.age < BURST_FRESH_MS)
    .map((a) => a.since)
    .sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; j < issued.length; j++) {
    while (issued[j]! - issued[i]! > BURST_WINDOW_MS) i++;
    most = Math.max(most, j - i + 1);
  }
  return most >= BURST_MIN ? most : undefined;
}
