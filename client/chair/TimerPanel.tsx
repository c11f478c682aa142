// The chair keeps the time (CLOCK-1): start a timer for what is on screen (a round: its current
// step), pause, resume, a minute more, stop, and what happens at zero (CLOCK-4).

import { useState } from 'preact/hooks';
import { CLOCK_LIMITS, TIMER_AT_ZERO, type TimerAtZero } from '../../shared/clock.js';
import type { ActivityView } from '../../shared/model.js';
import { NowNext } from '../components/NowNext.js';
import { Timer } from '../components/Timer.js';
import { t } from '../lib/i18n.js';
import type { Outbox } from '../lib/outbox.js';
import type { ViewStore } from '../lib/store.js';

export function TimerPanel({
  view,
  outbox,
  current,
}: {
  view: ViewStore;
  outbox: Outbox;
  current: ActivityView | null;
}) {
  const timer = view.room.value?.timer ?? null;
  const [minutes, setMinutes] = useState('15');
  const [atZero, setAtZero] = useState<TimerAtZero>('none');
  const start = (min: number) =>
    outbox.push({
      type: 'timer.start',
      durationMs: Math.round(min * 60_000),
      activityId: current?.id ?? null,
      ...(current?.kind === 'round' ? { phase: current.config.phase } : {}),
      // Closing or moving on needs something on screen.
      atZero: current ? atZero : 'none',
    });
  const control = (action: 'pause' | 'resume' | 'add' | 'stop') =>
    outbox.push({ type: 'timer.control', action });
  const custom = Number(minutes.replace(',', '.'));
  return (
    <section class="timer-panel" aria-labelledby="timer-heading" data-testid="timer-panel">
      <h2 id="timer-heading" class="section-title">
        {t('clock.heading')}
      </h2>
      <NowNext
        plan={view.event.value?.plan}
        offset={view.clockOffset.value}
        timeZone={view.event.value?.timeZone}
      />
      <Timer view={view} variant="chair" />
      {timer && (
        <div class="actions">
          {timer.status === 'paused' ? (
            <button
              type="button"
              class="btn"
              data-testid="timer-resume"
              onClick={() => control('resume')}
            >
              {t('clock.resume')}
            </button>
          ) : (
            <button
              type="button"
              class="btn"
              data-testid="timer-pause"
              disabled={timer.status !== 'running'}
              onClick={() => control('pause')}
            >
              {t('clock.pause')}
            </button>
          )}
          <button
            type="button"
            class="btn"
            data-testid="timer-add"
            aria-label={t('clock.addMinuteLabel')}
            onClick={() => control('add')}
          >
            {t('clock.addMinute')}
          </button>
          <button
            type="button"
            class="btn"
            data-testid="timer-stop"
            onClick={() => control('stop')}
          >
            {t('clock.stop')}
          </button>
        </div>
      )}
      <div class="actions timer-panel__presets">
        {CLOCK_LIMITS.presetsMin.map((n) => (
          <button
            key={n}
            type="button"
            class="btn"
            data-testid="timer-preset"
            data-minutes={n}
            aria-label={t('clock.presetLabel', { n })}
            onClick={() => start(n)}
          >
            {t('clock.preset', { n })}
          </button>
        ))}
      </div>
      <form
        class="timer-panel__custom"
        onSubmit={(e) => {
          e.preventDefault();
          if (custom > 0) start(custom);
        }}
      >
        <label for="timer-minutes">{t('clock.custom')}</label>
        <input
          id="timer-minutes"
          data-testid="timer-minutes"
          type="number"
          inputMode="decimal"
          max={CLOCK_LIMITS.maxMs / 60_000}
          step="any"
          value={minutes}
          onInput={(e) => setMinutes(e.currentTarget.value)}
        />
        <button type="submit" class="btn btn--primary" data-testid="timer-start">
          {t('clock.startCustom')}
        </button>
      </form>
      {current && (
        <>
          <label for="timer-at-zero">{t('clock.atZero')}</label>
          <select
            id="timer-at-zero"
            data-testid="timer-at-zero"
            value={atZero}
            onChange={(e) => setAtZero(e.currentTarget.value as TimerAtZero)}
          >
            {TIMER_AT_ZERO.map((z) => (
              <option key={z} value={z}>
                {t(`clock.atZero.${z}`)}
              </option>
            ))}
          </select>
        </>
      )}
    </section>
  );
}
