// Dutch texts of the slide (a text slide or the join slide on the agenda), kept apart so nl.ts
// stays readable.

export const nlSlide = {
  'slide.title.default': 'Dia',
  'slide.title.join': 'Doe mee',
  'slide.watchScreen': 'Kijk naar het scherm',
  'chair.addSlide': 'Dia toevoegen',
  'chair.slideTitle': 'Dia {n}',
  'chair.kind.slide': 'Dia',
  'chair.kind.joinSlide': 'Meedoen-dia',
  'chair.slide.variant': 'Wat de dia toont',
  'chair.slide.variant.text': 'Een titel en tekst',
  'chair.slide.variant.join': 'Meedoen: grote QR-code, adres en code over het hele scherm',
  'chair.slide.body': 'Tekst (mag leeg blijven; regels blijven staan)',
  'chair.slide.count': '{n} van {max} tekens',
  'chair.slide.tooLong': 'Maximaal {max} tekens.',
  'chair.slide.nothing': 'Een dia vraagt niets van de zaal: er is niets te modereren.',
};
