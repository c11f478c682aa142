// "Now / next" from the event's time plan (CLOCK-6), for the chair console and the overview,
// in the event's time zone and by the server's clock (CLOCK-7), whatever the screen's own.

import { useEffect, useState } from 'preact/hooks';
import { minutesOfDay, nowNext, type PlanItem } from '../../shared/clock.js';
import { t } from '../lib/i18n.js';
import './timer.css';

const span = (p: PlanItem) => (p.end ? `${p.start}–${p.end}` : p.start);

export function NowNext({
  plan,
  offset = 0,
  timeZone,
}: {
  plan: readonly PlanItem[] | undefined;
  offset?: number;
  timeZone?: string | undefined;
}) {
  const [, setTick] = useState(0);
  useEffect(() => {
    const h = setInterval(() => setTick((n) => n + 1), 30_000);
    return () => clearInterval(h);
  }, []);
  if (!plan?.length) return null;
  const { now, next } = nowNext(plan, minutesOfDay(Date.now() + offset, timeZone));
  return (
    <p class="now-next" data-testid="now-next">
      <span>
        <strong>{t('plan.now')}</strong> {now ? `${span(now)} ${now.label}` : '—'}
      </span>
      <span>
        <strong>{t('plan.next')}</strong> {next ? `${span(next)} ${next.label}` : '—'}
      </span>
    </p>
  );
}
