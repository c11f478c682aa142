// The phone without a network (NET-4).

export const nlPhone = {
  'offline.pending': 'Offline — wordt verstuurd zodra er verbinding is',
  'offline.waiting': 'Offline — zodra er verbinding is, zie je weer wat er op het scherm staat',
  'offline.yours': 'Nog te versturen',
} as const;
