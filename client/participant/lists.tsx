// The phone's lists of approved items (a wall, a round's contributions): the section with its
// heading and "nothing yet", and the page of a long list with a button for more.
import type { ComponentChild, ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../lib/i18n.js';

interface SectionProps {
  /** The heading's id; the section is labelled by it. */
  id: string;
  title: MessageKey;
  empty: MessageKey;
  count: number;
  testId: string;
  children: ComponentChildren;
  /** Below the list (the button for more). */
  after?: ComponentChild;
}

export function PhoneList({ id, title, empty, count, testId, children, after }: SectionProps) {
  return (
    <section class="wall-section" aria-labelledby={id}>
      <h2 id={id} class="section-title">
        {t(title)}
      </h2>
      {count === 0 && <p class="muted">{t(empty)}</p>}
      <ul class="wall" data-testid={testId}>
        {children}
      </ul>
      {after}
    </section>
  );
}

/** The first `page` items, and a button that shows `page` more while there are more. */
export function usePaged<T>(items: T[], page: number): { shown: T[]; more: ComponentChild } {
  const [limit, setLimit] = useState(page);
  const shown = items.length > limit ? items.slice(0, limit) : items;
  const more = items.length > limit && (
    <button type="button" class="btn btn--wide" onClick={() => setLimit(limit + page)}>
      {t('wall.more')}
    </button>
  );
  return { shown, more };
}
