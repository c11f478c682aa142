// English texts for integrity: revoked links, identity and validation messages.

import type { nlIntegrity } from './nl-integrity.js';

export const enIntegrity: Record<keyof typeof nlIntegrity, string> = {
  'chair.revoked': 'This link no longer works — ask the organizer for a new one.',
  'chair.poll.burst':
    'Note: {n} votes come from participants who had only just joined when they voted, almost at once. One person or a script may be voting many times.',
  'chair.poll.sensitive':
    'Sensitive poll: count only participants who had been here {s} seconds when they voted',
  'chair.poll.tooYoung': '{n} votes are not counted because of this.',
};
