// The room's timer (rules CLOCK-*): the chair's commands become one `timer.set` event that
// carries the whole new timer, computed here with the server's clock, so applying it is
// deterministic on every instance. What happens at zero is decided by zeroCommands().

import { CLOCK_LIMITS, type TimerView } from '../../shared/clock.js';
import {
  assertNever,
  ErrorCode,
  type CommandMessage,
  type TimerControl,
  type TimerStart,
} from '../../shared/protocol.js';
import { isModerator } from './actors.js';
import {
  fail,
  ok,
  type Actor,
  type Dirty,
  type DomainEvent,
  type Result,
  type RoomState,
} from './types.js';

type TimerEvent = Extract<DomainEvent, { type: 'timer.set' }>;

const minutes = (ms: number) => `${Math.round(ms / 60_000)} min`;

function checkLength(ms: number, field: string): Result<number> {
  if (ms < CLOCK_LIMITS.minMs) {
    return fail(ErrorCode.OutOfRange, 'a timer runs for at least one second', field);
  }
  if (ms > CLOCK_LIMITS.maxMs) {
    return fail(
      ErrorCode.OutOfRange,
      `a timer runs for at most ${minutes(CLOCK_LIMITS.maxMs)} (12 h)`,
      field,
    );
  }
  return ok(ms);
}

function start(state: RoomState, cmd: TimerStart, now: number): Result<TimerEvent> {
  if ((cmd.durationMs === undefined) === (cmd.endsAt === undefined)) {
    return fail(ErrorCode.Invalid, 'give exactly one of durationMs and endsAt', 'durationMs');
  }
  if (cmd.endsAt !== undefined && cmd.endsAt <= now) {
    return fail(ErrorCode.TimerInPast, 'endsAt lies in the past (server time)', 'endsAt');
  }
  const length = checkLength(
    cmd.durationMs ?? cmd.endsAt! - now,
    cmd.durationMs !== undefined ? 'durationMs' : 'endsAt',
  );
  if (!length.ok) return length;
  const activityId = cmd.activityId === undefined ? state.room.currentActivityId : cmd.activityId;
  const activity = activityId === null ? null : state.activities.get(activityId);
  if (activity === undefined) return fail(ErrorCode.NotFound, 'no such activity', 'activityId');
  let phaseId: string | undefined;
  if (cmd.phase !== undefined) {
    if (activity?.kind !== 'round') {
      return fail(ErrorCode.NotFound, 'only a dilemma round has steps', 'phase');
    }
    const phase = activity.config.phases[cmd.phase];
    if (!phase) {
      return fail(
        ErrorCode.NotFound,
        `this round has ${activity.config.phases.length} steps`,
        'phase',
      );
    }
    phaseId = phase.id;
  }
  const atZero = cmd.atZero ?? 'none';
  if (atZero !== 'none' && activity === null) {
    return fail(ErrorCode.Invalid, 'closing or moving on at zero needs an activity', 'atZero');
  }
  const timer: TimerView = {
    id: cmd.id,
    rev: 0,
    activityId,
    ...(phaseId !== undefined ? { phaseId } : {}),
    durationMs: length.value,
    endsAt: now + length.value,
    remainingMs: length.value,
    status: 'running',
    atZero,
  };
  return ok({ type: 'timer.set', timer });
}

function control(state: RoomState, cmd: TimerControl, now: number): Result<TimerEvent> {
  const timer = state.room.timer;
  if (!timer) return fail(ErrorCode.NoTimer, 'this room has no timer');
  const left = timerLeft(timer, now);
  const next = { ...timer, rev: timer.rev + 1 };
  switch (cmd.action) {
    case 'stop':
      return ok({ type: 'timer.set', timer: null });
    case 'pause':
      if (timer.status !== 'running' || left <= 0) {
        return fail(ErrorCode.NoTimer, 'the timer is not running');
      }
      return ok({
        type: 'timer.set',
        timer: { ...next, status: 'paused', endsAt: null, remainingMs: left },
      });
    case 'resume':
      if (timer.status !== 'paused') return fail(ErrorCode.NoTimer, 'the timer is not paused');
      return ok({
        type: 'timer.set',
        timer: { ...next, status: 'running', endsAt: now + left, remainingMs: left },
      });
    case 'add': {
      const add = checkLength(cmd.ms ?? CLOCK_LIMITS.addMs, 'ms');
      if (!add.ok) return add;
      const remaining = left + add.value;
      if (remaining > CLOCK_LIMITS.maxMs) {
        return fail(ErrorCode.OutOfRange, 'a timer runs for at most 12 h', 'ms');
      }
      // At zero, a minute more runs again (the server acts at zero again, once).
      const running = timer.status !== 'paused';
      return ok({
        type: 'timer.set',
        timer: {
          ...next,
          status: running ? 'running' : 'paused',
          endsAt: running ? now + remaining : null,
          remainingMs: remaining,
          durationMs: timer.durationMs + add.value,
        },
      });
    }
  }
}

