// Dutch texts of the deck follow-ups (DECK-13…19): the speaker's "Hierna", the picker's upload.

export const nlDeck2 = {
  'deck2.partEnd': 'Laatste dia van dit deel.',
  'deck2.upNext': 'Hierna: {kind} — {title}',
  'deck2.agendaEnd': 'Hierna: einde van de agenda.',
  'deck2.goneStage': 'Deze presentatie is er niet meer.',
  'deck2.gonePresenter':
    'De pdf van deze presentatie is verwijderd. Haal dit agendapunt weg of kies een andere presentatie.',
};
