// A traveling phone's line (ROT-6): the group, the round and where it is; after a slot change,
// "Jullie gaan nu naar <locatie> — <adres>" on top, as a status the screen reader reads out.
import type { VisitView } from '../../shared/protocol.js';
import { t } from '../lib/i18n.js';
import './visit.css';

export function VisitLine({ visit, moved }: { visit: VisitView; moved: boolean }) {
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
      <p class="visit__where">
        {t('rotation.yourGroup', { group: visit.groupName })} ·{' '}
        {t('rotation.slotOf', { slot: visit.slot + 1, slots: visit.slots })}
        {time && ` · ${time}`}
      </p>
      {!moved && (
        <p class="visit__where" data-testid="visit-location">
          {visit.location}
          {visit.address && ` — ${visit.address}`}
        </p>
      )}
    </section>
  );
}
