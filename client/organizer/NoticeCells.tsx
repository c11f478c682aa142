// The overview's column for the organizer's notice (NOTICE-5): per room whether its chair
// confirmed ("Gezien"), and in the totals row how many rooms have not. Shown only while a room
// has a notice for its chair.

import type { RoomOverview } from '../../shared/model.js';
import { unconfirmedNotices } from '../../shared/notice.js';
import { t } from '../lib/i18n.js';

export const hasNotices = (rows: RoomOverview[]): boolean => rows.some((r) => r.notice);

export function NoticeHead({ on }: { on: boolean }) {
  return on ? <th scope="col">{t('overview.notice.col')}</th> : null;
}

export function NoticeTotal({ on, rows }: { on: boolean; rows: RoomOverview[] }) {
  if (!on) return null;
  const n = unconfirmedNotices(rows);
  return (
    <td data-testid="total-unconfirmed" data-n={n}>
      {n > 0 ? t('overview.notice.unconfirmed', { n }) : ''}
    </td>
  );
}

export function NoticeCell({ on, row }: { on: boolean; row: RoomOverview }) {
  if (!on) return null;
  const n = row.notice;
  return (
    <td data-testid="overview-notice" data-seen={n ? String(n.seen) : undefined} title={n?.text}>
      {n ? (n.seen ? `✓ ${t('overview.notice.seen')}` : t('overview.notice.open')) : ''}
    </td>
  );
}
