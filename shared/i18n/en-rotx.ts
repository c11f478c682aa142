// English texts of the organizer's rotation-plan import (ROT-20…ROT-22) and the ranking per
// location next to the plenary (RANK-9…).

import type { nlRotx } from './nl-rotx.js';

export const enRotx: Record<keyof typeof nlRotx, string> = {
  'rotx.import.title': 'Import a rotation plan from a file',
  'rotx.import.hint':
    'One line per visit: group, slot, location, and optionally start, end and address. CSV from a spreadsheet (with ; or ,) or JSON. Check first: nothing is created yet.',
  'rotx.import.file': 'Choose a file',
  'rotx.import.paste': 'Or paste the plan here',
  'rotx.import.share': 'Two groups may share one location',
  'rotx.import.check': 'Check',
  'rotx.import.preview': 'This is the plan: nothing has been imported yet',
  'rotx.import.counts': '{groups} groups, {slots} slots, {locations} locations, {visits} visits',
  'rotx.import.first': 'The first {n} lines',
  'rotx.import.slot': 'Slot',
  'rotx.import.time': 'Time',
  'rotx.import.line': 'Line',
  'rotx.import.problems': 'Nothing was imported. Fix these lines and check again:',
  'rotx.import.go': 'Import',
  'rotx.import.replaces': 'This replaces the current rotation plan.',
  'rotx.import.done': 'Rotation plan imported: {groups} groups.',
  'rotx.compare.title': 'Ranking per location next to the plenary',
  'rotx.compare.hint.order':
    'Per choice its place; in brackets the mean rank. – : this location did not have the choice on its list.',
  'rotx.compare.hint.points':
    'Per choice its place; in brackets the mean points per participant. – : this location did not have the choice on its list.',
  'rotx.compare.plenary': 'Plenary',
  'rotx.compare.toggle': 'Per location',
  'rotx.compare.loading': 'Fetching the locations…',
  'rotx.compare.failed': 'The locations could not be fetched.',
  'rotx.compare.none': 'No location ranked these choices.',
  'rotx.compare.places': "Place per location · – : not on that location's list",
  'rotx.compare.more': 'And {n} more locations in the report.',
};
