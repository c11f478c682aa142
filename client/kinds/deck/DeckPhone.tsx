// A deck item on the phone (DECK-10): the deck's title and "Dia 3 van 12", text only (the phone
// never loads pdf.js nor the PDF). With `phoneImage` on, "Bekijk dia" opens the slide on screen
// as a small JPEG from Vonk's own origin once the presenting screen has uploaded it (DECK-31).

import { deckSlideUrl, type DeckActivity } from '../../../shared/deck-item.js';
import { t } from '../../lib/i18n.js';
import type { Session } from '../../lib/session.js';

export function DeckPhone({ deck: a, session }: { deck: DeckActivity; session: Session }) {
  const { slide, pages, deckId, phoneToken, phoneImage, images } = a.config;
  const code = session.conn.view.event.value?.code;
  const ready = phoneImage && code && phoneToken && images?.includes(slide);
  return (
    <section class="deck-phone" data-testid="deck-phone">
      <h2 class="deck-phone__title">{a.title}</h2>
      <p class="deck-phone__count" data-testid="deck-phone-count" aria-live="polite">
        {t('deck.slide', { n: slide, total: pages })}
        {ready && (
          <>
            {' — '}
            <a
              class="deck-phone__open"
              data-testid="deck-phone-open"
              href={deckSlideUrl(code, deckId, slide, `v=${encodeURIComponent(phoneToken)}`)}
              aria-label={t('deck3.phoneOpenLabel', { n: slide })}
              target="_blank"
              rel="noopener"
            >
              {t('deck3.phoneOpen')}
            </a>
          </>
        )}
      </p>
      {phoneImage && !ready && <p class="muted">{t('deck3.phoneWaiting')}</p>}
      <p class="muted">{t('slide.watchScreen')}</p>
    </section>
  );
}
