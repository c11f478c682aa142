// Dutch texts for groups that travel (ROT-*): the phone's visit line and the organizer's plan table.

export const nlRotation = {
  'rotation.goTo': 'Jullie gaan nu naar {location}',
  'rotation.goToAddress': 'Jullie gaan nu naar {location} — {address}',
  'rotation.yourGroup': 'Jouw groep: {group}',
  'rotation.slotOf': 'Ronde {slot} van {slots}',
  'rotation.time': '{start}–{end}',
  'rotation.title': 'Rondes van de groepen',
  'rotation.none': 'Nog geen rondeplan. Maak er een uit de arrangementen van de ruimtes.',
  'rotation.generate': 'Maak rondeplan uit de arrangementen',
  'rotation.next': 'Volgende ronde',
  'rotation.now': 'Nu: ronde {slot}',
  'rotation.group': 'Groep',
  'rotation.slotHead': 'Ronde {slot}',
  'rotation.fixLabel': 'Locatie van {group} in ronde {slot}',
  'rotation.code': 'Code',
  'rotation.saved': 'Rondeplan bewaard.',
  'rotation.failed': 'Niet gelukt: {message}',
} as const;
