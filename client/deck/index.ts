// What the projector, speaker and chair pages import of decks: one small check, and the rest
// (pdf.js, its worker, the views) only when a deck is to be shown (DECK-5).

import type { PreviewLayout } from './preview.js';

/** Shows the deck the address names instead of the page's own view; false when it names none. */
export function deckPreview(root: HTMLElement, layout: PreviewLayout): boolean {
  const q = new URLSearchParams(location.search);
  if (!q.has('deck') || !q.has('v')) return false;
  void import('./preview.js').then((m) => {
    const url = m.previewUrl();
    if (url) m.mountPreview(root, url, layout);
  });
  return true;
}
