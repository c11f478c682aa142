import { describe, expect, it } from 'vitest';
import { nextAfter, queueOrder, resolveSelection } from '../../client/chair/selection.js';

const none = new Set<string>();

describe('the chair’s selection, bound to an item', () => {
  it('[CHAIR-1] the selected item stays selected wherever it moves in the queue', () => {
    expect(resolveSelection(['x', 'a', 'b'], ['a', 'b'], 'b', none)).toBe('b');
    expect(resolveSelection(['b'], ['a', 'b'], 'b', none)).toBe('b');
  });

  it('[CHAIR-1] when it leaves, the item that followed it on screen is selected, not the same index', () => {
    // 'a' was selected and left; a new item 'n' arrived in front: the index would point at 'n'.
    expect(resolveSelection(['n', 'b', 'c'], ['a', 'b', 'c'], 'a', none)).toBe('b');
    // The follower left too: the one after it.
    expect(resolveSelection(['n', 'c'], ['a', 'b', 'c'], 'a', none)).toBe('c');
    // Nothing after it: the one before it.
    expect(resolveSelection(['a', 'n'], ['a', 'b'], 'b', none)).toBe('a');
  });

  it('[CHAIR-2] an item in progress is never selected; the next is, never past one', () => {
    const busy = new Set(['a']);
    expect(resolveSelection(['a', 'b', 'c'], ['a', 'b', 'c'], 'a', busy)).toBe('b');
    expect(nextAfter(['a', 'b', 'c'], 'a', busy)).toBe('b');
    expect(nextAfter(['a', 'b', 'c'], 'b', new Set(['a', 'b']))).toBe('c');
    expect(nextAfter(['a', 'b', 'c'], 'c', new Set(['c']))).toBe('b');
    expect(nextAfter(['a'], 'a', busy)).toBeNull();
    expect(resolveSelection(['a'], ['a'], null, busy)).toBeNull();
  });

  it('[CHAIR-3] equal times keep the order the server sent, never an order from random ids', () => {
    const items = [
      { id: 'zz', createdAt: 5 },
      { id: 'aa', createdAt: 5 },
      { id: 'mm', createdAt: 1 },
    ];
    expect(queueOrder(items).map((s) => s.id)).toEqual(['mm', 'zz', 'aa']);
  });
});
