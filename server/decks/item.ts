// A deck item's link to its stored deck (DECK-4, DECK-6): the file's access tokens, and the
// stored deck looked up before a chair's `activity.create` of a deck item reaches the room, so
// the pure kind (kinds/deck/) gets the deck's title, pages and tokens, or a deck of another
// room is refused as not found.

import { createHmac } from 'node:crypto';
import type { CommandMessage } from '../../shared/protocol.js';
import { ErrorCode } from '../../shared/protocol.js';
import type { Store } from '../store/types.js';

export type DeckAudience = 'screen' | 'phone';

/** The access token of a deck's file for the screens (chair, speaker, projector) or phones. */
export function deckToken(key: string, deckId: string, audience: DeckAudience): string {
  return createHmac('sha256', key)
    .update(`deck:${deckId}:${audience}`)
    .digest('base64url')
    .slice(0, 24);
}

export type DeckLookup =
  { ok: true; cmd: CommandMessage } | { ok: false; code: ErrorCode; message: string };

/**
 * A deck item's creation with the stored deck filled in; any other command as it came. The
 * deck must be of this room (another room's, or none: `not_found`).
 */
export async function withStoredDeck(
  store: Store,
  key: string,
  roomId: string,
  cmd: CommandMessage,
): Promise<DeckLookup> {
  if (cmd.type !== 'activity.create' || cmd.kind !== 'deck') return { ok: true, cmd };
  const deck = await store.getDeck(cmd.config.deckId);
  if (!deck || deck.roomId !== roomId) {
    return { ok: false, code: ErrorCode.NotFound, message: 'no such deck in this room' };
  }
  const config = {
    ...cmd.config,
    deckTitle: deck.title,
    pages: deck.pages,
    screenToken: deckToken(key, deck.id, 'screen'),
    phoneToken: deckToken(key, deck.id, 'phone'),
  };
  return { ok: true, cmd: { ...cmd, config } };
}
