// Dutch texts of the deck's slide images for phones and the picker and buttons (DECK-30…45).

export const nlDeck3 = {
  'deck3.phoneImage': 'Telefoons mogen de dia als afbeelding openen',
  'deck3.phoneOpen': 'Bekijk dia',
  'deck3.phoneOpenLabel': 'Bekijk dia {n} als afbeelding',
  'deck3.phoneWaiting': 'De dia komt zo ook op je telefoon.',
  'deck3.buttonsOff':
    'Vorige en Volgende staan uit: de pdf van deze presentatie is verwijderd, er zijn geen dia’s meer.',
  'deck3.qaAfter': 'Zet een Q&A na dia {n}',
  'deck3.qaTitle': 'Vragen na dia {n}',
  'deck3.wallAfter': 'Zet een muur na dia {n}',
  'deck3.wallTitle': 'Reacties na dia {n}',
};
