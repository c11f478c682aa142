// Only the rows in sight are in the page (ORG-21): a list longer than VIRTUAL_FROM rows draws
// the rows inside its scroll box and a few around them, with spacers of the other rows' height
// above and below, so 600 rooms cost the page what 30 do. Rows have one fixed height (CSS
// `--ov-row`); the first drawn row is measured, so a different font size does not drift.

import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/** A row's height in px: the CSS `--ov-row` of the overview (at most 40 px, ROOM-8). */
export const ROW_PX = 36;
/** Lists up to this long are drawn whole (find-in-page works on them as on any page). */
export const VIRTUAL_FROM = 120;
/** Rows drawn beyond each edge of the box, so scrolling and Tab never meet a gap. */
const OVERSCAN = 12;

export interface RowWindow {
  start: number;
  end: number;
  /** Heights of the spacers before and after the drawn rows, in px (0 when drawn whole). */
  before: number;
  after: number;
}

/** Which rows of `count` to draw for a box scrolled to `top` showing `height` px. */
export function rowWindow(count: number, top: number, height: number, rowPx: number): RowWindow {
  if (count <= VIRTUAL_FROM) return { start: 0, end: count, before: 0, after: 0 };
  const first = Math.floor(Math.max(0, top) / rowPx);
  const start = Math.max(0, Math.min(count, first - OVERSCAN));
  const end = Math.min(count, first + Math.ceil(height / rowPx) + OVERSCAN);
  return { start, end, before: start * rowPx, after: (count - end) * rowPx };
}

/**
 * The window of rows for a scroll box: pass `onScroll` to the box and `box`/`firstRow` as refs.
 * Before the box is measured its height is taken as the window's, which is more than the box
 * ever shows.
 */
export function useVirtualRows(count: number) {
  const box = useRef<HTMLDivElement>(null);
  const firstRow = useRef<HTMLTableRowElement>(null);
  const [view, setView] = useState({ top: 0, height: window.innerHeight });
  const [rowPx, setRowPx] = useState(ROW_PX);
  const frame = useRef(0);
  const read = () => {
    frame.current = 0;
    const el = box.current;
    if (el) setView({ top: el.scrollTop, height: el.clientHeight || window.innerHeight });
  };
  const onScroll = () => {
    if (!frame.current) frame.current = requestAnimationFrame(read);
  };
  useLayoutEffect(() => {
    const h = firstRow.current?.getBoundingClientRect().height;
    if (h && Math.abs(h - rowPx) > 0.5) setRowPx(h);
  });
  useLayoutEffect(() => {
    window.addEventListener('resize', onScroll);
    return () => {
      window.removeEventListener('resize', onScroll);
      cancelAnimationFrame(frame.current);
    };
  }, []);
  return { box, firstRow, onScroll, window: rowWindow(count, view.top, view.height, rowPx) };
}
