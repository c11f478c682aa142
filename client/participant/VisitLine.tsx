// A traveling phone's line (ROT-6, ROT-12): where it is ("Hier: <locatie>"), then its group and
// round; after a slot change, "Jullie gaan nu naar <locatie> — <adres>" on top, as a status the
// screen reader reads out. Until the chair starts the group's visit, it says so.
import type { VisitView } from '../../shared/protocol.js';
import { t } from '../lib/i18n.js';
import './visit.css';

export function VisitLine({
  visit,
  moved,
  waiting,
}: {
  visit: VisitView;
  moved: boolean;
  /** The location still runs another group's visit. */
  waiting: boolean;
}) {
  const go = visit.address
    ? t('rotation.goToAddress', { location: visit.location, address: visit.address })
    : t('rotation.goTo', { location: visit.location });
  const time = visit.start ? t('rotation.time', { start: visit.start, end: visit.end ?? '' }) : '';
  return (
    <section class={`visit${moved ? ' visit--moved' : ''}`} data-testid="visit" role="status">
      {moved && (
        <p class="visit__go" data-testid="visit-go">
          {go}
        </p>
      )}
      {!moved && (
        <p class="visit__here" data-testid="visit-location">
          {t('visit.here', { location: visit.location })}
          {visit.address && ` — ${visit.address}`}
        </p>
      )}
      <p class="visit__where" data-testid="visit-group">
        {t('rotation.yourGroup', { group: visit.groupName })} ·{' '}
        {t('rotation.slotOf', { slot: visit.slot + 1, slots: visit.slots })}
        {time && ` · ${time}`}
      </p>
      {waiting && (
        <p class="visit__wait" data-testid="visit-wait">
          {t('visit.wait')}
        </p>
      )}
    </section>
  );
}
