// A deck shown on its own (DECK-5), before it is part of the agenda: the projector, speaker or
// chair page opened with `?deck=<id>&v=<token>` shows that deck of its event instead of its
// usual view, from `?slide=` on. Keys move through it as a remote clicker sends them; the slide
// is kept in the address, so a reload lands on it. The projector shows the slide alone, the
// speaker and chair the slide with the next one beside it.

import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n.js';
import { DeckSlide } from './DeckSlide.js';
import { slideForKey } from './fit.js';
import { openDeck, type Deck } from './renderer.js';
import './deck.css';

export type PreviewLayout = 'projector' | 'presenter';

/** The deck's file on this origin, from the page's address; null when it names none. */
export function previewUrl(loc: Location = location): string | null {
  const q = new URLSearchParams(loc.search);
  const deck = q.get('deck');
  const token = q.get('v');
  const code = loc.pathname.split('/')[2];
  if (!deck || !token || !code) return null;
  const e = encodeURIComponent;
  return `/api/events/${e(code)}/decks/${e(deck)}/file?v=${e(token)}`;
}

function startSlide(): number {
  const n = Number(new URLSearchParams(location.search).get('slide'));
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

function Preview({ url, layout }: { url: string; layout: PreviewLayout }) {
  const [deck, setDeck] = useState<Deck | null>(null);
  const [failed, setFailed] = useState(false);
  const [slide, setSlide] = useState(startSlide);

  useEffect(() => {
    let open: Deck | null = null;
    let live = true;
    openDeck(url).then(
      (d) => {
        if (!live) return d.destroy();
        open = d;
        setSlide((s) => Math.min(s, d.pages));
        setDeck(d);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
      open?.destroy();
    };
  }, [url]);

  useEffect(() => {
    if (!deck) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const next = slideForKey(e.key, slide, deck.pages);
      if (next === null) return;
      e.preventDefault();
      setSlide(next);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [deck, slide]);

  useEffect(() => {
    const u = new URL(location.href);
    if (u.searchParams.get('slide') === String(slide)) return;
    u.searchParams.set('slide', String(slide));
    history.replaceState(history.state, '', u);
  }, [slide]);

  if (failed)
    return (
      <main class="deck-preview deck-preview--message">
        <p role="alert">{t('deck.failed')}</p>
      </main>
    );
  if (!deck)
    return (
      <main class="deck-preview deck-preview--message">
        <p role="status">{t('deck.loading')}</p>
      </main>
    );
  const next = slide < deck.pages ? slide + 1 : null;
  if (layout === 'projector')
    return (
      <main class="deck-preview deck-preview--projector" data-slide={slide}>
        <DeckSlide deck={deck} slide={slide} prerender={next ? [next] : []} class="deck-main" />
      </main>
    );
  return (
    <main class="deck-preview deck-preview--presenter" data-slide={slide}>
      <DeckSlide deck={deck} slide={slide} prerender={next ? [next] : []} class="deck-main" />
      <aside class="deck-preview__side">
        <p class="deck-preview__count" aria-live="polite">
          {t('deck.slide', { n: slide, total: deck.pages })}
        </p>
        {next !== null && (
          <figure class="deck-preview__next">
            <figcaption>{t('deck.next')}</figcaption>
            <DeckSlide
              deck={deck}
              slide={next}
              prerender={next < deck.pages ? [next + 1] : []}
              class="deck-next"
            />
          </figure>
        )}
      </aside>
    </main>
  );
}

export function mountPreview(root: HTMLElement, url: string, layout: PreviewLayout): void {
  render(<Preview url={url} layout={layout} />, root);
}
