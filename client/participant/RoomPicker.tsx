// The event code alone: the participant picks their room; and the privacy note.
import { EventBrand } from './EventBrand.js';
import { formatDate } from '../../shared/format.js';
import type { EventInfo } from '../../shared/model.js';
import { TopBar } from '../components/TopBar.js';
import { lang, t } from '../lib/i18n.js';
import { RoomList } from './RoomList.js';

/** The event code alone: pick the room you are in. The plenary comes first. */
export function RoomPicker({ event }: { event: EventInfo }) {
  return (
    <div class="participant">
      <TopBar skip>
        <EventBrand event={event} />
        <span class="topbar__event">{event.name}</span>
      </TopBar>
      <main id="main" class="participant__main" tabIndex={-1}>
        <h1 class="picker__title">{t('rooms.pick')}</h1>
        <p class="hint">{t('rooms.pickHint')}</p>
        <RoomList event={event} />
        <Privacy event={event} />
      </main>
    </div>
  );
}

/** In plain words what Vonk keeps, and until when (AVG). */
export function Privacy({ event }: { event: EventInfo }) {
  const until = event.deleteAt ? formatDate(event.deleteAt, lang.value) : null;
  return (
    <details class="privacy" data-testid="privacy">
      <summary>{t('privacy.title')}</summary>
      <p>{t('privacy.what')}</p>
      <p>{until ? t('privacy.until', { date: until }) : t('privacy.untilUnknown')}</p>
    </details>
  );
}
