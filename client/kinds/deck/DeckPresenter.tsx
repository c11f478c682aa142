// The presenter's view of a deck item (DECK-7), on the speaker tablet and in the chair's
// console: the current slide large, the next one beside it, "Dia n van m", and big buttons to
// move. The speaker's keys (→ ← space PageDown PageUp Home End, as a remote clicker sends them)
// are taken here; the chair's go through its own keyboard (chair/keys.ts).

import type { ComponentChild } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { deckKeyTarget, type DeckActivity } from '../../../shared/deck-item.js';
import { DeckSlide } from '../../deck/DeckSlide.js';
import { t, type MessageKey } from '../../lib/i18n.js';
import type { Outbox } from '../../lib/outbox.js';
import { isTextField } from '../../lib/text-field.js';
import { usePhoneImage } from './phoneImage.js';
import { useDeck } from './useDeck.js';

interface Props {
  deck: DeckActivity;
  code: string | undefined;
  /** Sends `deck.goto`; null: this screen only watches. */
  outbox: Outbox | null;
  /** Whether this view takes the slide keys itself (the speaker screen). */
  keys?: boolean;
  /** Shown under the next slide: the pitch's Q&A on the speaker screen. */
  aside?: ComponentChild;
}

export function DeckPresenter({ deck: a, code, outbox, keys = false, aside }: Props) {
  const state = useDeck(a, code);
  usePhoneImage(a, code, state, outbox !== null);
  const { slide, from, to, pages } = a.config;
  // A deleted deck (DECK-17) has no slides to move to: the buttons say so instead (DECK-34).
  const gone = state === 'gone';
  // A key pressed again before the room confirmed the last one moves on from the one asked.
  const asked = useRef<{ slide: number; at: number } | null>(null);
  const go = (target: number) => {
    if (!outbox || gone || target < from || target > to) return;
    asked.current = { slide: target, at: Date.now() };
    outbox.push({ type: 'deck.goto', activityId: a.id, slide: target });
  };
  const base = () => {
    const q = asked.current;
    return q && q.slide !== slide && Date.now() - q.at < 5000 ? q.slide : slide;
  };
  const latest = useRef({ go, base, from, to });
  latest.current = { go, base, from, to };

  useEffect(() => {
    if (!keys) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTextField(e.target)) return;
      const l = latest.current;
      const target = deckKeyTarget(e.key, l.base(), l.from, l.to);
      if (target !== null) l.go(target);
      if (['ArrowRight', 'ArrowLeft', 'PageDown', 'PageUp', ' ', 'Home', 'End'].includes(e.key))
        e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [keys]);

  const next = slide < to ? slide + 1 : null;
  return (
    <section class="deck-presenter" data-testid="deck-presenter" data-slide={slide}>
      <div class="deck-presenter__now">
        {typeof state === 'object' ? (
          <DeckSlide
            deck={state.deck}
            slide={slide}
            prerender={next ? [next] : []}
            class="deck-main"
          />
        ) : (
          <p
            class="deck-presenter__message"
            data-testid="deck-message"
            role={state === 'loading' ? 'status' : 'alert'}
          >
            {t(
              state === 'gone'
                ? 'deck2.gonePresenter'
                : state === 'failed'
                  ? 'deck.failed'
                  : 'deck.loading',
            )}
          </p>
        )}
      </div>
      <div class="deck-presenter__side">
        <p class="deck-presenter__count" data-testid="deck-count" aria-live="polite">
          {t('deck.slide', { n: slide, total: pages })}
        </p>
        {outbox && (
          <div class="deck-presenter__buttons">
            <button
              type="button"
              class="btn"
              data-testid="deck-prev"
              disabled={gone || slide <= from}
              aria-describedby={gone ? 'deck-gone-reason' : undefined}
              onClick={() => go(base() - 1)}
            >
              ← {t('deckshow.prev')}
            </button>
            <button
              type="button"
              class="btn btn--primary"
              data-testid="deck-next"
              disabled={gone || slide >= to}
              aria-describedby={gone ? 'deck-gone-reason' : undefined}
              onClick={() => go(base() + 1)}
            >
              {t('deckshow.nextButton')} →
            </button>
            {gone && (
              <p class="muted" id="deck-gone-reason" data-testid="deck-buttons-off">
                {t('deck3.buttonsOff')}
              </p>
            )}
          </div>
        )}
        {next !== null && typeof state === 'object' ? (
          <figure class="deck-presenter__next">
            <figcaption>{t('deck.next')}</figcaption>
            <DeckSlide deck={state.deck} slide={next} class="deck-next" />
          </figure>
        ) : (
          next === null && <After deck={a} />
        )}
        {aside}
      </div>
    </section>
  );
}

/** What the agenda calls the next item: its kind's name (as chair.kind.*), else only its title. */
const KIND_NAMES: Record<string, MessageKey> = {
  wall: 'chair.kind.wall',
  poll: 'chair.kind.poll',
  qa: 'chair.kind.qa',
  round: 'chair.kind.round',
  slide: 'chair.kind.slide',
  deck: 'chair.kind.deck',
  ranking: 'chair.kind.ranking',
};

/** At the item's last slide: that it is the last, and what comes next on the agenda (DECK-14). */
function After({ deck: a }: { deck: DeckActivity }) {
  const part = a.config.to < a.config.pages;
  if (a.next === undefined) {
    return (
      <p class="deck-presenter__after" data-testid="deck-after">
        {t(part ? 'deckshow.partEnd' : 'deckshow.lastSlide')}
      </p>
    );
  }
  const n = a.next;
  return (
    <div class="deck-presenter__after" data-testid="deck-after">
      <p>{t(part ? 'deck2.partEnd' : 'deckshow.lastSlide')}</p>
      <p class="deck-presenter__upnext" data-testid="deck-upnext">
        {n
          ? t('deck2.upNext', { kind: t(KIND_NAMES[n.kind] ?? 'chair.kind.slide'), title: n.title })
          : t('deck2.agendaEnd')}
      </p>
    </div>
  );
}
