// The chair keeps the time (CLOCK-1): start a timer for what is on screen (a round: its current
// step), pause, resume, a minute more, stop, and what happens at zero (CLOCK-4).

import { useState } from 'preact/hooks';
import { CLOCK_LIMITS, TIMER_AT_ZERO, type TimerAtZero } from '../../shared/clock.js';
import type { ActivityView } from '../../shared/model.js';
import { NowNext } from '../components/NowNext.js';
import { Timer } from '../components/Timer.js';
import { NumberField, SelectField } from '../components/form/Field.js';
import { ConsoleSection } from '../components/form/Section.js';
import { Submit } from '../components/form/Status.js';
import { t, type MessageKey } from '../lib/i18n.js';
import type { Outbox } from '../lib/outbox.js';
import type { ViewStore } from '../lib/store.js';

type Control = 'pause' | 'resume' | 'add' | 'stop';
type ButtonExtra = { disabled?: boolean; 'aria-label'?: string };

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
  const control = (action: Control) => outbox.push({ type: 'timer.control', action });
  const custom = Number(minutes.replace(',', '.'));
  const startCustom = (e: Event) => {
    e.preventDefault();
    if (custom > 0) start(custom);
  };
  /** A button that acts on the running timer. */
  const button = (action: Control, label: MessageKey, extra: ButtonExtra = {}) => (
    <button
      type="button"
      class="btn"
      data-testid={`timer-${action}`}
      onClick={() => control(action)}
      {...extra}
    >
      {t(label)}
    </button>
  );
  return (
    <ConsoleSection id="timer-panel" testId="timer-panel" title={t('clock.heading')}>
      <NowNext
        plan={view.event.value?.plan}
        offset={view.clockOffset.value}
        timeZone={view.event.value?.timeZone}
      />
      <Timer view={view} variant="chair" />
      {timer && (
        <div class="actions">
          {timer.status === 'paused'
            ? button('resume', 'clock.resume')
            : button('pause', 'clock.pause', { disabled: timer.status !== 'running' })}
          {button('add', 'clock.addMinute', { 'aria-label': t('clock.addMinuteLabel') })}
          {button('stop', 'clock.stop')}
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
      <form class="timer-panel__custom" onSubmit={startCustom}>
        <NumberField
          id="timer-minutes"
          label={t('clock.custom')}
          inputMode="decimal"
          max={CLOCK_LIMITS.maxMs / 60_000}
          step="any"
          state={[minutes, setMinutes]}
        />
        <Submit testId="timer-start">{t('clock.startCustom')}</Submit>
      </form>
      {current && (
        <SelectField
          id="timer-at-zero"
          label={t('clock.atZero')}
          options={TIMER_AT_ZERO}
          labelOf={(z) => t(`clock.atZero.${z}`)}
          value={atZero}
          onChange={setAtZero}
        />
      )}
    </ConsoleSection>
  );
}
