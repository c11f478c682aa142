// Dutch texts of a presentation on the agenda (DECK-6…12), kept apart so nl.ts stays readable.

export const nlDeckshow = {
  'chair.kind.deck': 'Presentatie',
  'chair.addDeck': 'Presentatie',
  'chair.deckTitle': 'Presentatie {n}',
  'deckshow.range': 'Dia {from}–{to} van {total}',
  'deckshow.pick.title': 'Kies een presentatie',
  'deckshow.pick.none': 'Deze zaal heeft nog geen presentaties. Upload eerst een pdf.',
  'deckshow.pick.failed': 'De presentaties konden niet worden opgehaald. Probeer het opnieuw.',
  'deckshow.pick.pages': "{n} dia's",
  'deckshow.pick.close': 'Sluiten',
  'deckshow.prev': 'Vorige dia',
  'deckshow.nextButton': 'Volgende dia',
  'deckshow.lastSlide': 'Dit is de laatste dia.',
  'deckshow.partEnd': 'Laatste dia van dit deel: hierna komt het volgende agendapunt.',
  'deckshow.notOnScreen': 'Zet de presentatie op het scherm om de dia’s te verschuiven.',
  'deckshow.joinOverlay': 'Kleine QR-code en code in een hoek van de dia',
  'deckshow.split.heading': 'Iets tussen de dia’s',
  'deckshow.split.after': 'Na dia',
  'deckshow.pollAfter': 'Zet een stemming na dia {n}',
  'deckshow.pollTitle': 'Stemming na dia {n}',
  'deckshow.help.keys':
    'Een presentatie op het scherm: vorige, volgende, eerste en laatste dia (ook spatie en ← →)',
};
