import { describe, expect, it } from 'vitest';
import { mapBounded } from '../../server/rooms/bounded.js';

describe('mapBounded', () => {
  it('[ORG-7] keeps the order and never has more than the limit in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const items = Array.from({ length: 50 }, (_, i) => i);
    const out = await mapBounded(items, 4, async (n) => {
      inFlight++;
      most = Math.max(most, inFlight);
      // Later items finish first half of the time: order must still hold.
      await Promise.resolve();
      if (n % 2) await Promise.resolve();
      inFlight--;
      return n * 2;
    });
    expect(out).toEqual(items.map((n) => n * 2));
    expect(most).toBe(4);
  });

  it('[ORG-7] an empty list and a refused step', async () => {
    expect(await mapBounded([], 16, async () => 1)).toEqual([]);
    await expect(
      mapBounded([1, 2, 3], 2, async (n) => {
        if (n === 2) throw new Error('boom');
        return n;
      }),
    ).rejects.toThrow('boom');
    await expect(mapBounded([1], 0, async (n) => n)).rejects.toThrow(RangeError);
  });
});
