// The popularity score of a question, from its stored upvotes (who, and when). Rule QA-8 in
// docs/SPEC.md. Each upvote weighs 2^((t - EPOCH) / HALF_LIFE): a vote given HALF_LIFE later
// weighs twice as much. Because every question's weights share the same clock, the order
// of two questions depends only on their votes, never on time passing by itself: nothing
// moves on the projector until someone votes, and yet an early question cannot hold the top
// against a stream of fresh votes for a later one.

/** A vote this much later weighs twice as much. */
export const HALF_LIFE_MS = 20 * 60_000;
/** Any fixed moment works; the sum is kept in log space, so there is no overflow for decades. */
export const EPOCH_MS = Date.UTC(2025, 0, 1);

/** log2 of the sum of the vote weights, rounded so every instance sends the same number. */
export function popularityScore(voteTimes: Iterable<number>): number | null {
  const xs: number[] = [];
  for (const t of voteTimes) xs.push((t - EPOCH_MS) / HALF_LIFE_MS);
  if (xs.length === 0) return null;
  const max = Math.max(...xs);
  let sum = 0;
  for (const x of xs) sum += 2 ** (x - max);
  return Math.round((max + Math.log2(sum)) * 1e6) / 1e6;
}
