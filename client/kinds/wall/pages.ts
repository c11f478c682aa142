// Pages of a wall that does not fit the beamer at the hall's minimum size: the items are laid
// out once at that size into columns and cut into pages, each item keeping its place on its
// page; the page on screen follows the wall clock (WALL-9).

import { useEffect, useState } from 'preact/hooks';
import { msToNextPage, pageAt } from '../../../shared/wall-order.js';

/** Items of one page, by their index among the wall's children. Pinned items are on every page. */
export type Pages = number[][];

/** The narrowest column, in em of the wall's font: about 20 characters of a hartenkreet. */
const COLUMN_EM = 12;
/** The gap between items, in em (as the grid of a wall that fits at once). */
const GAP_EM = 0.5;

/**
 * Lays the wall out in pages (the wall has the class is-paged, so its items are placed by
 * hand): pinned items across the full width on top of every page, then the others in columns,
 * each into the shortest column, in order, until one does not fit below `available` px; it
 * starts the next page. Column packing wastes no height on rows of unequal items.
 */
export function layoutPages(wall: HTMLElement, available: number): Pages {
  const items = Array.from(wall.children) as HTMLElement[];
  const em = parseFloat(getComputedStyle(wall).fontSize) || 16;
  const gap = GAP_EM * em;
  const width = wall.clientWidth;
  const cols = Math.max(1, Math.floor((width + gap) / (COLUMN_EM * em + gap)));
  const colWidth = (width - gap * (cols - 1)) / cols;
  const pinned: number[] = [];
  let top = 0;
  items.forEach((el, i) => {
    const isPinned = el.classList.contains('is-pinned');
    el.style.width = `${isPinned ? width : colWidth}px`;
    if (!isPinned) return;
    pinned.push(i);
    place(el, 0, top);
    top += el.offsetHeight + gap;
  });
  const room = Math.max(available - top, 0);
  const pages: Pages = [];
  let heights = new Array<number>(cols).fill(0);
  let current: number[] = [];
  items.forEach((el, i) => {
    if (el.classList.contains('is-pinned')) return;
    const h = el.offsetHeight;
    let c = heights.indexOf(Math.min(...heights));
    if (current.length > 0 && heights[c]! + h > room) {
      pages.push([...pinned, ...current]);
      current = [];
      heights = heights.map(() => 0);
      c = 0;
    }
    place(el, c * (colWidth + gap), top + heights[c]!);
    heights[c] = heights[c]! + h + gap;
    current.push(i);
  });
  pages.push([...pinned, ...current]);
  return pages;
}

function place(el: HTMLElement, left: number, top: number): void {
  el.style.left = `${left}px`;
  el.style.top = `${top}px`;
}

/** Back to the grid of a wall that fits at once. */
export function unplace(wall: HTMLElement): void {
  for (const el of Array.from(wall.children) as HTMLElement[]) {
    el.style.removeProperty('left');
    el.style.removeProperty('top');
    el.style.removeProperty('width');
  }
}

/** Shows one page's items and hides the rest (hidden items take no place in the grid). */
export function showPage(wall: HTMLElement, page: readonly number[] | undefined): void {
  const on = new Set(page);
  Array.from(wall.children).forEach((el, i) => {
    (el as HTMLElement).hidden = page !== undefined && !on.has(i);
  });
}

/** The page on screen now; re-renders when the wall clock turns it. */
export function usePageIndex(count: number, dwellSeconds: number): number {
  const [tick, setTick] = useState(0);
  const index = pageAt(Date.now(), dwellSeconds, count);
  useEffect(() => {
    if (count <= 1) return;
    const id = setTimeout(() => setTick((n) => n + 1), msToNextPage(Date.now(), dwellSeconds) + 5);
    return () => clearTimeout(id);
  }, [count, dwellSeconds, index, tick]);
  return index;
}
