// The room's decks in the chair's console (DECK-22): folded away under the settings, so the
// queue keeps the top of a phone; opened, the shared upload form and list (deck/DeckUpload.tsx).

import { DeckUpload } from '../deck/DeckUpload.js';
import { t } from '../lib/i18n.js';

export function DeckSection(props: { code: string; roomId: string; chairKey: string }) {
  return (
    <details class="settings chair-decks" data-testid="chair-decks">
      <summary class="section-title" data-testid="chair-decks-open">
        {t('deckup.title')}
      </summary>
      <DeckUpload
        code={props.code}
        roomId={props.roomId}
        auth={{ chairKey: props.chairKey }}
        level={3}
      />
    </details>
  );
}
