// One room's row of the live overview (ROOM-8): one line of fixed height (ORG-21), the room's
// chair link, who is there, what waits, what is on screen with its timer, and why it needs
// attention in words.

import type { Ref } from 'preact';
import type { RoomOverview } from '../../shared/model.js';
import { attentionReasons, type AttentionReason } from '../../shared/overview.js';
import { TimerFace } from '../components/Timer.js';
import { t } from '../lib/i18n.js';
import { formatNumber } from '../lib/poll.js';
import { NoticeCell } from './NoticeCells.js';
import { lateText, waitingText } from './visit-late.js';
import type { RoomLink } from './Overview.js';

function ago(ms: number): string {
  if (!ms) return '—';
  const min = Math.round((Date.now() - ms) / 60_000);
  return min < 1 ? t('organizer.overview.now') : t('organizer.overview.minutes', { n: min });
}

export const reasonText = (r: AttentionReason): string =>
  r.kind === 'queue'
    ? t('organizer.overview.reason.queue', { n: r.n })
    : t('organizer.overview.reason.noChair');

/** The height of the rows not drawn (ORG-21); nothing when there are none. */
export function Spacer({ px }: { px: number }) {
  if (px <= 0) return null;
  return (
    <tr class="ov__spacer" aria-hidden="true" style={{ height: `${px}px` }}>
      <td colSpan={12} />
    </tr>
  );
}

export function OverviewRow(props: {
  row: RoomOverview;
  link: RoomLink | undefined;
  /** The row's place in the whole table (aria-rowindex: the two header rows come first). */
  index: number;
  notices: boolean;
  offset: number;
  rowRef?: Ref<HTMLTableRowElement>;
  onRevoke: () => void;
}) {
  const { row: r, link: l } = props;
  const why = attentionReasons(r);
  const visitLine = r.late ? lateText(r.late) : r.waiting ? waitingText(r.waiting) : '';
  return (
    <tr
      ref={props.rowRef}
      class={why.length ? 'ov__row is-stuck' : 'ov__row'}
      aria-rowindex={props.index}
      data-testid="overview-row"
      data-name={r.name}
    >
      <th
        scope="row"
        title={[
          r.location,
          r.chairName,
          r.visit && t('visit.overview', { n: r.visit.n, group: r.visit.groupName }),
        ]
          .filter(Boolean)
          .join(' · ')}
      >
        {l ? (
          <a
            href={l.chairUrl}
            target="_blank"
            rel="noopener"
            aria-label={t('organizer.overview.openChair', { name: r.name })}
          >
            {r.name}
          </a>
        ) : (
          r.name
        )}
        {r.location && <span class="ov__sub"> · {r.location}</span>}
        {r.visit && (
          <span class="ov__sub ov__visit" data-testid="overview-visit">
            {t('visit.overview', { n: r.visit.n, group: r.visit.groupName })}
          </span>
        )}
      </th>
      <td>{r.arrangement ?? ''}</td>
      <td data-testid="overview-people">{r.connected.participants}</td>
      <td>{r.connected.chairs}</td>
      <td data-testid="overview-pending">{formatNumber(r.pending, 0)}</td>
      <td>{formatNumber(r.statements, 0)}</td>
      <td>
        {r.current?.title ?? '—'}
        {r.timer && (
          <>
            {' '}
            <TimerFace timer={r.timer} offset={props.offset} variant="overview" />
          </>
        )}
      </td>
      <td>{ago(r.lastChangeAt)}</td>
      <td class="ov__why" title={[visitLine, ...why.map(reasonText)].filter(Boolean).join('; ')}>
        {/* Where a travelling group is: the reason in words, in the column for reasons (ROT-33). */}
        {r.late && (
          <span class="ov__late" data-testid="overview-late">
            {lateText(r.late)}
          </span>
        )}
        {r.waiting && (
          <span class="ov__waiting" data-testid="overview-waiting">
            {waitingText(r.waiting)}
          </span>
        )}
        <span data-testid="overview-reason">
          {why.length > 0 && `${t('organizer.overview.stuck')}: ${why.map(reasonText).join('; ')}`}
        </span>
      </td>
      <NoticeCell on={props.notices} row={r} />
      <td class="ov__links">
        {l && (
          <>
            <a href={l.projectorUrl} target="_blank" rel="noopener">
              {t('organizer.overview.projector')}
            </a>
            <button
              type="button"
              class="ov__linkbtn"
              aria-haspopup="dialog"
              data-testid="revoke-button"
              onClick={props.onRevoke}
            >
              {t('organizer.rooms.newLink')}
            </button>
          </>
        )}
      </td>
    </tr>
  );
}
