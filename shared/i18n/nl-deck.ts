// Dutch texts of pitch decks (DECK-…), kept apart so nl.ts stays readable.

export const nlDeck = {
  'deck.loading': 'De presentatie wordt geladen…',
  'deck.failed': 'De presentatie kan niet worden geopend.',
  'deck.slide': 'Dia {n} van {total}',
  'deck.next': 'Volgende dia',
};
