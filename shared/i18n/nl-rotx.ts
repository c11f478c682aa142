// Dutch texts of the organizer's rotation-plan import (ROT-20…ROT-22) and the ranking per
// location next to the plenary (RANK-9…).

export const nlRotx = {
  'rotx.import.title': 'Rondeplan invoeren uit een bestand',
  'rotx.import.hint':
    'Eén regel per bezoek: groep, ronde, locatie, en als je wilt begin, eind en adres. CSV uit een spreadsheet (met ; of ,) of JSON. Eerst controleren: er wordt dan nog niets gemaakt.',
  'rotx.import.file': 'Kies een bestand',
  'rotx.import.paste': 'Of plak het plan hier',
  'rotx.import.share': 'Twee groepen mogen samen op één locatie zijn',
  'rotx.import.check': 'Controleren',
  'rotx.import.preview': 'Zo wordt het plan: er is nog niets ingevoerd',
  'rotx.import.counts': '{groups} groepen, {slots} rondes, {locations} locaties, {visits} bezoeken',
  'rotx.import.first': 'De eerste {n} regels',
  'rotx.import.slot': 'Ronde',
  'rotx.import.time': 'Tijd',
  'rotx.import.line': 'Regel',
  'rotx.import.problems': 'Er is niets ingevoerd. Verbeter deze regels en controleer opnieuw:',
  'rotx.import.go': 'Invoeren',
  'rotx.import.replaces': 'Dit vervangt het huidige rondeplan.',
  'rotx.import.done': 'Rondeplan ingevoerd: {groups} groepen.',
  'rotx.compare.title': 'Rangschikking per locatie naast de plenaire zaal',
  'rotx.compare.hint.order':
    'Per keuze de plaats; tussen haakjes de gemiddelde plaats. – : deze locatie had de keuze niet op haar lijst.',
  'rotx.compare.hint.points':
    'Per keuze de plaats; tussen haakjes de gemiddelde punten per deelnemer. – : deze locatie had de keuze niet op haar lijst.',
  'rotx.compare.plenary': 'Plenair',
  'rotx.compare.toggle': 'Per locatie',
  'rotx.compare.loading': 'De locaties worden opgehaald…',
  'rotx.compare.failed': 'De locaties konden niet worden opgehaald.',
  'rotx.compare.none': 'Geen locatie heeft deze keuzes gerangschikt.',
  'rotx.compare.places': 'Plaats per locatie · – : niet op de lijst van die locatie',
  'rotx.compare.more': 'En nog {n} locaties in het verslag.',
} as const;
