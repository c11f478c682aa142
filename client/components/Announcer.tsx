// The phone's one polite live region: what a view had not shown before, said once per page load.
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';

/**
 * The page's one polite live region. Screen readers read what is put here when they are idle:
 * a new statement on the wall, a poll's result, the next step of a round. Components never
 * announce by being live themselves, so a re-render or a reconnect snapshot that redraws a
 * list says nothing.
 */
const message = signal('');
/** Keys already said (or already there when the page first showed them), per page load. */
const known = new Set<string>();
/** Scopes (a wall, a poll, a round) whose first contents have been seen. */
const primed = new Set<string>();

export function announce(text: string): void {
  // The same words twice in a row are not read again unless the text changes: vary a space.
  message.value = message.value === text ? `${text}\u00a0` : text;
}

export interface Announcement {
  key: string;
  text: string;
}

/**
 * Announces the items of a scope that this page has not seen before. What a scope holds when
 * it is first shown is already on the screen, so it is taken as known and not read out; after
 * that, only keys never seen before are said, at most a few at a time.
 */
export function announceNew(
  scope: string,
  items: readonly Announcement[],
  many?: (n: number) => string,
): void {
  const fresh = items.filter((i) => !known.has(i.key));
  for (const i of items) known.add(i.key);
  if (!primed.has(scope)) {
    primed.add(scope);
    return;
  }
  if (fresh.length === 0) return;
  if (fresh.length > 3 && many) announce(many(fresh.length));
  else announce(fresh.map((i) => i.text).join(' '));
}

/** announceNew after each render, for the items a component shows. */
export function useAnnounceNew(
  scope: string,
  items: readonly Announcement[],
  many?: (n: number) => string,
): void {
  useEffect(() => announceNew(scope, items, many));
}

export function Announcer() {
  return (
    <div class="vh" role="status" aria-live="polite" data-testid="announcer">
      {message.value}
    </div>
  );
}
