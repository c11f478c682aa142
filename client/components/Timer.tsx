// The room's timer on every screen (CLOCK-2): the server sends a deadline once; each screen
// counts down on its own, corrected by its offset to the server's clock (CLOCK-3). Screen
// readers hear it twice only: at one minute and at zero, never every second.

import { useEffect, useRef, useState } from 'preact/hooks';
import { CLOCK_LIMITS, formatClock, timerPhase, timerRemaining } from '../../shared/clock.js';
import type { TimerView } from '../../shared/clock.js';
import { t } from '../lib/i18n.js';
import type { ViewStore } from '../lib/store.js';
import './timer.css';

export type TimerVariant = 'projector' | 'phone' | 'chair' | 'speaker' | 'overview';

/**
 * Re-renders every quarter second while the timer runs (so no second is skipped), once a second
 * in the overview's many rows; nothing while it does not run.
 */
function useNow(running: boolean, offset: number, everyMs: number): number {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!running) return;
    const h = setInterval(() => setTick((n) => n + 1), everyMs);
    return () => clearInterval(h);
  }, [running, everyMs]);
  return Date.now() + offset;
}

/** What a screen reader hears: once at one minute, once at zero. */
function useAnnouncement(timer: TimerView, remaining: number): string {
  const [said, setSaid] = useState('');
  const last = useRef<{ id: string; remaining: number } | null>(null);
  useEffect(() => {
    const before = last.current?.id === timer.id ? last.current.remaining : null;
    last.current = { id: timer.id, remaining };
    if (before === null) return;
    const minute = CLOCK_LIMITS.lastMinuteMs;
    if (before > 0 && remaining <= 0) setSaid(t('clock.done'));
    else if (before > minute && remaining <= minute && remaining > 0) setSaid(t('clock.oneMinute'));
  }, [timer.id, remaining <= 0, remaining <= CLOCK_LIMITS.lastMinuteMs]);
  return said;
}

export function Timer({ view, variant }: { view: ViewStore; variant: TimerVariant }) {
  const timer = view.room.value?.timer;
  if (!timer) return null;
  return <TimerFace timer={timer} offset={view.clockOffset.value} variant={variant} />;
}

export function TimerFace({
  timer,
  offset,
  variant,
}: {
  timer: TimerView;
  offset: number;
  variant: TimerVariant;
}) {
  const now = useNow(timer.status === 'running', offset, variant === 'overview' ? 1000 : 250);
  const remaining = timerRemaining(timer, now);
  const phase = timerPhase(timer, remaining);
  const said = useAnnouncement(timer, remaining);
  const time = formatClock(remaining);
  return (
    <div
      class={`timer timer--${variant} timer--${phase}${timer.status === 'paused' ? ' timer--paused' : ''}`}
      data-testid="timer"
      data-status={timer.status}
    >
      <span class="timer__time" role="timer" aria-label={t('clock.label')} data-testid="timer-time">
        {time}
      </span>
      {timer.status === 'paused' && <span class="timer__note">{t('clock.paused')}</span>}
      {phase === 'zero' && <span class="timer__note">{t('clock.done')}</span>}
      {variant === 'phone' && (
        <span class="sr-only" aria-live="polite">
          {said}
        </span>
      )}
    </div>
  );
}
