// The organizer's list of events with their links and QR codes.
import { qrPath } from '../lib/api.js';
import { formatDateTime } from '../../shared/format.js';
import { lang, t } from '../lib/i18n.js';
import { CopyLink } from './CopyLink.js';
import type { EventListItem } from './types.js';

function when(createdAt: EventListItem['createdAt']): string {
  if (createdAt === undefined) return '';
  const d = new Date(createdAt);
  if (Number.isNaN(d.getTime())) return '';
  return formatDateTime(d.getTime(), lang.value);
}

function sortKey(e: EventListItem): number {
  const ms = e.createdAt === undefined ? 0 : new Date(e.createdAt).getTime();
  return Number.isNaN(ms) ? 0 : ms;
}

export function EventList({
  events,
  fresh,
  onManage,
}: {
  events: EventListItem[];
  fresh: string | null;
  onManage: (code: string) => void;
}) {
  if (events.length === 0) return <p class="muted">{t('organizer.noEvents')}</p>;
  const sorted = [...events].sort((a, b) => {
    if (a.code === fresh) return -1;
    if (b.code === fresh) return 1;
    return sortKey(b) - sortKey(a);
  });
  return (
    <ul class="event-list">
      {sorted.map((e) => (
        <li
          key={e.id}
          class={e.code === fresh ? 'event-row is-fresh' : 'event-row'}
          data-testid="event-row"
          data-code={e.code}
        >
          <img
            class="event-row__qr"
            src={qrPath(e.code)}
            alt={t('organizer.qrAlt', { name: e.name })}
            width={96}
            height={96}
          />
          <div class="event-row__body">
            <h3 class="event-row__name">{e.name}</h3>
            <button
              type="button"
              class="btn btn--small"
              data-testid="manage-button"
              onClick={() => onManage(e.code)}
            >
              {t('organizer.manage')}
            </button>
            <p class="event-row__facts">
              {t('organizer.code')}: <strong class="event-row__code">{e.code}</strong>
              {' · '}
              {t(e.language === 'en' ? 'lang.name.en' : 'lang.name.nl')}
              {when(e.createdAt) && ` · ${when(e.createdAt)}`}
            </p>
            <ul class="event-row__links">
              <CopyLink label="organizer.joinLink" url={e.joinUrl} testId="event-join-link" />
              <CopyLink
                label="organizer.projectorLink"
                url={e.projectorUrl}
                testId="event-projector-link"
              />
              <CopyLink
                label="organizer.speakerLink"
                url={e.speakerUrl}
                testId="event-speaker-link"
              />
              <CopyLink label="organizer.chairLink" url={e.chairUrl} testId="event-chair-link" />
            </ul>
          </div>
        </li>
      ))}
    </ul>
  );
}
