// The served decks' bytes in memory (DECK-4): one read for screens that ask together, the
// least recently used dropped past the limit, failures and missing decks never kept.

import { describe, expect, it } from 'vitest';
import { DeckBytesCache } from '../../server/decks/bytes-cache.js';

const bytes = (n: number) => new Uint8Array(n);

describe('deck bytes cache', () => {
  it('[DECK-4] screens asking together cost one read', async () => {
    const cache = new DeckBytesCache(100);
    let reads = 0;
    const load = async () => {
      reads++;
      return bytes(10);
    };
    const all = await Promise.all(Array.from({ length: 12 }, () => cache.get('a', load)));
    expect(reads).toBe(1);
    expect(new Set(all).size).toBe(1);
    expect(cache.bytes).toBe(10);
  });

  it('[DECK-4] past the limit the least recently used goes; too large, missing or failed is not kept', async () => {
    const cache = new DeckBytesCache(100);
    let reads = 0;
    const of = (n: number) => async () => {
      reads++;
      return bytes(n);
    };
    await cache.get('a', of(40));
    await cache.get('b', of(40));
    await cache.get('a', of(40)); // a is now the most recent
    await cache.get('c', of(40)); // b goes
    expect(cache.bytes).toBe(80);
    reads = 0;
    await cache.get('a', of(40));
    await cache.get('c', of(40));
    expect(reads).toBe(0);
    await cache.get('b', of(40));
    expect(reads).toBe(1);

    await cache.get('huge', of(101));
    await cache.get('gone', async () => null);
    await expect(
      cache.get('broken', async () => {
        throw new Error('store down');
      }),
    ).rejects.toThrow('store down');
    expect(cache.bytes).toBeLessThanOrEqual(100);
    reads = 0;
    await cache.get('huge', of(101));
    await cache.get('broken', of(1));
    expect(reads).toBe(2);

    cache.delete('broken');
    cache.delete('c');
    expect(cache.bytes).toBe(40); // b alone
  });
});
