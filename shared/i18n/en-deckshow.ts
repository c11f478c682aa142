// English texts of a presentation on the agenda (DECK-6…12).

import type { nlDeckshow } from './nl-deckshow.js';

export const enDeckshow: Record<keyof typeof nlDeckshow, string> = {
  'chair.kind.deck': 'Presentation',
  'chair.addDeck': 'Presentation',
  'chair.deckTitle': 'Presentation {n}',
  'deckshow.range': 'Slides {from}–{to} of {total}',
  'deckshow.pick.title': 'Choose a presentation',
  'deckshow.pick.none': 'This room has no presentations yet. Upload a PDF first.',
  'deckshow.pick.failed': 'The presentations could not be loaded. Please try again.',
  'deckshow.pick.pages': '{n} slides',
  'deckshow.pick.close': 'Close',
  'deckshow.prev': 'Previous slide',
  'deckshow.nextButton': 'Next slide',
  'deckshow.lastSlide': 'This is the last slide.',
  'deckshow.partEnd': 'Last slide of this part: the next agenda item follows.',
  'deckshow.notOnScreen': 'Put the presentation on screen to move its slides.',
  'deckshow.joinOverlay': 'Small QR code and code in a corner of the slide',
  'deckshow.split.heading': 'Something between the slides',
  'deckshow.split.after': 'After slide',
  'deckshow.pollAfter': 'Put a poll after slide {n}',
  'deckshow.pollTitle': 'Poll after slide {n}',
  'deckshow.help.keys':
    'A presentation on screen: previous, next, first and last slide (space and ← → too)',
};
