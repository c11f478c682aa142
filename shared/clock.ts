// The shared clock: a room's timer as the server keeps it (a deadline, never a countdown sent
// every second) and the arithmetic every screen uses to show it. Rules CLOCK-*.

/** What the server does when the timer reaches zero (CLOCK-4). */
export type TimerAtZero = 'none' | 'close' | 'advance';
export const TIMER_AT_ZERO: readonly TimerAtZero[] = ['none', 'close', 'advance'];

export type TimerStatus = 'running' | 'paused' | 'done';

/** The room's timer; at most one per room. It is part of the room view, so a snapshot carries it. */
export interface TimerView {
  /** The id of the command that started it. */
  id: string;
  /** Bumped by every change (pause, resume, +1 min): the server acts at zero once per rev. */
  rev: number;
  /** The activity it belongs to; null: the room as a whole. */
  activityId: string | null;
  /** A dilemma round's step (its stable id) it belongs to. */
  phaseId?: string;
  /** The whole time given, including minutes added (ms). */
  durationMs: number;
  /** Running: when it reaches zero, in server time (ms since epoch). Otherwise null. */
  endsAt: number | null;
  /** Paused: what is left (ms). Done: 0. Running: what was left when it (re)started. */
  remainingMs: number;
  status: TimerStatus;
  atZero: TimerAtZero;
}

export const CLOCK_LIMITS = {
  /** The longest timer: 12 hours. */
  maxMs: 12 * 60 * 60 * 1000,
  /** The shortest timer: one second. */
  minMs: 1000,
  /** What "+1 min" adds. */
  addMs: 60 * 1000,
  /** The presets on the chair's console, in minutes. */
  presetsMin: [1, 2, 3, 5, 10] as readonly number[],
  /** The last stretch, shown in a calmer warning colour. */
  lastMinuteMs: 60 * 1000,
} as const;

/** Milliseconds left at server time `serverNow` (never below zero). */
export function timerRemaining(timer: TimerView, serverNow: number): number {
  if (timer.status === 'done') return 0;
  if (timer.status === 'paused' || timer.endsAt === null) return Math.max(0, timer.remainingMs);
  return Math.max(0, timer.endsAt - serverNow);
}

/**
 * The offset to add to the local clock to get the server's, from a frame that carried the
 * server's time: the midpoint of the round trip when it is known (ping/pong), else the arrival.
 */
export function clockOffset(serverTime: number, receivedAt: number, sentAt?: number): number {
  const local = sentAt === undefined ? receivedAt : (sentAt + receivedAt) / 2;
  return serverTime - local;
}

/** "4:05", "0:09", "1:02:03": whole seconds, rounded up so zero shows only at zero. */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** How a screen should look: calm, in the last minute, or at zero. */
export function timerPhase(timer: TimerView, remaining: number): 'calm' | 'last' | 'zero' {
  if (timer.status === 'done' || remaining <= 0) return 'zero';
  return remaining <= CLOCK_LIMITS.lastMinuteMs ? 'last' : 'calm';
}

/** One line of the event's time plan (opening, round 1, plenary). Times are "HH:MM". */
export interface PlanItem {
  label: string;
  start: string;
  end?: string;
}
