// The wall on the beamer: approved statements in the chair's order, paged when they do not fit.
import type { ComponentChild } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { PROJECTOR_BODY_MIN, PROJECTOR_SUPPORT_MIN } from '../../../shared/brand.js';
import type { StatementView } from '../../../shared/model.js';
import { dwellOf, pageAt, sortForWall, type WallOrder } from '../../../shared/wall-order.js';
import { t, type MessageKey } from '../../lib/i18n.js';
import { fitFont, useFit } from '../../projector/fit.js';
import { layoutPages, showPage, unplace, usePageIndex, type Pages } from './pages.js';
import { formatNumber } from '../../lib/poll.js';

/** The largest font as a fraction of the stage height, so the wall scales with the beamer. */
const MAX_FRACTION = 0.1;

/**
 * The largest font size at which the wall fits the stage: a handful of statements fill the
 * screen in huge letters, a busy wall shrinks down to a size still readable from the back.
 * What does not fit even then is cut into pages (WALL-9); returns them, or [] for one page.
 */
function fit(stage: HTMLElement, wall: HTMLElement, maxFraction: number): Pages {
  showPage(wall, undefined);
  unplace(wall);
  const height = stage.clientHeight;
  // The smallest is the hall minimum, a fraction of the screen (not the stage) height.
  const min = Math.max(16, window.innerHeight * PROJECTOR_BODY_MIN);
  wall.classList.remove('is-paged');
  if (fitFont(stage, wall, min, Math.max(min, height * maxFraction))) return [];
  // Measured as it will be shown: a paged wall's pinned items are not enlarged.
  wall.classList.add('is-paged');
  wall.style.fontSize = `${Math.round(min)}px`;
  // The page indicator sits at the bottom of the stage, below the last row.
  const reserve = Math.ceil(window.innerHeight * PROJECTOR_SUPPORT_MIN * 1.6);
  const pages = layoutPages(wall, height - reserve);
  if (pages.length > 1) return pages;
  wall.classList.remove('is-paged');
  unplace(wall);
  return [];
}

interface Props {
  items: StatementView[];
  /** The largest font as a fraction of the stage height; a low strip needs a larger one. */
  maxFraction?: number;
  /** What an empty stage says (a round's step has its own line). */
  empty?: MessageKey;
  /** The chair's order (a wall's setting); pinned items come first in any order. */
  order?: WallOrder | undefined;
  /** Seconds per page when not everything fits at once. */
  dwell?: number | undefined;
  /** The items come in the order to show (a poll's whys, grouped by option). */
  keepOrder?: boolean;
  /** Something to show on each card above its text (a why's option). */
  badge?: (s: StatementView) => ComponentChild;
}

export function ProjectorWall({
  items,
  maxFraction = MAX_FRACTION,
  empty = 'projector.empty',
  order,
  dwell,
  keepOrder = false,
  badge,
}: Props) {
  const stage = useRef<HTMLDivElement>(null);
  const wall = useRef<HTMLOListElement>(null);
  const [pages, setPages] = useState<Pages>([]);
  const seconds = dwellOf(dwell);
  const index = usePageIndex(pages.length, seconds);
  const sorted = keepOrder ? items : sortForWall(items, order);
  // Grouped items (the plenary's harvest) stand together; the order within a group is kept.
  const shown = sorted.some((s) => s.group)
    ? sorted.sort(
        (a, b) =>
          Number(b.pinned) - Number(a.pinned) ||
          (a.group ?? '\uffff').localeCompare(b.group ?? '\uffff'),
      )
    : sorted;

  // Text length matters as much as the count, so refit on any change to what is shown.
  const signature = shown
    .map((s) => `${s.id}:${s.pinned ? 1 : 0}:${s.hearts}:${s.text.length}:${s.group ?? ''}`)
    .join('|');
  useFit(stage, signature, (el) => {
    if (!wall.current) return;
    const next = fit(el, wall.current, maxFraction);
    const now = pageAt(Date.now(), seconds, next.length);
    showPage(wall.current, next[now]);
    setPages(next);
  });
  // The page turns with the clock; what is shown of the measured pages follows.
  useLayoutEffect(() => {
    if (wall.current && pages.length > 1) showPage(wall.current, pages[index]);
  }, [pages, index]);

  return (
    <div class="projector__wall-stage" ref={stage}>
      {shown.length === 0 && <p class="projector__empty">{t(empty)}</p>}
      <ol
        class={pages.length > 1 ? 'projector__wall is-paged' : 'projector__wall'}
        data-testid="projector-wall"
        ref={wall}
        data-count={shown.length}
      >
        {shown.map((s) => (
          <li
            key={s.id}
            class={s.pinned ? 'projector-item is-pinned' : 'projector-item'}
            data-testid="projector-item"
            data-id={s.id}
          >
            {s.group && <p class="projector-item__group">{s.group}</p>}
            {badge?.(s)}
            <p class="projector-item__text">{s.text}</p>
            {(s.name !== null || s.hearts > 0 || s.source) && (
              <p class="projector-item__meta">
                {s.source && (
                  <span class="projector-item__room" data-testid="projector-room">
                    {s.source.roomName}
                  </span>
                )}
                {s.name !== null && <span class="projector-item__name">{s.name}</span>}
                {s.hearts > 0 && (
                  <span class="projector-item__hearts">
                    <span aria-hidden="true">♥ </span>
                    {formatNumber(s.hearts, 0)}
                  </span>
                )}
              </p>
            )}
          </li>
        ))}
      </ol>
      {pages.length > 1 && (
        <p
          class="projector__pages"
          data-testid="projector-pages"
          data-page={index + 1}
          data-pages={pages.length}
        >
          {t('projector.pages', { n: index + 1, total: pages.length })}
        </p>
      )}
    </div>
  );
}
