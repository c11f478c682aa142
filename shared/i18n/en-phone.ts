import type { nlPhone } from './nl-phone.js';

export const enPhone: Record<keyof typeof nlPhone, string> = {
  'offline.pending': 'Offline — will be sent as soon as there is a connection',
  'offline.waiting': 'Offline — you will see what is on screen as soon as there is a connection',
  'offline.yours': 'Still to send',
};
