// The live overview of every room (ROOM-6, ROOM-8): one compact row per room, a totals row,
// sorting (needs attention first by default), a filter by arrangement and a search, and the
// reason for "Let op" in words. Rows arrive over /ws/overview, not by polling.

import type { RoomLinks } from '../../shared/api-types.js';
import { useEffect, useState } from 'preact/hooks';
import type { RoomOverview } from '../../shared/model.js';
import { TimerFace } from '../components/Timer.js';
import { attentionReasons, overviewTotals, type AttentionReason } from '../../shared/overview.js';
import { t } from '../lib/i18n.js';
import { formatNumber } from '../lib/poll.js';
import type { OverviewLive } from './overview-socket.js';
import { RevokeDialog, type RevokeTarget } from '../components/RevokeDialog.js';
import { hasNotices, NoticeCell, NoticeHead, NoticeTotal } from './NoticeCells.js';
import { lateText, waitingText } from './visit-late.js';

/** What the overview needs of a room's links (the API's answer, shared/api-types.ts). */
export type RoomLink = Pick<
  RoomLinks,
  'id' | 'chairUrl' | 'projectorUrl' | 'joinUrl' | 'arrangement'
>;

type Sort = 'attention' | 'order' | 'waiting' | 'people';

/** Rows drawn at once: a screen and more; the rest follow frame by frame, so 600 rooms paint fast. */
const FIRST_ROWS = 60;
const MORE_ROWS = 120;

function ago(ms: number): string {
  if (!ms) return '—';
  const min = Math.round((Date.now() - ms) / 60_000);
  return min < 1 ? t('organizer.overview.now') : t('organizer.overview.minutes', { n: min });
}

export const reasonText = (r: AttentionReason): string =>
  r.kind === 'queue'
    ? t('organizer.overview.reason.queue', { n: r.n })
    : t('organizer.overview.reason.noChair');

function sorted(rows: RoomOverview[], sort: Sort): RoomOverview[] {
  const order = new Map(rows.map((r, i) => [r.id, i]));
  const idx = (r: RoomOverview) => order.get(r.id) ?? 0;
  const by: Record<Sort, (a: RoomOverview, b: RoomOverview) => number> = {
    attention: (a, b) =>
      attentionReasons(b).length - attentionReasons(a).length ||
      b.pending - a.pending ||
      idx(a) - idx(b),
    order: (a, b) => idx(a) - idx(b),
    waiting: (a, b) => b.pending - a.pending || idx(a) - idx(b),
    people: (a, b) => b.connected.participants - a.connected.participants || idx(a) - idx(b),
  };
  return [...rows].sort(by[sort]);
}

