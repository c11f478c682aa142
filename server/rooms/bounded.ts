// Runs an async step over a list with at most `limit` steps in flight at once, keeping the
// results in the list's order (ORG-7): the overview loads 600 cold rooms this way, so the
// store's round trips overlap without 600 queries at the same moment.

export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  step: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  if (!(limit >= 1)) throw new RangeError('limit must be at least 1');
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await step(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** How many rooms a request loads from the store at once (the overview, the event info). */
export const ROOM_LOADS = 16;
