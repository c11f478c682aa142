// English texts of the deck follow-ups (DECK-13…19).

import type { nlDeck2 } from './nl-deck2.js';

export const enDeck2: Record<keyof typeof nlDeck2, string> = {
  'deck2.partEnd': 'Last slide of this part.',
  'deck2.upNext': 'Next: {kind} — {title}',
  'deck2.agendaEnd': 'Next: the end of the agenda.',
  'deck2.goneStage': 'This presentation is no longer here.',
  'deck2.gonePresenter':
    'The PDF of this presentation was deleted. Remove this agenda item or choose another presentation.',
};
