// Decks for the socket tests: a real PDF uploaded to a room over HTTP as the organizer does it,
// and the deck item as a client holds it.

import { expect } from 'vitest';
import type { DeckInfo } from '../../shared/deck.js';
import type { DeckActivity } from '../../shared/deck-item.js';
import { deckPdf } from './pdfs.js';
import { showNewActivity } from './scenario.js';
import type { TestClient } from './ws-client.js';

/** Uploads a `pages`-slide PDF to room `roomId` of event `code`; expects 201, returns the deck. */
export async function uploadDeck(
  srv: { url: string; adminToken?: string | null },
  code: string,
  roomId: string,
  pages: number,
  title?: string,
): Promise<DeckInfo> {
  const query = title === undefined ? '' : `?title=${encodeURIComponent(title)}`;
  const res = await fetch(`${srv.url}/api/events/${code}/rooms/${roomId}/decks${query}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${srv.adminToken}`, 'content-type': 'application/pdf' },
    body: (await deckPdf(pages)) as Uint8Array<ArrayBuffer>,
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { deck: DeckInfo }).deck;
}

/** `uploadDeck` into the scene's event: (roomId, pages, title). */
export const uploaderFor =
  (scene: { srv: { url: string; adminToken: string | null }; ev: { code: string } }) =>
  (roomId: string, pages: number, title: string) =>
    uploadDeck(scene.srv, scene.ev.code, roomId, pages, title);

/** The deck item `id` as client `c` holds it, if it has it. */
export const deckOf = (c: { activities: Map<string, unknown> }, id: string) =>
  c.activities.get(id) as DeckActivity | undefined;

/** The chair puts deck `deckId` on the agenda and on screen; resolves with the item's id. */
export const showDeck = (chair: TestClient, deckId: string, config: object = {}) =>
  showNewActivity(chair, { kind: 'deck', title: '', config: { deckId, ...config } });
