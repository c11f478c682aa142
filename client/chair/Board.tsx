// The chair's board of a moderated activity (a wall, a Q&A): the approved items in the screen's
// order, each with what the chair can do to it, and below them what was taken off, each with a
// way back. The kinds fill in their items; the list, the items' frame and the counts are here.
import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '../lib/i18n.js';

interface ListProps {
  title: MessageKey;
  empty: MessageKey;
  count: number;
  testId: string;
  children: ComponentChildren;
}

/** The approved items under the column's heading (`wall-heading`, the column's label). */
export function BoardList({ title, empty, count, testId, children }: ListProps) {
  return (
    <>
      <h2 id="wall-heading" class="section-title">
        {t(title)} <span class="count-pill">{count}</span>
      </h2>
      {count === 0 && <p class="muted">{t(empty)}</p>}
      <ul class="chair-wall" data-testid={testId}>
        {children}
      </ul>
    </>
  );
}

interface ItemProps {
  id: string;
  testId: string;
  /** A state class beside `chair-wall__item`: is-pinned, is-staged, is-removed. */
  is?: string | false | undefined;
  status?: string;
  /** Badges above the text. */
  badges?: ComponentChildren;
  text: string;
  meta: ComponentChildren;
  /** The buttons; none, no actions row. */
  actions?: ComponentChildren;
  /** Below the actions (the plenary's label form). */
  children?: ComponentChildren;
}

/** One item of a board: its badges, text, who wrote it and more, and its buttons. */
export function BoardItem(p: ItemProps) {
  return (
    <li
      class={p.is ? `chair-wall__item ${p.is}` : 'chair-wall__item'}
      data-testid={p.testId}
      data-id={p.id}
      data-status={p.status}
    >
      {p.badges}
      <p class="statement-text">{p.text}</p>
      <p class="statement-meta">{p.meta}</p>
      {p.actions && <div class="actions">{p.actions}</div>}
      {p.children}
    </li>
  );
}

interface RemovedProps {
  id: string;
  title: MessageKey;
  empty: MessageKey;
  count: number;
  children: ComponentChildren;
}

/** What was taken off the screen (a wall's statements, a Q&A's questions), each with a way back. */
export function RemovedList({ id, title, empty, count, children }: RemovedProps) {
  return (
    <section class="removed" aria-labelledby={id}>
      <h3 id={id} class="section-title section-title--small">
        {t(title)} <span class="count-pill">{count}</span>
      </h3>
      {count === 0 && <p class="muted">{t(empty)}</p>}
      <ul class="chair-wall">{children}</ul>
    </section>
  );
}
