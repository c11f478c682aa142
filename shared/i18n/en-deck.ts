// English texts of pitch decks (DECK-…), kept apart so en.ts stays readable.

import type { nlDeck } from './nl-deck.js';

export const enDeck: Record<keyof typeof nlDeck, string> = {
  'deck.loading': 'Loading the presentation…',
  'deck.failed': 'The presentation cannot be opened.',
  'deck.slide': 'Slide {n} of {total}',
  'deck.next': 'Next slide',
};
