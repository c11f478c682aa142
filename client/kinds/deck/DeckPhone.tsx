// A deck item on the phone (DECK-10): the deck's title and "Dia 3 van 12", text only (the phone
// never loads pdf.js); with `phoneImage` on, a link that opens the PDF at the current slide with
// the phones' token (it opens only while the deck allows phone viewing, DECK-4).

import { deckFileUrl, type DeckActivity } from '../../../shared/deck-item.js';
import { t } from '../../lib/i18n.js';
import type { Session } from '../../lib/session.js';

export function DeckPhone({ deck: a, session }: { deck: DeckActivity; session: Session }) {
  const { slide, pages, deckId, phoneToken, phoneImage } = a.config;
  const code = session.conn.view.event.value?.code;
  return (
    <section class="deck-phone" data-testid="deck-phone">
      <h2 class="deck-phone__title">{a.title}</h2>
      <p class="deck-phone__count" data-testid="deck-phone-count" aria-live="polite">
        {t('deck.slide', { n: slide, total: pages })}
      </p>
      {phoneImage && code && (
        <p>
          <a
            class="btn deck-phone__open"
            data-testid="deck-phone-open"
            href={deckFileUrl(code, deckId, phoneToken, slide)}
            target="_blank"
            rel="noopener"
          >
            {t('deckshow.phone.open')}
          </a>
        </p>
      )}
      <p class="muted">{t('slide.watchScreen')}</p>
    </section>
  );
}
