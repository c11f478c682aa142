// The live overview of every room (ROOM-6, ROOM-8): one compact row per room, a totals row,
// sorting (needs attention first by default), a filter by arrangement and a search, and the
// reason for "Let op" in words. Rows arrive over /ws/overview, not by polling. A long list draws
// only the rows in sight (ORG-21, virtual-rows.ts); the search box finds any room.

import type { RoomLinks } from '../../shared/api-types.js';
import { useState } from 'preact/hooks';
import type { RoomOverview } from '../../shared/model.js';
import { attentionReasons, overviewTotals } from '../../shared/overview.js';
import { t } from '../lib/i18n.js';
import { formatNumber } from '../lib/poll.js';
import type { OverviewLive } from './overview-socket.js';
import { RevokeDialog, type RevokeTarget } from '../components/RevokeDialog.js';
import { hasNotices, NoticeHead, NoticeTotal } from './NoticeCells.js';
import { OverviewRow, Spacer } from './OverviewRow.js';
import { useVirtualRows } from './virtual-rows.js';

/** What the overview needs of a room's links (the API's answer, shared/api-types.ts). */
export type RoomLink = Pick<
  RoomLinks,
  'id' | 'chairUrl' | 'projectorUrl' | 'joinUrl' | 'arrangement'
>;

type Sort = 'attention' | 'order' | 'waiting' | 'people';

/** The rows the tools let through, in the chosen order. */
function filtered(all: RoomOverview[], sort: Sort, arrangement: string, query: string) {
  const q = query.trim().toLocaleLowerCase();
  return sorted(all, sort).filter(
    (r) =>
      (!arrangement || r.arrangement === arrangement) &&
      (!q ||
        [r.name, r.location, r.chairName, r.arrangement].some((s) =>
          s?.toLocaleLowerCase().includes(q),
        )),
  );
}

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
  // One revoke dialog for every row, opened with the row's room (ORG-8).
  const [revoking, setRevoking] = useState<Pick<RevokeTarget, 'id' | 'name'> | null>(null);
  const all = rows.value;
  const shown = all === null ? [] : filtered(all, sort, arrangement, query);
  const virtual = useVirtualRows(shown.length);
  if (all === null)
    return (
      <p role="status">
        {status.value === 'refused' ? t('organizer.unauthorized') : t('common.loading')}
      </p>
    );
  const arrangements = [...new Set(all.map((r) => r.arrangement).filter((a): a is string => !!a))];
  const { start, end, before, after } = virtual.window;
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
      <div
        class="table-scroll ov__scroll"
        ref={virtual.box}
        onScroll={virtual.onScroll}
        tabIndex={0}
        role="region"
        aria-label={t('organizer.overview.title')}
        data-testid="overview-scroll"
      >
        <table class="ov__table" data-testid="overview" aria-rowcount={shown.length + 2}>
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
            <Spacer px={before} />
            {shown.slice(start, end).map((r, k) => (
              <OverviewRow
                key={r.id}
                row={r}
                link={props.links[r.id]}
                index={start + k + 3}
                notices={notices}
                offset={offset.value}
                rowRef={k === 0 ? virtual.firstRow : undefined}
                onRevoke={() => setRevoking({ id: r.id, name: r.name })}
              />
            ))}
            <Spacer px={after} />
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
