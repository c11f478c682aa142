// The beamer while a deck item is on screen (DECK-7, DECK-8): the current slide over the whole
// screen, the next one drawn ahead, and with the join overlay a small QR and the code in a
// corner. It follows every `deck.moved`; a reconnecting beamer lands on the slide of the snapshot.

import type { DeckActivity } from '../../../shared/deck-item.js';
import { qrPath } from '../../lib/api.js';
import { t } from '../../lib/i18n.js';
import { DeckSlide } from '../../deck/DeckSlide.js';
import type { JoinProps } from '../../projector/Join.js';
import { useDeck } from './useDeck.js';

/** The hall reads a calm sentence, never an error (DECK-17): a deleted deck is simply not there. */
const STAGE_TEXT = {
  loading: 'deck.loading',
  failed: 'deck.failed',
  gone: 'deck2.goneStage',
} as const;

export function DeckStage({ deck: a, join }: { deck: DeckActivity; join: JoinProps }) {
  const state = useDeck(a, join.code);
  const { slide, to } = a.config;
  return (
    <main
      class="deck-stage"
      data-testid="deck-stage"
      data-slide={slide}
      data-state={typeof state === 'object' ? 'open' : state}
    >
      {typeof state === 'object' ? (
        <DeckSlide
          deck={state.deck}
          slide={slide}
          prerender={slide < to ? [slide + 1] : []}
          class="deck-main"
        />
      ) : (
        <p class="deck-stage__message" role={state === 'failed' ? 'alert' : 'status'}>
          {t(STAGE_TEXT[state])}
        </p>
      )}
      {a.config.joinOverlay && (
        <aside class="deck-overlay" data-testid="deck-overlay" aria-label={t('projector.join')}>
          <img
            class="deck-overlay__qr"
            src={qrPath(join.code, join.roomId)}
            alt={t('projector.qrAlt', { url: join.joinUrl })}
          />
          <span class="deck-overlay__code">{join.code}</span>
        </aside>
      )}
    </main>
  );
}