export function Overview(props: {
  /** The overview's socket (shared with the notice list, NOTICE-11). */
  live: OverviewLive;
  links: Record<string, RoomLink>;
  /** Makes a room's new chair link (after the dialog's confirmation); its URL, or null. */
  onNewLink: (roomId: string) => Promise<string | null>;
}) {
  const { rows, status, offset } = props.live;
  const [sort, setSort] = useState<Sort>('attention');
  const [arrangement, setArrangement] = useState('');
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(FIRST_ROWS);
  // One revoke dialog for every row, opened with the row's room (ORG-8).
  const [revoking, setRevoking] = useState<Pick<RevokeTarget, 'id' | 'name'> | null>(null);
  const all = rows.value;
  const count = all?.length ?? 0;
  useEffect(() => {
    if (limit >= count) return;
    const id = requestAnimationFrame(() => setLimit((n) => n + MORE_ROWS));
    return () => cancelAnimationFrame(id);
  }, [limit, count]);
  if (all === null)
    return (
      <p role="status">
        {status.value === 'refused' ? t('organizer.unauthorized') : t('common.loading')}
      </p>
    );
  const arrangements = [...new Set(all.map((r) => r.arrangement).filter((a): a is string => !!a))];
  const q = query.trim().toLocaleLowerCase();
  const shown = sorted(all, sort).filter(
    (r) =>
      (!arrangement || r.arrangement === arrangement) &&
      (!q ||
        [r.name, r.location, r.chairName, r.arrangement].some((s) =>
          s?.toLocaleLowerCase().includes(q),
        )),
  );
  const total = overviewTotals(shown);
  const notices = hasNotices(all);
  return (
    <div class="ov" data-testid="overview-panel">
      <div class="ov__tools">
        <label>
          {t('organizer.overview.search')}
          <input
            type="search"
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
            data-testid="overview-search"
          />
        </label>
        <label>
          {t('organizer.overview.arrangement')}
          <select
            value={arrangement}
            onChange={(e) => setArrangement(e.currentTarget.value)}
            data-testid="overview-arrangement"
          >
            <option value="">{t('organizer.overview.allArrangements')}</option>
            {arrangements.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('organizer.overview.sort')}
          <select
            value={sort}
            onChange={(e) => setSort(e.currentTarget.value as Sort)}
            data-testid="overview-sort"
          >
            <option value="attention">{t('organizer.overview.sort.attention')}</option>
            <option value="order">{t('organizer.overview.sort.order')}</option>
            <option value="waiting">{t('organizer.overview.sort.waiting')}</option>
            <option value="people">{t('organizer.overview.sort.people')}</option>
          </select>
        </label>
        <span
          class="ov__status"
          role="status"
          data-testid="overview-status"
          data-status={status.value}
        >
          {t(status.value === 'live' ? 'organizer.overview.live' : 'organizer.overview.offline')}
        </span>
      </div>
      <div class="table-scroll ov__scroll">
        <table class="ov__table" data-testid="overview">
          <caption class="sr-only">{t('organizer.overview.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('print.chairs.room')}</th>
              <th scope="col">{t('organizer.overview.arrangement')}</th>
              <th scope="col">{t('organizer.overview.people')}</th>
              <th scope="col">{t('organizer.overview.chairs')}</th>
              <th scope="col">{t('organizer.overview.waiting')}</th>
              <th scope="col">{t('organizer.overview.posts')}</th>
              <th scope="col">{t('organizer.overview.onScreen')}</th>
              <th scope="col">{t('organizer.overview.lastShort')}</th>
              <th scope="col">{t('organizer.overview.attention')}</th>
              <NoticeHead on={notices} />
              <th scope="col">{t('organizer.overview.links')}</th>
            </tr>
            <tr class="ov__totals" data-testid="overview-totals">
              <th scope="row">
                {t('organizer.overview.total', { n: total.rooms, all: all.length })}
              </th>
              <td />
              <td data-testid="total-people">{formatNumber(total.participants, 0)}</td>
              <td data-testid="total-chairs">
                {t('organizer.overview.chairsOf', { n: total.chairsPresent, all: total.rooms })}
              </td>
              <td data-testid="total-waiting">{formatNumber(total.waiting, 0)}</td>
              <td data-testid="total-posts">{formatNumber(total.contributions, 0)}</td>
              <td colSpan={2} />
              <td data-testid="total-attention">
                {total.attention > 0
                  ? t('organizer.overview.attentionN', { n: total.attention })
                  : ''}
              </td>
              <NoticeTotal on={notices} rows={shown} />
              <td />
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, limit).map((r) => {
              const l = props.links[r.id];
              const why = attentionReasons(r);
              return (
                <tr
                  key={r.id}
                  class={why.length ? 'is-stuck' : undefined}
                  data-testid="overview-row"
                  data-name={r.name}
                >
                  <th scope="row" title={[r.location, r.chairName].filter(Boolean).join(' · ')}>
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
                    {r.late && (
                      <span class="ov__late" data-testid="overview-late">
                        {' '}
                        {lateText(r.late)}
                      </span>
                    )}
                    {r.waiting && (
                      <span class="ov__sub" data-testid="overview-waiting">
                        {' '}
                        {waitingText(r.waiting)}
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
                        <TimerFace timer={r.timer} offset={offset.value} variant="overview" />
                      </>
                    )}
                  </td>
                  <td>{ago(r.lastChangeAt)}</td>
                  <td data-testid="overview-reason" title={why.map(reasonText).join('; ')}>
                    {why.length > 0 &&
                      `${t('organizer.overview.stuck')}: ${why.map(reasonText).join('; ')}`}
                  </td>
                  <NoticeCell on={notices} row={r} />
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
                          onClick={() => setRevoking({ id: r.id, name: r.name })}
                        >
                          {t('organizer.rooms.newLink')}
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <RevokeDialog
        target={revoking && { ...revoking, onRevoke: () => props.onNewLink(revoking.id) }}
        onClose={() => setRevoking(null)}
      />
    </div>
  );
}
