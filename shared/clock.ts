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

/** One line of the event's time plan (opening, round 1, plenary); times "HH:MM", event-local. */
export interface PlanItem {
  label: string;
  start: string;
  end?: string;
}

export const PLAN_LIMITS = { items: 40, labelLength: 80 } as const;

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * Checks a time plan from the organizer (CLOCK-6): returns the plan sorted by start, or what is
 * wrong with it (with the offending field, e.g. `items.2.end`).
 */
export function checkPlan(
  input: unknown,
): { ok: true; items: PlanItem[] } | { ok: false; message: string; field: string } {
  const bad = (message: string, field: string) => ({ ok: false as const, message, field });
  const items = (input as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) return bad('send {"items": [{label, start, end?}, …]}', 'items');
  if (items.length > PLAN_LIMITS.items) {
    return bad(`a time plan has at most ${PLAN_LIMITS.items} items`, 'items');
  }
  const out: PlanItem[] = [];
  for (const [i, raw] of items.entries()) {
    const it = raw as Partial<Record<keyof PlanItem, unknown>> | null;
    const label = typeof it?.label === 'string' ? it.label.trim() : '';
    if (!label) return bad(`item ${i + 1} needs a label`, `items.${i}.label`);
    if (label.length > PLAN_LIMITS.labelLength) {
      return bad(`a label has at most ${PLAN_LIMITS.labelLength} characters`, `items.${i}.label`);
    }
    if (typeof it?.start !== 'string' || !HHMM.test(it.start)) {
      return bad(`item ${i + 1}: start must be a time like 09:30`, `items.${i}.start`);
    }
    const end = it.end === undefined || it.end === null || it.end === '' ? undefined : it.end;
    if (end !== undefined && (typeof end !== 'string' || !HHMM.test(end))) {
      return bad(`item ${i + 1}: end must be a time like 10:15`, `items.${i}.end`);
    }
    if (end !== undefined && minutesOf(end) <= minutesOf(it.start)) {
      return bad(`item ${i + 1}: end must come after start`, `items.${i}.end`);
    }
    out.push(end !== undefined ? { label, start: it.start, end } : { label, start: it.start });
  }
  out.sort((a, b) => minutesOf(a.start) - minutesOf(b.start));
  return { ok: true, items: out };
}

/** What is on now and what comes next, at `minutes` past midnight (event-local). */
export function nowNext(
  plan: readonly PlanItem[],
  minutes: number,
): { now: PlanItem | null; next: PlanItem | null } {
  let now: PlanItem | null = null;
  let next: PlanItem | null = null;
  for (const item of plan) {
    if (minutesOf(item.start) <= minutes) {
      // An item with an end is over at its end; without, it runs until the next starts.
      now = item.end !== undefined && minutesOf(item.end) <= minutes ? null : item;
    } else {
      next = item;
      break;
    }
  }
  return { now, next };
}

/** The zone plan times are in when the event says none (the server's TIME_ZONE default). */
export const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Minutes past midnight of a moment in the event's time zone (CLOCK-7), not the screen's own:
 * a laptop set to UTC or a phone abroad shows 14:00 Amsterdam as 14:00. An unknown zone falls
 * back to the default.
 */
export function minutesOfDay(ms: number, timeZone: string = DEFAULT_TIME_ZONE): number {
  let f = dayFormats.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-GB', {
        timeZone,
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
    } catch {
      return minutesOfDay(ms, DEFAULT_TIME_ZONE);
    }
    dayFormats.set(timeZone, f);
  }
  return minutesOf(f.format(ms));
}
