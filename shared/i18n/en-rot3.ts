// English texts of the rotation follow-ups (ROT-30…45).

import type { nlRot3 } from './nl-rot3.js';

export const enRot3: Record<keyof typeof nlRot3, string> = {
  'csv.col.visit': 'visit',
  'rot3.visit.from': 'from {time}',
  'rot3.visit.outside': 'Outside the visits',
  'rot3.visit.nothing': 'Nothing came in during this visit.',
};
