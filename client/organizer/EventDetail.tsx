// One event for the organizer: rooms, overview, printables, chair links, settings, delete.
import { useEffect, useState } from 'preact/hooks';
import { api } from '../lib/api.js';
import { formatDateTime } from '../../shared/format.js';
import { lang, t } from '../lib/i18n.js';
import { reportPath } from '../lib/route.js';
import { NowNext } from '../components/NowNext.js';
import { usePlan } from './PlanPanel.js';
import { EventTools } from './EventTools.js';
import type { RoomLinks } from '../../shared/api-types.js';
import type { EventListItem } from './types.js';
import { Overview, type RoomLink } from './Overview.js';
import { useAfterOverview, useOverview } from './overview-socket.js';
import './overview.css';

/** One event: its rooms live first (ORG-21), then adding rooms, printing, settings, deleting. */
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
  // Without a token in the page the session cookie does the work (AUTH-10).
  const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
  // The event list's answer carries every room's links already: no second read while the
  // overview opens, competing with a cold overview for the server (ORG-21).
  const linksOf = (rooms: RoomLinks[] | undefined) =>
    Object.fromEntries((rooms ?? []).map((r) => [r.id, r]));
  const [links, setLinks] = useState<Record<string, RoomLink>>(() => linksOf(props.event.rooms));
  const [plan, setPlan, zone] = usePlan(event.code);
  const live = useOverview(event.code, token);
  // The overview paints first; the forms and settings below it follow (ORG-21).
  const rest = useAfterOverview(live);
  // Read afresh once the overview is on screen: rooms added since the list was read get theirs.
  useEffect(() => {
    if (rest) void load();
  }, [rest]);

  const load = async () => {
    const list = await api<EventListItem[]>('/api/events', { headers });
    if (list.ok) {
      const mine = list.data.find((e) => e.code === event.code);
      setLinks(linksOf(mine?.rooms));
    }
  };

  const regenerate = async (roomId: string) => {
    const res = await api<RoomLinks>(`/api/events/${event.code}/chair-link`, {
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

  const print = (kind: 'cards' | 'chairs' | 'slips') =>
    `/o/${event.code}/${kind}${token ? `?t=${encodeURIComponent(token)}` : ''}`;
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
          href={print('slips')}
          target="_blank"
          rel="noopener"
          data-testid="print-slips"
        >
          {t('print.slips.link')}
        </a>
        <a
          class="btn"
          href={reportPath(event.code, token ? { t: token } : {}, lang.value)}
          target="_blank"
          rel="noopener"
          data-testid="report-link"
        >
          {t('report.link')}
        </a>
      </p>
      <h3>{t('organizer.overview.title')}</h3>
      <NowNext plan={plan ?? undefined} offset={live.offset.value} timeZone={zone} />
      <Overview live={live} links={links} onNewLink={regenerate} />
      {rest && (
        <EventTools
          code={event.code}
          headers={headers}
          links={links}
          live={live}
          meta={meta}
          onReload={() => void load()}
          onSaved={(name, endsAt) => {
            setMeta({ name, endsAt });
            props.onChanged?.(event.code, { name, endsAt });
          }}
          plan={plan}
          setPlan={setPlan}
          zone={zone}
          onDelete={() => void remove()}
        />
      )}
    </section>
  );
}
