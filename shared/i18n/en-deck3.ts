// English texts of the deck's slide images for phones and the picker and buttons (DECK-30…45).

import type { nlDeck3 } from './nl-deck3.js';

export const enDeck3: Record<keyof typeof nlDeck3, string> = {
  'deck3.phoneImage': 'Phones may open the slide as an image',
  'deck3.phoneOpen': 'View slide',
  'deck3.phoneOpenLabel': 'View slide {n} as an image',
  'deck3.phoneWaiting': 'The slide will be on your phone in a moment.',
  'deck3.buttonsOff':
    'Previous and Next are off: the PDF of this presentation was deleted, there are no slides left.',
  'deck3.qaAfter': 'Put a Q&A after slide {n}',
  'deck3.qaTitle': 'Questions after slide {n}',
  'deck3.wallAfter': 'Put a wall after slide {n}',
  'deck3.wallTitle': 'Reactions after slide {n}',
};
