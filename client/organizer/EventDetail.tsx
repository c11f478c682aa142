import { useEffect, useState } from 'preact/hooks';
import type { RoomOverview } from '../../shared/model.js';
import { api } from '../lib/api.js';
import { formatDateTime } from '../../shared/format.js';
import { lang, t } from '../lib/i18n.js';
import { reportPath } from '../lib/route.js';
import { RevokeChairLink } from '../components/RevokeChairLink.js';
import { BrandingPanel } from './BrandingPanel.js';
import { EventSettings } from './EventSettings.js';
import { RoomsImport } from './RoomsImport.js';
import { TemplatePanel } from './TemplatePanel.js';
import type { EventListItem } from './types.js';
import { formatNumber } from '../lib/poll.js';

const REFRESH_MS = 3000;

interface RoomLink {
  id: string;
  chairUrl: string;
  projectorUrl: string;
  joinUrl: string;
}

function ago(ms: number): string {
  if (!ms) return '—';
  const min = Math.round((Date.now() - ms) / 60_000);
  return min < 1 ? t('organizer.overview.now') : t('organizer.overview.minutes', { n: min });
}

/** One event: its rooms live, adding rooms, printing cards, chair links, deleting. */
export function EventDetail(props: {
  event: EventListItem;
  token: string;
  onClose: () => void;
  onDeleted: (code: string) => void;
  onChanged?: (code: string, patch: { name: string; endsAt: number | null }) => void;
}) {
  const { token } = props;
  const [meta, setMeta] = useState({ name: props.event.name, endsAt: props.event.endsAt ?? null });
  const event = { ...props.event, ...meta };
  const headers = { Authorization: `Bearer ${token}` };
  const [rows, setRows] = useState<RoomOverview[] | null>(null);
  const [links, setLinks] = useState<Record<string, RoomLink>>({});
  const [confirming, setConfirming] = useState(false);

  const load = async () => {
    const [overview, list] = await Promise.all([
      api<RoomOverview[]>(`/api/events/${event.code}/overview`, { headers }),
      api<(Omit<EventListItem, 'rooms'> & { rooms: RoomLink[] })[]>('/api/events', { headers }),
    ]);
    if (overview.ok) setRows(overview.data);
    if (list.ok) {
      const mine = list.data.find((e) => e.code === event.code);
      setLinks(Object.fromEntries((mine?.rooms ?? []).map((r) => [r.id, r])));
    }
  };

  useEffect(() => {
    void load();
    const timer = setInterval(
      () =>
        void api<RoomOverview[]>(`/api/events/${event.code}/overview`, { headers }).then(
          (r) => r.ok && setRows(r.data),
        ),
      REFRESH_MS,
    );
    return () => clearInterval(timer);
  }, [event.code]);

  const regenerate = async (roomId: string) => {
    const res = await api<RoomLink>(`/api/events/${event.code}/chair-link`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ roomId }),
    });
    if (!res.ok) return null;
    setLinks((now) => ({ ...now, [roomId]: res.data }));
    return res.data.chairUrl;
  };

  const remove = async () => {
    const res = await api<null>(`/api/events/${event.code}`, { method: 'DELETE', headers });
    if (res.ok || res.status === 204) props.onDeleted(event.code);
  };

  const print = (kind: 'cards' | 'chairs') =>
    `/o/${event.code}/${kind}?t=${encodeURIComponent(token)}`;
  return (
    <section class="event-detail" aria-labelledby="detail-heading" data-testid="event-detail">
      <div class="event-detail__head">
        <h2 id="detail-heading">{event.name}</h2>
        <button type="button" class="btn" onClick={props.onClose}>
          {t('common.close')}
        </button>
      </div>
      <p class="event-row__facts">
        {t('organizer.code')}: <strong>{event.code}</strong>
        {event.endsAt
          ? ` · ${t('organizer.endsAt')}: ${formatDateTime(event.endsAt, lang.value)}`
          : ''}
      </p>
      <p class="event-detail__print">
        <a
          class="btn"
          href={print('cards')}
          target="_blank"
          rel="noopener"
          data-testid="print-cards"
        >
          {t('organizer.rooms.printCards')}
        </a>
        <a
          class="btn"
          href={print('chairs')}
          target="_blank"
          rel="noopener"
          data-testid="print-chairs"
        >
          {t('organizer.rooms.printChairs')}
        </a>
        <a
          class="btn"
          href={reportPath(event.code, { t: token }, lang.value)}
          target="_blank"
          rel="noopener"
          data-testid="report-link"
        >
          {t('report.link')}
        </a>
      </p>
      <h3>{t('organizer.overview.title')}</h3>
      {rows === null ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <div class="table-scroll">
          <table class="overview" data-testid="overview">
            <caption class="sr-only">{t('organizer.overview.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('print.chairs.room')}</th>
                <th scope="col">{t('organizer.overview.people')}</th>
                <th scope="col">{t('organizer.overview.chairs')}</th>
                <th scope="col">{t('organizer.overview.waiting')}</th>
                <th scope="col">{t('organizer.overview.posts')}</th>
                <th scope="col">{t('organizer.overview.onScreen')}</th>
                <th scope="col">{t('organizer.overview.last')}</th>
                <th scope="col">{t('organizer.overview.links')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const l = links[r.id];
                const stuck =
                  r.pending >= 5 || (r.connected.participants > 0 && r.connected.chairs === 0);
                return (
                  <tr
                    key={r.id}
                    class={stuck ? 'is-stuck' : undefined}
                    data-testid="overview-row"
                    data-name={r.name}
                  >
                    <th scope="row">
                      {r.name}
                      {stuck && (
                        <span class="badge badge--warn">{t('organizer.overview.stuck')}</span>
                      )}
                      {(r.location || r.chairName) && (
                        <span class="overview__sub">
                          {[r.location, r.chairName].filter(Boolean).join(' · ')}
                        </span>
                      )}
                    </th>
                    <td>{r.connected.participants}</td>
                    <td>{r.connected.chairs}</td>
                    <td data-testid="overview-pending">{formatNumber(r.pending, 0)}</td>
                    <td>{formatNumber(r.statements, 0)}</td>
                    <td>{r.current?.title ?? '—'}</td>
                    <td>{ago(r.lastChangeAt)}</td>
                    <td class="overview__links">
                      {l && (
                        <>
                          <a href={l.projectorUrl} target="_blank" rel="noopener">
                            {t('organizer.overview.projector')}
                          </a>
                          <a href={l.chairUrl} target="_blank" rel="noopener">
                            {t('organizer.overview.chair')}
                          </a>
                          <RevokeChairLink name={r.name} onRevoke={() => regenerate(r.id)} />
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <RoomsImport code={event.code} headers={headers} onDone={() => void load()} />
      <TemplatePanel code={event.code} headers={headers} onDone={() => void load()} />
      <EventSettings
        code={event.code}
        name={meta.name}
        endsAt={meta.endsAt}
        headers={headers}
        onSaved={(name, endsAt) => {
          setMeta({ name, endsAt });
          props.onChanged?.(event.code, { name, endsAt });
        }}
      />
      <BrandingPanel code={event.code} headers={headers} />
      <div class="danger-zone">
        <h3>{t('organizer.delete.title')}</h3>
        <p>{t('organizer.delete.explain')}</p>
        {confirming ? (
          <p>
            <button
              type="button"
              class="btn btn--danger"
              onClick={() => void remove()}
              data-testid="delete-confirm"
            >
              {t('organizer.delete.confirm')}
            </button>{' '}
            <button type="button" class="btn" onClick={() => setConfirming(false)}>
              {t('chair.cancel')}
            </button>
          </p>
        ) : (
          <button
            type="button"
            class="btn btn--danger"
            onClick={() => setConfirming(true)}
            data-testid="delete-button"
          >
            {t('organizer.delete.button')}
          </button>
        )}
      </div>
    </section>
  );
}
