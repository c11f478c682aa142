import { useRef } from 'preact/hooks';
import { PROJECTOR_BODY_MIN } from '../../shared/brand.js';
import type { StatementView } from '../../shared/model.js';
import { t, type MessageKey } from '../lib/i18n.js';
import { fitFont, useFit } from './fit.js';
import { formatNumber } from '../lib/poll.js';

/** Never more than this on screen; beyond it nobody at the back can read anything anyway. */
const MAX_ITEMS = 60;

/** The largest font as a fraction of the stage height, so the wall scales with the beamer. */
const MAX_FRACTION = 0.1;

/**
 * The largest font size at which the wall fits the stage: a handful of statements fill the
 * screen in huge letters, a busy wall shrinks down to a size still readable from the back.
 * Whatever does not fit even then (the oldest, as the wall is newest first) is hidden.
 */
function fit(stage: HTMLElement, wall: HTMLElement, maxFraction: number): void {
  const height = stage.clientHeight;
  const items = Array.from(wall.children) as HTMLElement[];
  for (const el of items) el.hidden = false;
  // The smallest is the hall minimum, a fraction of the screen (not the stage) height.
  const min = Math.max(16, window.innerHeight * PROJECTOR_BODY_MIN);
  if (fitFont(stage, wall, min, Math.max(min, height * maxFraction))) return;
  for (const el of items) {
    if (el.offsetTop + el.offsetHeight > height) el.hidden = true;
  }
}

interface Props {
  items: StatementView[];
  /** The largest font as a fraction of the stage height; a low strip needs a larger one. */
  maxFraction?: number;
  /** What an empty stage says (a round's step has its own line). */
  empty?: MessageKey;
}

export function ProjectorWall({
  items,
  maxFraction = MAX_FRACTION,
  empty = 'projector.empty',
}: Props) {
  const stage = useRef<HTMLDivElement>(null);
  const wall = useRef<HTMLOListElement>(null);
  // Grouped items (the plenary's harvest) stand together; the order within a group is kept.
  const ordered = items.some((s) => s.group)
    ? [...items].sort(
        (a, b) =>
          Number(b.pinned) - Number(a.pinned) ||
          (a.group ?? '\uffff').localeCompare(b.group ?? '\uffff'),
      )
    : items;
  const shown = ordered.length > MAX_ITEMS ? ordered.slice(0, MAX_ITEMS) : ordered;

  // Text length matters as much as the count, so refit on any change to what is shown.
  const signature = shown
    .map((s) => `${s.id}:${s.pinned ? 1 : 0}:${s.hearts}:${s.text.length}:${s.group ?? ''}`)
    .join('|');
  useFit(stage, signature, (el) => {
    if (wall.current) fit(el, wall.current, maxFraction);
  });

  return (
    <div class="projector__wall-stage" ref={stage}>
      {shown.length === 0 && <p class="projector__empty">{t(empty)}</p>}
      <ol class="projector__wall" data-testid="projector-wall" ref={wall} data-count={shown.length}>
        {shown.map((s) => (
          <li
            key={s.id}
            class={s.pinned ? 'projector-item is-pinned' : 'projector-item'}
            data-testid="projector-item"
            data-id={s.id}
          >
            {s.group && <p class="projector-item__group">{s.group}</p>}
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
    </div>
  );
}
