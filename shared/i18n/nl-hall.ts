// Dutch texts for what the hall sees (the paged wall and its settings), kept apart so nl.ts
// stays readable.

export const nlHall = {
  'projector.pages': '{n} / {total}',
  'rooms.search': 'Zoek je groep, locatie of arrangement',
  'rooms.found': '{n} gevonden',
  'poll.revote': 'Stem opnieuw — ben je van mening veranderd? In ronde {n} koos je: {choice}.',
  'poll.resultsAfterVote': 'De uitslag zie je na je stem.',
  'chair.poll.resultsMode.always': 'Meteen zichtbaar, ook voor wie nog niet stemde',
  'page.screenUnknown':
    'Er is geen bijeenkomst met de code in deze link. Vraag de organisator om de juiste schermlink.',
  'page.chairUnknown':
    'Er is geen bijeenkomst met de code in deze link. Vraag de organisator om je link als gespreksleider.',
  'wall.heartFor': 'Hartje geven: {text}',
  'mine.atStep': 'Bij stap {n}',
  'poll.why.for': 'Voor optie',
  'projector.joinCode': 'met de code',
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