/** Milliseconds left at server time `now`. */
export function timerLeft(timer: TimerView, now: number): number {
  if (timer.status === 'done') return 0;
  if (timer.status === 'paused' || timer.endsAt === null) return timer.remainingMs;
  return Math.max(0, timer.endsAt - now);
}

export function decideTimer(
  state: RoomState,
  actor: Actor,
  cmd: TimerStart | TimerControl,
  now: number = Date.now(),
): Result<DomainEvent> {
  if (!isModerator(actor)) return fail(ErrorCode.Forbidden, 'only a chair keeps the time');
  return cmd.type === 'timer.start' ? start(state, cmd, now) : control(state, cmd, now);
}

export function applyTimer(state: RoomState, e: TimerEvent): Dirty[] {
  state.room = { ...state.room, timer: e.timer };
  return [{ kind: 'room' }];
}

/** A running timer that has reached zero at `now`. */
export function dueTimer(state: RoomState, now: number): TimerView | null {
  const t = state.room.timer;
  return t && t.status === 'running' && t.endsAt !== null && t.endsAt <= now ? t : null;
}

/** The event that marks the timer as at zero. */
export function timerDone(timer: TimerView): TimerEvent {
  return {
    type: 'timer.set',
    timer: { ...timer, rev: timer.rev + 1, status: 'done', endsAt: null, remainingMs: 0 },
  };
}

/**
 * What the chair would do at zero (CLOCK-4), as commands the room's rules decide like any
 * other: close the activity (a poll closes, a wall, Q&A or round stops taking posts), or move on
 * (a round to its next step, else the projector to the next agenda item). Empty when there is
 * nothing left to do, so doing it twice is doing it once.
 */
export function zeroCommands(state: RoomState, timer: TimerView): CommandMessage[] {
  const id = `clock:${timer.id}:${timer.rev}`;
  const a = timer.activityId === null ? undefined : state.activities.get(timer.activityId);
  if (!a || timer.atZero === 'none') return [];
  if (timer.atZero === 'close') {
    switch (a.kind) {
      case 'poll':
        return a.state === 'open'
          ? [{ type: 'poll.control', id, pollId: a.id, action: 'close' }]
          : [];
      case 'ranking':
        return a.state === 'open'
          ? [{ type: 'ranking.control', id, rankingId: a.id, action: 'close' }]
          : [];
      case 'round':
        return a.config.open ? [{ type: 'round.control', id, activityId: a.id, close: true }] : [];
      case 'slide':
      case 'deck':
        return [];
      case 'wall':
      case 'qa':
        return a.config.open
          ? [{ type: 'activity.update', id, activityId: a.id, config: { open: false } }]
          : [];
      default:
        // A new kind does not compile until it says what "close at zero" does to it.
        return assertNever(a);
    }
  }
  if (a.kind === 'round' && timer.phaseId !== undefined) {
    const at = a.config.phases.findIndex((p) => p.id === timer.phaseId);
    // Only when the round is still at the timed step: a chair who moved on already is not overruled.
    if (at !== a.config.phase) return [];
    if (at + 1 < a.config.phases.length) {
      return [{ type: 'round.control', id, activityId: a.id, phase: at + 1 }];
    }
  }
  // The next agenda item, only while the timed activity is still on screen.
  if (state.room.currentActivityId !== a.id) return [];
  const next = state.agenda[state.agenda.indexOf(a.id) + 1];
  return next ? [{ type: 'activity.show', id, activityId: next }] : [];
}
