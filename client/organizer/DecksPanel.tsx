// The organizer's decks (DECK-20…22): choose a room, then upload its pitch decks and keep its
// list (view, rename, phone view, delete). The form itself is deck/DeckUpload.tsx, which the
// chair's console shares.

import { useState } from 'preact/hooks';
import { DeckUpload } from '../deck/DeckUpload.js';
import { t } from '../lib/i18n.js';

export function DecksPanel(props: {
  code: string;
  headers: Record<string, string>;
  /** The event's rooms in their order (the event list's links carry each room's name). */
  rooms: { id: string; name?: string }[];
}) {
  const [chosen, setChosen] = useState<string | null>(null);
  const roomId =
    (chosen && props.rooms.some((r) => r.id === chosen) ? chosen : props.rooms[0]?.id) ?? null;
  return (
    <section class="decks-panel" aria-labelledby="decks-heading" data-testid="decks-panel">
      <h3 id="decks-heading">{t('deckup.title')}</h3>
      {roomId !== null && (
        <>
          <label for="decks-room">{t('deckup.room')}</label>
          <select
            id="decks-room"
            value={roomId}
            data-testid="decks-room"
            onChange={(e) => setChosen(e.currentTarget.value)}
          >
            {props.rooms.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name ?? r.id}
              </option>
            ))}
          </select>
          <DeckUpload code={props.code} roomId={roomId} auth={{ headers: props.headers }} />
        </>
      )}
    </section>
  );
}
