// FLIP animation of a reordered list (skipped when the system asks for reduced motion).
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { RefObject } from 'preact';

const MOVE_MS = 700;

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * FLIP: when the order of the children marked `data-flip-key` changes, each slides from where it
 * was to where it is now, so the eye can follow a question that moves up. Positions are taken
 * after every render, but only a change of `order` animates: a vote that does not change the
 * ranking moves nothing. No motion at all under prefers-reduced-motion.
 */
export function useFlip(container: RefObject<HTMLElement>, order: string): void {
  const last = useRef<{ order: string; rects: Map<string, DOMRect> }>({
    order,
    rects: new Map(),
  });
  useLayoutEffect(() => {
    const el = container.current;
    if (!el) return;
    const items = Array.from(el.querySelectorAll<HTMLElement>('[data-flip-key]'));
    const rects = new Map(
      items.map((item) => [item.dataset.flipKey ?? '', item.getBoundingClientRect()]),
    );
    const prev = last.current;
    last.current = { order, rects };
    if (
      prev.order === order ||
      reducedMotion() ||
      typeof Element.prototype.animate !== 'function'
    ) {
      return;
    }
    for (const item of items) {
      const before = prev.rects.get(item.dataset.flipKey ?? '');
      const after = rects.get(item.dataset.flipKey ?? '');
      if (!after) continue;
      if (!before) {
        item.animate([{ opacity: 0 }, { opacity: 1 }], { duration: MOVE_MS, easing: 'ease-out' });
        continue;
      }
      const dx = before.left - after.left;
      const dy = before.top - after.top;
      if (Math.abs(dx) < 1 && Math.abs(dy) < 1) continue;
      item.animate([{ transform: `translate(${dx}px, ${dy}px)` }, { transform: 'none' }], {
        duration: MOVE_MS,
        easing: 'cubic-bezier(0.2, 0.8, 0.2, 1)',
      });
    }
  });
}

/** A stable signature of an ordered list, for useFlip. */
export const orderOf = (items: readonly { id: string }[]): string =>
  items.map((i) => i.id).join('|');
