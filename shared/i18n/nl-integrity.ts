// Dutch texts for integrity: revoked links, identity and validation messages, kept apart so
// nl.ts stays readable.

export const nlIntegrity = {
  'chair.revoked': 'Deze link werkt niet meer — vraag de organisator om een nieuwe.',
} as const;
