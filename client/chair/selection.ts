// The queue's highlight bound to an item, and items in progress out of reach of the keys.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/**
 * The chair's selection in a queue, bound to an item and never to a position (CHAIR-1..3).
 *
 * Why not an index: the queue changes under the chair's hands. Items arrive, a second chair acts,
 * and on a slow line the item just approved stays on screen until the server confirms it. An
 * index then points at another item than the one the chair read, and the next key press would
 * approve a statement nobody looked at.
 *
 * - The selected item stays selected while other items come and go.
 * - An item the chair acted on is "in progress" until the server's view no longer has it waiting:
 *   it is never selected again and no key press acts on it twice.
 * - After an action the selection moves to the next item on screen after it (the one the chair
 *   could see), or, at the end, to the one before it; never past one.
 * - When the selected item leaves because someone else acted on it, the selection moves to the
 *   item that followed it on screen.
 */
export interface QueueSelection<T extends { id: string }> {
  selected: T | undefined;
  /** Ids acted on from this console whose change the screen does not show yet. */
  inProgress: ReadonlySet<string>;
  select: (id: string) => void;
  /** ↑ / ↓: one item further among those that can still be acted on. */
  move: (delta: 1 | -1) => void;
  /** Marks the item as acted on and selects the next one; call before sending the command. */
  acted: (id: string) => void;
  /** The command failed: the item can be selected and acted on again. */
  failed: (id: string) => void;
}

/** Pure core, also used by the unit tests: the item to select after `id` in `order`. */
export function nextAfter(order: readonly string[], id: string, skip: ReadonlySet<string>) {
  const at = order.indexOf(id);
  if (at < 0) return null;
  for (let i = at + 1; i < order.length; i++) if (!skip.has(order[i]!)) return order[i]!;
  for (let i = at - 1; i >= 0; i--) if (!skip.has(order[i]!)) return order[i]!;
  return null;
}

/**
 * Which item is selected now. `wanted` is the chair's choice; `before` is the order the screen
 * showed last time. Returns null when nothing can be selected.
 */
export function resolveSelection(
  order: readonly string[],
  before: readonly string[],
  wanted: string | null,
  skip: ReadonlySet<string>,
): string | null {
  const selectable = (id: string) => order.includes(id) && !skip.has(id);
  if (wanted !== null && selectable(wanted)) return wanted;
  if (wanted !== null) {
    // It left: the item that followed it on screen, then the one before it.
    const at = before.indexOf(wanted);
    if (at >= 0) {
      for (let i = at + 1; i < before.length; i++) if (selectable(before[i]!)) return before[i]!;
      for (let i = at - 1; i >= 0; i--) if (selectable(before[i]!)) return before[i]!;
    }
  }
  return order.find((id) => !skip.has(id)) ?? null;
}

/** Oldest first; equal times keep the order the server sent them in (its commit order). */
export function queueOrder<T extends { createdAt: number }>(items: Iterable<T>): T[] {
  return [...items].sort((a, b) => a.createdAt - b.createdAt);
}

export function useQueueSelection<T extends { id: string }>(queue: T[]): QueueSelection<T> {
  const [, rerender] = useState(0);
  const wanted = useRef<string | null>(null);
  const progress = useRef<Set<string>>(new Set());
  const shown = useRef<string[]>([]);
  const order = queue.map((q) => q.id);

  // What left the queue is no longer in progress: if it comes back (undo), it is a normal item.
  for (const id of [...progress.current]) if (!order.includes(id)) progress.current.delete(id);
  const current = resolveSelection(order, shown.current, wanted.current, progress.current);
  wanted.current = current;
  useLayoutEffect(() => {
    shown.current = order;
  });

  const selectedItem = current === null ? undefined : queue.find((q) => q.id === current);
  const bump = () => rerender((n) => n + 1);
  return {
    selected: selectedItem,
    inProgress: progress.current,
    select(id) {
      if (!order.includes(id) || progress.current.has(id)) return;
      wanted.current = id;
      bump();
    },
    move(delta) {
      const live = order.filter((id) => !progress.current.has(id));
      if (live.length === 0) return;
      const at = current === null ? -1 : live.indexOf(current);
      const to = Math.max(0, Math.min(live.length - 1, at + delta));
      wanted.current = live[to]!;
      bump();
    },
    acted(id) {
      progress.current.add(id);
      if (wanted.current === id || wanted.current === null)
        wanted.current = nextAfter(order, id, progress.current);
      bump();
    },
    failed(id) {
      if (progress.current.delete(id)) bump();
    },
  };
}
