// English texts of the rotation follow-ups (ROT-30…45).

import type { nlRot3 } from './nl-rot3.js';

export const enRot3: Record<keyof typeof nlRot3, string> = {
  'csv.col.visit': 'visit',
  'rot3.visit.from': 'from {time}',
  'rot3.visit.outside': 'Outside the visits',
  'rot3.visit.nothing': 'Nothing came in during this visit.',
  'rot3.late.absent': 'no phone of the group connected',
  'rot3.late.elsewhere': 'the group’s phones are still at {at} ({phones})',
  'rot3.waiting': '{group} is here ({phones} phones), visit not started yet',
  'rot3.waiting.one': '{group} is here (1 phone), visit not started yet',
};
