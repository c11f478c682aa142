// Dutch texts for the organizer's side of a many-room day: the finished report, the overview,
// the printables and the exports, kept apart so nl.ts stays readable.

export const nlOrganizer = {
  'report.room.arrangement': 'Arrangement',
  'report.round.dilemma': 'Het dilemma',
  'report.round.step': 'Stap {n}: {title}',
  'report.round.solutionsFirst': 'Oplossingsrichtingen',
  'report.round.noContributions': 'Geen bijdragen bij deze stap.',
  'report.poll.drawback': 'Nadeel',
  'report.quiet.title': 'Ruimtes zonder bijdragen',
  'report.quiet.room': 'Ruimte',
  'report.quiet.hint': 'In deze ruimtes is niets gedeeld, gestemd of gevraagd.',
} as const;
