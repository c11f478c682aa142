// What the hall sees of a wall that does not fit at once: the chair's order, and pages that
// turn by the wall clock, so every beamer of a room (and a mirror of it) shows the same page.

import type { StatementView } from './model.js';

export type WallOrder = 'newest' | 'hearts' | 'oldest';
export const WALL_ORDERS: readonly WallOrder[] = ['newest', 'hearts', 'oldest'];

/** Seconds a page stays on the beamer: long enough to read a page twice, short enough to see all. */
export const WALL_DWELL = { min: 4, max: 60, default: 9 } as const;

type Sortable = Pick<StatementView, 'id' | 'pinned' | 'hearts' | 'createdAt'>;

/**
 * Pinned first (they stand on every page), then the chair's order. Returns a new array.
 * Statements of the same millisecond keep the order they came in (the server's order, the same on
 * every screen), reversed for "newest": never an order by their random ids.
 */
export function sortForWall<T extends Sortable>(
  items: readonly T[],
  order: WallOrder = 'newest',
): T[] {
  const at = new Map<T, number>();
  items.forEach((item, i) => at.set(item, i));
  const newest = (a: T, b: T) => b.createdAt - a.createdAt || at.get(b)! - at.get(a)!;
  const by =
    order === 'oldest'
      ? (a: T, b: T) => -newest(a, b)
      : order === 'hearts'
        ? (a: T, b: T) => b.hearts - a.hearts || newest(a, b)
        : newest;
  return [...items].sort((a, b) => Number(b.pinned) - Number(a.pinned) || by(a, b));
}

/** The page on screen at `now` (ms): the same on every screen whose clock is right. */
export function pageAt(now: number, dwellSeconds: number, pages: number): number {
  if (pages <= 1) return 0;
  return Math.floor(now / (dwellSeconds * 1000)) % pages;
}

/** Milliseconds until the next page turns. */
export function msToNextPage(now: number, dwellSeconds: number): number {
  const ms = dwellSeconds * 1000;
  return ms - (now % ms);
}

/** The dwell a wall's config asks for, kept inside the bounds. */
export function dwellOf(seconds: number | undefined): number {
  if (seconds === undefined || !Number.isFinite(seconds)) return WALL_DWELL.default;
  return Math.min(WALL_DWELL.max, Math.max(WALL_DWELL.min, Math.round(seconds)));
}
