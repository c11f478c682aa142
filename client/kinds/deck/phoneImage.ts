// The slide on screen as a JPEG for phones (DECK-30): the screen that drives the deck (the
// chair's console or the speaker screen, with its link's key) already has pdf.js and the PDF,
// so it draws the slide at most 1280 px wide and uploads it once; the room then tells the
// phones that it exists (DECK-31). The phones never load pdf.js or the PDF for it.

import { useEffect } from 'preact/hooks';
import { DECK_LIMITS } from '../../../shared/deck.js';
import { deckSlideUrl, type DeckActivity } from '../../../shared/deck-item.js';
import type { Deck } from '../../deck/renderer.js';
import { queryParam } from '../../lib/route.js';
import type { DeckState } from './useDeck.js';

/** JPEG qualities tried in turn until the image fits the server's limit. */
const QUALITIES = [0.8, 0.6, 0.4];

async function upload(deck: Deck, url: string, slide: number, live: () => boolean) {
  for (const quality of QUALITIES) {
    const blob = await deck.jpeg(slide, DECK_LIMITS.slideImageWidth, quality);
    if (!live()) return;
    if (blob.size > DECK_LIMITS.slideImageBytes) continue;
    await fetch(url, { method: 'PUT', headers: { 'content-type': 'image/jpeg' }, body: blob });
    return;
  }
}

/**
 * Uploads the slide on screen when the item's phone view is on and the room has no image of it
 * yet. `drives`: this screen moves the slides (it has a key); a watching screen never uploads.
 */
export function usePhoneImage(
  a: DeckActivity,
  code: string | undefined,
  state: DeckState,
  drives: boolean,
): void {
  const { phoneImage, slide, images, deckId } = a.config;
  const has = images?.includes(slide) ?? false;
  useEffect(() => {
    const key = queryParam('k');
    if (!drives || !phoneImage || has || !code || !key || typeof state !== 'object') return;
    let live = true;
    const url = deckSlideUrl(code, deckId, slide, `k=${encodeURIComponent(key)}`);
    // Refused (another screen was first, the slide moved on) or offline: the next move tries again.
    upload(state.deck, url, slide, () => live).catch(() => undefined);
    return () => {
      live = false;
    };
  }, [drives, phoneImage, has, code, state, slide, deckId]);
}
