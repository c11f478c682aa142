// The font size fitted to the beamer's stage, between the hall minimum and a maximum.
import { useEffect, useLayoutEffect, useState, type MutableRef } from 'preact/hooks';

/**
 * Sets the largest font size (in px, between lo and hi) at which `content` fits the height of
 * `stage`, by bisection. Returns whether it fits even at the smallest size.
 */
export function fitFont(stage: HTMLElement, content: HTMLElement, lo: number, hi: number): boolean {
  const height = stage.clientHeight;
  const fits = (px: number) => {
    content.style.fontSize = `${px}px`;
    return content.scrollHeight <= height + 1;
  };
  lo = Math.max(12, Math.round(lo));
  hi = Math.max(lo, Math.round(hi));
  if (fits(hi)) return true;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return fits(lo);
}

/**
 * Refits whenever `signature` (what is shown) changes or the stage is resized: a beamer can
 * change resolution, a window can be dragged to it.
 */
export function useFit(
  stage: MutableRef<HTMLElement | null>,
  signature: string,
  fit: (stage: HTMLElement) => void,
): void {
  const [resized, setResized] = useState(0);
  useEffect(() => {
    const el = stage.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setResized((n) => n + 1));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  useLayoutEffect(() => {
    if (stage.current) fit(stage.current);
  }, [signature, resized]);
}
