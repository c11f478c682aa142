// Acts when a room's timer reaches zero (CLOCK-4): every instance that holds the room arms one
// timeout for the deadline in the room's state; the room's owner acts at the deadline, the
// other instances only after a standby (in case the owner died), so in the normal path one
// instance writes (SCALE-20); whichever fires first commits, once. The
// changes carry ids made from the timer's id and rev, so the store refuses a second copy from
// another instance or from a retry after a restart, and the state guards the rest (a poll
// that is closed already is not closed again).

import { decide } from '../domain/decide.js';
import { dueTimer, timerDone, zeroCommands } from '../domain/clock.js';
import type { DomainEvent, RoomState } from '../domain/types.js';

/** The room as the clock needs it (LiveRoom). */
export interface ClockRoom {
  readonly id: string;
  readonly state: RoomState;
  /**
   * With several instances: how long an instance that does not own the room waits past the
   * deadline before it acts itself (the owner acts at once; this one only if the owner died).
   * 0 or absent: act at once.
   */
  standbyMs?(): number;
  appendServerChanges(
    make: (state: RoomState) => { clientId: string; event: DomainEvent }[],
  ): Promise<unknown>;
}

const CHAIR = { role: 'chair' as const };

/** The changes due at `now`: the action at zero, then the timer marked done. */
export function zeroChanges(
  state: RoomState,
  now: number,
): { clientId: string; event: DomainEvent }[] {
  const timer = dueTimer(state, now);
  if (!timer) return [];
  const out: { clientId: string; event: DomainEvent }[] = [];
  for (const cmd of zeroCommands(state, timer)) {
    const decided = decide(state, CHAIR, cmd);
    if (decided.ok) out.push({ clientId: `${cmd.id}:act`, event: decided.value });
  }
  out.push({ clientId: `clock:${timer.id}:${timer.rev}:zero`, event: timerDone(timer) });
  return out;
}

export class RoomClock {
  private handle: NodeJS.Timeout | null = null;

  constructor(
    private readonly room: ClockRoom,
    private readonly log?: (msg: string, extra?: Record<string, unknown>) => void,
  ) {}

  /** After every change to the timer (and on load): one timeout for the deadline, if any. */
  arm(): void {
    this.disarm();
    const t = this.room.state.room.timer;
    if (!t || t.status !== 'running' || t.endsAt === null) return;
    const wait = Math.max(0, t.endsAt - Date.now());
    this.handle = setTimeout(() => this.fire(), wait);
    this.handle.unref();
  }

  disarm(): void {
    if (this.handle) clearTimeout(this.handle);
    this.handle = null;
  }

  private fire(standingBy = false): void {
    this.handle = null;
    const standby = standingBy ? 0 : (this.room.standbyMs?.() ?? 0);
    if (standby > 0) {
      // The owner commits at zero and this instance hears it; re-armed then, nothing is due.
      this.handle = setTimeout(() => this.fire(true), standby);
      this.handle.unref();
      return;
    }
    let due = true;
    this.room
      .appendServerChanges((state) => {
        const changes = zeroChanges(state, Date.now());
        due = changes.length > 0;
        return changes;
      })
      .then(() => {
        // Fired a moment early (timer granularity): try again at the deadline.
        if (!due) this.arm();
      })
      .catch((err: unknown) => {
        this.log?.('timer at zero not stored', { err: String(err), room: this.room.id });
        this.arm();
      });
  }
}
