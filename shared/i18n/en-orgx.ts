// English texts of the organizer's clock and notice additions (CLOCK-7, NOTICE-11).

import type { nlOrgx } from './nl-orgx.js';

export const enOrgx: Record<keyof typeof nlOrgx, string> = {
  'orgx.plan.zone': "Times in the event's time zone: {zone}.",
  'orgx.notice.confirmed': '{n} of {all} chairs saw it',
  'orgx.notice.noConfirm': 'in {n} rooms, no confirmation asked',
  'orgx.notice.waiting': 'Not seen yet: {names}',
};
