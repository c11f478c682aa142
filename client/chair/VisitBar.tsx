// The location chair's visits (ROT-7, ROT-10): the visit running here, the group the plan brings
// now and the one after it, and one big button to start the visit of the group that is due. The
// plan is asked when the console opens and when a visit starts; a change of the plan or of the
// slot in force is pushed by the server (a `rotation` frame, ROT-32), never polled.
// Nothing shows in a room the rotation plan does not use.

import { useEffect, useState } from 'preact/hooks';
import type { RoomView } from '../../shared/model.js';
import type { PlannedVisit, PlannedVisits } from '../../shared/visit.js';
import type { Connection } from '../lib/connection.js';
import { t } from '../lib/i18n.js';
import type { Outbox } from '../lib/outbox.js';
import './visit.css';

interface Props {
  conn: Connection;
  eventCode: string;
  roomId: string;
  chairKey: string;
  room: RoomView | null;
  outbox: Outbox;
  earlier: boolean;
  onEarlier: (on: boolean) => void;
}

export function VisitBar(props: Props) {
  const { conn, eventCode, roomId, chairKey, room, outbox, earlier, onEarlier } = props;
  const [plan, setPlan] = useState<PlannedVisits | null>(null);
  const running = room?.visit ?? null;
  useEffect(() => {
    let live = true;
    fetch(`/api/events/${eventCode}/visits?room=${encodeURIComponent(roomId)}&k=${chairKey}`)
      .then((r) => (r.ok ? (r.json() as Promise<PlannedVisits>) : null))
      .then((p) => live && setPlan(p))
      .catch(() => undefined);
    // The plan or the slot changed: the server says so (ROT-32).
    const off = conn.onMessage((m) => {
      if (m.type === 'rotation' && live) setPlan(m.visits);
    });
    return () => {
      live = false;
      off();
    };
  }, [conn, eventCode, roomId, chairKey, running?.n]);
  if (!plan || plan.planned.length === 0) return null;

  const start = (v: PlannedVisit) =>
    outbox.push({
      type: 'visit.start',
      groupId: v.groupId,
      groupName: v.groupName,
      groupNumber: v.groupNumber,
      slot: v.slot,
    });
  const isRunning = (v: PlannedVisit | null) =>
    !!v && running?.groupId === v.groupId && running.slot === v.slot;
  const due = plan.here && !isRunning(plan.here) ? plan.here : null;
  const others = plan.planned.filter((v) => v !== due && !isRunning(v));

  return (
    <section class="visitbar" data-testid="visit-bar" aria-label={t('visit.title')}>
      <div class="visitbar__text">
        <p class="visitbar__now" data-testid="visit-running">
          {running
            ? t('visit.running', { n: running.n, group: running.groupName })
            : t('visit.noneYet')}
        </p>
        {plan.here && (
          <p class="visitbar__line">
            {t('visit.due', { group: plan.here.groupName, slot: plan.here.slot + 1 })}
          </p>
        )}
        <p class="visitbar__line" data-testid="visit-next">
          {plan.next
            ? t('visit.next', { group: plan.next.groupName, slot: plan.next.slot + 1 })
            : t('visit.noNext')}
        </p>
      </div>
      {due && (
        <div class="visitbar__action">
          <button
            type="button"
            class="btn btn--primary btn--wide visitbar__start"
            data-testid="visit-start"
            onClick={() => start(due)}
          >
            {t('visit.start', { group: due.groupName })}
          </button>
          <p class="visitbar__hint">{t('visit.startHint')}</p>
        </div>
      )}
      {others.length > 0 && (
        <details class="visitbar__others">
          <summary>{t('visit.others')}</summary>
          <div class="visitbar__list">
            {others.map((v) => (
              <button
                key={`${v.groupId}-${v.slot}`}
                type="button"
                class="btn btn--small"
                onClick={() => start(v)}
              >
                {t('visit.start', { group: v.groupName })}
              </button>
            ))}
          </div>
        </details>
      )}
      {running && running.n > 1 && (
        <label class="visitbar__earlier">
          <input
            type="checkbox"
            data-testid="visit-earlier"
            checked={earlier}
            onChange={(e) => onEarlier(e.currentTarget.checked)}
          />{' '}
          {t('visit.showEarlier')}
        </label>
      )}
      {earlier && <p class="visitbar__hint">{t('visit.earlierShown')}</p>}
    </section>
  );
}
