// Dutch texts for visits at a location (ROT-7…ROT-12): the chair's visit bar and the phone's
// lines of a group that travels.

export const nlVisit = {
  'visit.title': 'Bezoek',
  'visit.running': 'Nu: bezoek {n} · {group}',
  'visit.noneYet': 'Nog geen bezoek gestart.',
  'visit.due': 'Volgens het plan nu hier: {group} (ronde {slot})',
  'visit.next': 'Daarna: {group} (ronde {slot})',
  'visit.noNext': 'Daarna komt er geen groep meer.',
  'visit.start': 'Start bezoek van {group}',
  'visit.startHint':
    'Het scherm en de telefoons beginnen dan leeg voor deze groep. Het programma blijft.',
  'visit.others': 'Andere groep starten',
  'visit.showEarlier': 'Vorige bezoeken tonen',
  'visit.earlierShown': 'Je ziet ook de bijdragen van vorige bezoeken.',
  'visit.onScreen': 'Bezoek van {group}',
  'visit.overview': 'Bezoek {n}: {group}',
  'visit.late': 'Te laat: {group} (ronde {slot})',
  'visit.here': 'Hier: {location}',
  'visit.wait': 'De gespreksleider start zo het bezoek van jouw groep.',
  'error.unknown_group': 'Deze groep staat niet in het rotatieschema.',
  'error.visit_elsewhere': 'Volgens het schema is deze groep nu op een andere locatie.',
  'error.visit_running': 'Het bezoek van deze groep loopt al.',
} as const;
