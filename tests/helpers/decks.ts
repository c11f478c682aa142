// A deck uploaded by the organizer over HTTP (DECK-1): a real PDF of `pages` slides (pdfs.ts).

import { expect } from 'vitest';
import type { DeckInfo } from '../../shared/deck.js';
import { deckPdf } from './pdfs.js';

export async function uploadDeck(
  srv: { url: string; adminToken?: string | null },
  code: string,
  roomId: string,
  pages: number,
  title = '',
): Promise<DeckInfo> {
  const q = title ? `?title=${encodeURIComponent(title)}` : '';
  const res = await fetch(`${srv.url}/api/events/${code}/rooms/${roomId}/decks${q}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${srv.adminToken}`, 'content-type': 'application/pdf' },
    body: (await deckPdf(pages)) as Uint8Array<ArrayBuffer>,
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { deck: DeckInfo }).deck;
}
