import type { nlOrganizer } from './nl-organizer.js';

export const enOrganizer: Record<keyof typeof nlOrganizer, string> = {
  'report.room.arrangement': 'Arrangement',
  'report.round.dilemma': 'The dilemma',
  'report.round.step': 'Step {n}: {title}',
  'report.round.solutionsFirst': 'Solution directions',
  'report.round.noContributions': 'No contributions in this step.',
  'report.poll.drawback': 'Drawback',
  'report.quiet.title': 'Rooms without contributions',
  'report.quiet.room': 'Room',
  'report.quiet.hint': 'Nothing was shared, voted or asked in these rooms.',
};
