// A deck item's PDF opened once per page (DECK-7): the projector, speaker and chair open the
// deck's file with the screens' token; the parts of a split deck (slides 1–2, then 3–12) share
// one open deck, so moving from one part to the next draws at once. pdf.js loads on demand.

import { useEffect, useState } from 'preact/hooks';
import { deckFileUrl, type DeckActivity } from '../../../shared/deck-item.js';
import type { Deck } from '../../deck/renderer.js';

const open = new Map<string, Promise<Deck>>();

function openOnce(url: string): Promise<Deck> {
  let deck = open.get(url);
  if (!deck) {
    deck = import('../../deck/renderer.js').then((m) => m.openDeck(url));
    open.set(url, deck);
    // A deck that failed may open on the next try (a network hiccup).
    deck.catch(() => open.delete(url));
  }
  return deck;
}

export type DeckState = { deck: Deck } | 'loading' | 'failed' | 'gone';

/**
 * Why a deck did not open: deleted (404, DECK-17) or anything else. Asked without its bytes: an
 * existing file answers `If-None-Match: *` with a 304.
 */
async function whyNot(url: string): Promise<'failed' | 'gone'> {
  try {
    const res = await fetch(url, { headers: { 'if-none-match': '*' } });
    return res.status === 404 ? 'gone' : 'failed';
  } catch {
    return 'failed';
  }
}

/** The item's deck, opened from this origin with the screens' token. */
export function useDeck(a: DeckActivity, code: string | undefined): DeckState {
  const url = code ? deckFileUrl(code, a.config.deckId, a.config.screenToken) : null;
  const [state, setState] = useState<{ url: string | null; value: DeckState }>({
    url: null,
    value: 'loading',
  });
  useEffect(() => {
    if (!url) return;
    let live = true;
    openOnce(url).then(
      (deck) => live && setState({ url, value: { deck } }),
      () => void whyNot(url).then((value) => live && setState({ url, value })),
    );
    return () => {
      live = false;
    };
  }, [url]);
  return state.url === url ? state.value : 'loading';
}
