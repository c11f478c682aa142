// English texts for visits at a location (ROT-7…ROT-12): the chair's visit bar and the phone's
// lines of a group that travels.

export const enVisit = {
  'visit.title': 'Visit',
  'visit.running': 'Now: visit {n} · {group}',
  'visit.noneYet': 'No visit started yet.',
  'visit.due': 'Due here now by the plan: {group} (round {slot})',
  'visit.next': 'Then: {group} (round {slot})',
  'visit.noNext': 'No group comes after this one.',
  'visit.start': 'Start the visit of {group}',
  'visit.startHint': 'The screen and the phones then start empty for this group. The agenda stays.',
  'visit.others': 'Start another group',
  'visit.showEarlier': 'Show earlier visits',
  'visit.earlierShown': 'You also see the contributions of earlier visits.',
  'visit.onScreen': 'Visit of {group}',
  'visit.overview': 'Visit {n}: {group}',
  'visit.late': 'Late: {group} (round {slot})',
  'visit.here': 'Here: {location}',
  'visit.wait': 'The chair will start your group’s visit in a moment.',
  'error.unknown_group': 'This group is not in the rotation plan.',
  'error.visit_elsewhere': 'By the plan this group is at another location now.',
  'error.visit_running': "This group's visit is already running.",
} as const;
