// What one audience of a room has not been sent yet, and when it is sent (FAN-10): the screens
// (projectors, speaker views, chairs and organizers: a handful of sockets) and the phones
// (every participant) each keep their own dirty views and their own coalescing window. The
// screens' window follows their own small number, so a vote reaches the beamer within the
// shortest window whatever the size of the hall; the phones' window grows with the room
// (flushInterval), so the frames a room sends stay within its budget.

import type { Dirty, EntityKind, RoomState } from '../domain/types.js';
import { PublicHeld } from '../domain/views.js';

export type Audience = 'screens' | 'phones';

export interface DirtyView {
  kind: 'room' | EntityKind;
  id: string;
  only?: 'chair';
}

export class AudienceQueue {
  readonly dirty = new Map<string, DirtyView>();
  /** Participants whose own view changed (the phones' queue only). */
  readonly mine = new Set<string>();
  resnapshot = false;
  /** What this audience's public sockets hold (for `null` removals). */
  readonly held: PublicHeld;
  private lastFlush = 0;
  private timer: NodeJS.Timeout | null = null;
  private immediate: NodeJS.Immediate | null = null;

  constructor(
    readonly audience: Audience,
    private readonly state: RoomState,
    /** Sends what is queued (calls take()). */
    private readonly flush: () => void,
    /** The coalescing window now, in ms. */
    private readonly interval: () => number,
  ) {
    this.held = new PublicHeld(state);
  }

  /** Forgets what is queued: the state is where the views start. */
  settle(): void {
    this.dirty.clear();
    this.mine.clear();
    this.resnapshot = false;
    this.held.reset(this.state);
  }

  /** Views a committed change touched; a flush is scheduled only if this audience sees one. */
  mark(dirty: Dirty[]): void {
    const phones = this.audience === 'phones';
    let touched = false;
    for (const d of dirty) {
      if (d.kind === 'resnapshot') this.resnapshot = true;
      else if (d.kind === 'mine') {
        if (!phones) continue;
        this.mine.add(d.participantId);
      } else if (d.kind === 'room') {
        this.dirty.set('room', { kind: 'room', id: this.state.room.id });
      } else {
        const only = 'only' in d;
        // The phones never see a chair-only change.
        if (only && phones) continue;
        const key = `${d.kind}:${d.id}`;
        // A change for every role covers a chair-only one, never the other way round.
        if (!(only && this.dirty.has(key))) this.dirty.set(key, d);
      }
      touched = true;
    }
    // A deck item names the agenda item after it (DECK-14): an agenda change may change that.
    if (dirty.some((d) => d.kind === 'activity')) {
      this.decksChanged(phones);
      touched = true;
    }
    if (touched) this.schedule();
  }

  /** Every deck item's view again: for the screens the one on screen, for the chairs all. */
  private decksChanged(phones: boolean): void {
    const now = this.state.room.currentActivityId;
    for (const id of this.state.agenda) {
      const key = `activity:${id}`;
      if (this.state.activities.get(id)?.kind !== 'deck' || this.dirty.has(key)) continue;
      if (id === now) this.dirty.set(key, { kind: 'activity', id });
      else if (!phones) this.dirty.set(key, { kind: 'activity', id, only: 'chair' });
    }
  }

  /** The next flush: at once after a quiet window (the leading edge), else at its end. */
  schedule(): void {
    if (this.timer || this.immediate) return;
    const wait = this.lastFlush + this.interval() - Date.now();
    if (wait <= 0) this.immediate = setImmediate(() => this.run());
    else this.timer = setTimeout(() => this.run(), wait);
  }

  /** A flush in `ms` even with nothing queued (a socket that fell behind gets its snapshot). */
  retry(ms: number): void {
    if (!this.timer && !this.immediate) this.timer = setTimeout(() => this.run(), ms);
  }

  /** Takes what is queued; the window starts again now. */
  take(): { views: DirtyView[]; resnapshot: boolean; mine: string[] } {
    this.lastFlush = Date.now();
    const views = [...this.dirty.values()];
    const mine = [...this.mine];
    const resnapshot = this.resnapshot;
    this.dirty.clear();
    this.mine.clear();
    this.resnapshot = false;
    if (resnapshot) this.held.reset(this.state);
    return { views, resnapshot, mine };
  }

  private run(): void {
    this.timer = null;
    this.immediate = null;
    this.flush();
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.immediate) clearImmediate(this.immediate);
    this.timer = null;
    this.immediate = null;
  }
}
