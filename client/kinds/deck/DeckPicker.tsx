// "Presentatie" in the chair's add buttons (DECK-6): a dialog that lists this room's uploaded
// decks (the decks API); picking one puts it on the agenda as a deck item with all its slides.
// A room without decks gets the upload form right here (DECK-15); the new deck is then offered.

import { useEffect, useRef, useState } from 'preact/hooks';
import type { DeckInfo } from '../../../shared/deck.js';
import type { EventInfo, RoomSummary } from '../../../shared/model.js';
import { DeckUpload } from '../../deck/DeckUpload.js';
import { api } from '../../lib/api.js';
import { t } from '../../lib/i18n.js';
import '../../components/dialog.css';

interface Props {
  event: EventInfo;
  room: RoomSummary;
  chairKey: string;
  onPick: (deck: DeckInfo) => void;
  onClose: () => void;
}

type Listing = DeckInfo[] | 'loading' | 'failed';

export function DeckPicker({ event, room, chairKey, onPick, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [decks, setDecks] = useState<Listing>('loading');
  useEffect(() => {
    dialog.current?.showModal();
    const q = new URLSearchParams({ room: room.id, k: chairKey });
    let live = true;
    void api<{ decks: DeckInfo[] }>(
      `/api/events/${encodeURIComponent(event.code)}/decks?${q.toString()}`,
    ).then((r) => live && setDecks(r.ok ? r.data.decks : 'failed'));
    return () => {
      live = false;
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      class="dialog deck-picker"
      aria-labelledby="deck-picker-title"
      data-testid="deck-picker"
      onClose={onClose}
    >
      <h2 id="deck-picker-title">{t('deckshow.pick.title')}</h2>
      {decks === 'loading' ? (
        <p role="status">{t('common.loading')}</p>
      ) : decks === 'failed' ? (
        <p role="alert">{t('deckshow.pick.failed')}</p>
      ) : decks.length === 0 ? (
        <>
          <p>{t('deckshow.pick.none')}</p>
          <DeckUpload
            code={event.code}
            roomId={room.id}
            auth={{ chairKey }}
            level={3}
            listed={false}
            onAdded={(d) => setDecks([d])}
          />
        </>
      ) : (
        <ul class="deck-picker__list">
          {decks.map((d) => (
            <li key={d.id}>
              <button
                type="button"
                class="btn deck-picker__deck"
                data-testid="deck-pick"
                onClick={() => onPick(d)}
              >
                <span class="deck-picker__name">{d.title}</span>
                <span class="deck-picker__pages">{t('deckshow.pick.pages', { n: d.pages })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" class="btn" onClick={() => dialog.current?.close()}>
        {t('deckshow.pick.close')}
      </button>
    </dialog>
  );
}
