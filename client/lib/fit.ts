/**
 * Sets the largest font size (px, between lo and hi) on `el` for which `fits()` holds. A short
 * question fills the screen in huge letters; a long one shrinks, never below `lo`.
 */
export function fitFont(el: HTMLElement, lo: number, hi: number, fits: () => boolean): void {
  const at = (px: number) => {
    el.style.fontSize = `${px}px`;
    return fits();
  };
  lo = Math.round(lo);
  hi = Math.max(lo, Math.round(hi));
  if (at(hi)) return;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (at(mid)) lo = mid;
    else hi = mid - 1;
  }
  el.style.fontSize = `${lo}px`;
}

/**
 * Layout bottom of `el` inside `box`, which must be its offsetParent (position: relative).
 * Offsets ignore transforms, so a list that is still sliding (FLIP) measures where it will end.
 */
const bottomOf = (el: HTMLElement) => el.offsetTop + el.offsetHeight;

/** True when every child of `box` ends within its height. */
export function contentFits(box: HTMLElement): boolean {
  let bottom = 0;
  for (const el of Array.from(box.children) as HTMLElement[])
    bottom = Math.max(bottom, bottomOf(el));
  return bottom <= box.clientHeight + 1;
}

/** Hides the children of `list` that would be cut off at the bottom of `box`: no half rows. */
export function hideOverflow(box: HTMLElement, list: HTMLElement): void {
  for (const el of Array.from(list.children) as HTMLElement[]) {
    el.hidden = bottomOf(el) > box.clientHeight + 1;
  }
}
