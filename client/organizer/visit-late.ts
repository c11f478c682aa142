// The overview's words for a location's due group (ROT-33): late, and why (no phone of the
// group connected, or its phones still at another location), or arrived and waiting for the
// chair to start its visit.

import type { RoomOverview } from '../../shared/model.js';
import { t } from '../lib/i18n.js';

export function lateText(late: NonNullable<RoomOverview['late']>): string {
  const base = t('visit.late', { group: late.groupName, slot: late.slot + 1 });
  if (late.reason === 'elsewhere')
    return `${base} — ${t('rot3.late.elsewhere', { at: late.at ?? '', phones: late.phones ?? 0 })}`;
  return late.reason === 'absent' ? `${base} — ${t('rot3.late.absent')}` : base;
}

export const waitingText = (w: NonNullable<RoomOverview['waiting']>): string =>
  t(w.phones === 1 ? 'rot3.waiting.one' : 'rot3.waiting', {
    group: w.groupName,
    phones: w.phones,
  });
