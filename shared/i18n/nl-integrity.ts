// Dutch texts for integrity: revoked links, identity and validation messages, kept apart so
// nl.ts stays readable.

export const nlIntegrity = {
  'chair.revoked': 'Deze link werkt niet meer — vraag de organisator om een nieuwe.',
  'chair.poll.burst':
    'Let op: {n} stemmen komen van deelnemers die pas binnen waren toen ze stemden, bijna tegelijk. Misschien stemt één persoon of een script vaak.',
  'chair.poll.sensitive':
    'Gevoelige stemming: tel alleen deelnemers die er al {s} seconden waren toen ze stemden',
  'chair.poll.tooYoung': '{n} stemmen tellen daardoor niet mee.',
} as const;
