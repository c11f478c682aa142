// English texts for integrity: revoked links, identity and validation messages.

import type { nlIntegrity } from './nl-integrity.js';

export const enIntegrity: Record<keyof typeof nlIntegrity, string> = {
  'chair.revoked': 'This link no longer works — ask the organizer for a new one.',
};
