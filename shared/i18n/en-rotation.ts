// English texts for groups that travel (ROT-*): the phone's visit line and the organizer's plan table.

import type { nlRotation } from './nl-rotation.js';

export const enRotation: Record<keyof typeof nlRotation, string> = {
  'rotation.goTo': 'Your group now goes to {location}',
  'rotation.goToAddress': 'Your group now goes to {location} — {address}',
  'rotation.yourGroup': 'Your group: {group}',
  'rotation.slotOf': 'Round {slot} of {slots}',
  'rotation.time': '{start}–{end}',
  'rotation.title': 'Group rounds',
  'rotation.none': 'No round plan yet. Make one from the rooms’ arrangements.',
  'rotation.generate': 'Make a round plan from the arrangements',
  'rotation.next': 'Next round',
  'rotation.now': 'Now: round {slot}',
  'rotation.group': 'Group',
  'rotation.slotHead': 'Round {slot}',
  'rotation.fixLabel': 'Location of {group} in round {slot}',
  'rotation.code': 'Code',
  'rotation.saved': 'Round plan saved.',
  'rotation.failed': 'Failed: {message}',
};
