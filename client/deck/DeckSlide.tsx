// One slide of a deck filling its box (DECK-5): as large as fits without distortion, centred on
// black, drawn at the screen's pixel density, and the slides named in `prerender` drawn ahead
// into the deck's cache, so moving on only swaps a finished canvas in.

import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../lib/i18n.js';
import type { Deck } from './renderer.js';

interface Props {
  deck: Deck;
  slide: number;
  prerender?: number[];
  class?: string;
}

export function DeckSlide({ deck, slide, prerender = [], class: cls }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const host = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ w: number; h: number; dpr: number } | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () =>
      setSize((old) => {
        const next = { w: el.clientWidth, h: el.clientHeight, dpr: window.devicePixelRatio || 1 };
        return old && old.w === next.w && old.h === next.h && old.dpr === next.dpr ? old : next;
      });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, []);

  const ahead = prerender.filter((n) => n >= 1 && n <= deck.pages).join(',');
  useEffect(() => {
    const el = host.current;
    const outer = box.current;
    if (!el || !outer || !size || size.w < 1 || size.h < 1) return;
    let live = true;
    deck.render(slide, size.w, size.h, size.dpr).then(
      ({ canvas, fit }) => {
        if (!live) return;
        canvas.style.left = `${fit.left}px`;
        canvas.style.top = `${fit.top}px`;
        el.replaceChildren(canvas);
        outer.dataset.rendered = String(slide);
        outer.dataset.pixels = `${fit.pixelWidth}x${fit.pixelHeight}`;
        // Only now the next ones: the slide on screen is never kept waiting by them.
        const wanted = ahead ? ahead.split(',').map(Number) : [];
        void Promise.all(wanted.map((n) => deck.render(n, size.w, size.h, size.dpr))).then(
          () => {
            if (live) outer.dataset.ready = wanted.join(',');
          },
          () => undefined,
        );
      },
      () => {
        if (live) outer.dataset.failed = String(slide);
      },
    );
    return () => {
      live = false;
    };
  }, [deck, slide, size, ahead]);

  return (
    <div
      ref={box}
      class={`deck-slide${cls ? ` ${cls}` : ''}`}
      role="img"
      aria-label={t('deck.slide', { n: slide, total: deck.pages })}
    >
      <div ref={host} class="deck-slide__host" />
    </div>
  );
}
