// Dutch texts for what the hall sees (the paged wall and its settings), kept apart so nl.ts
// stays readable.

export const nlHall = {
  'projector.pages': '{n} / {total}',
  'projector.qa.closed': 'Vragen stellen is gesloten',
  'qa.emptyClosed': 'Nog geen vragen.',
  'chair.wall.order': 'Volgorde op het scherm',
  'chair.wall.order.newest': 'Nieuwste eerst',
  'chair.wall.order.hearts': 'Meeste hartjes eerst',
  'chair.wall.order.oldest': 'Oudste eerst',
  'chair.wall.dwell': 'Seconden per pagina op het scherm',
  'chair.wall.dwellHint': 'Past niet alles tegelijk, dan bladert het scherm vanzelf door.',
  'chair.wall.dwellRange': 'Kies een getal van {min} tot {max}.',
};
