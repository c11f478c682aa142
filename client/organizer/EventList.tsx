import { qrPath } from '../lib/api.js';
import { formatDateTime } from '../../shared/format.js';
import { lang, t } from '../lib/i18n.js';
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
              <li>
                <a href={e.joinUrl} target="_blank" rel="noopener" data-testid="event-join-link">
                  {t('organizer.joinLink')}
                </a>{' '}
                <code class="event-row__url">{e.joinUrl}</code>
              </li>
              <li>
                <a
                  href={e.projectorUrl}
                  target="_blank"
                  rel="noopener"
                  data-testid="event-projector-link"
                >
                  {t('organizer.projectorLink')}
                </a>{' '}
                <code class="event-row__url">{e.projectorUrl}</code>
              </li>
              <li>
                <a href={e.chairUrl} target="_blank" rel="noopener" data-testid="event-chair-link">
                  {t('organizer.chairLink')}
                </a>{' '}
                <code class="event-row__url">{e.chairUrl}</code>
              </li>
            </ul>
          </div>
        </li>
      ))}
    </ul>
  );
}
