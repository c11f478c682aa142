// The view publisher of one live room: which connections it has, which views changed since the
// last frame, and the coalesced per-role frames that go out (through fanout.ts). What a role
// may see is decided in domain/views.ts; this only collects, serialises and sends.

import type { EventInfo } from '../../shared/model.js';
import { PROTOCOL_VERSION, type EntityChange, type ServerMessage } from '../../shared/protocol.js';
import type { Dirty, EntityKind, RoomState } from '../domain/types.js';
import {
  entityChange,
  forAway,
  forPhones,
  frameRoleIn,
  type FrameRole,
  mineFor,
  PublicHeld,
  roomView,
  snapshotFor,
} from '../domain/views.js';
import type { Conn } from './conn.js';
import {
  DEFAULT_FANOUT_LIMITS,
  Fanout,
  sendTo,
  type FanoutLimits,
  type FanoutStats,
} from './fanout.js';

export interface PublisherOptions {
  /** Coalescing window for view updates, in ms: the longest, for the biggest audiences. */
  tickMs: number;
  /** The shortest window, for small audiences (default: tickMs, i.e. a fixed window). */
  tickMinMs?: number;
  /** Frames per second one room may send before its window grows (see flushInterval). */
  framesPerSecond?: number;
  limits?: FanoutLimits;
  stats?: FanoutStats;
  /** After a flush: when each command whose change it carried started (performance.now()). */
  onBroadcast?: (startedAt: number[]) => void;
}

/**
 * The coalescing window for a room with `sockets` connections: short while the room is small,
 * growing with the audience so that one room sends at most `framesPerSecond` frames, and never
 * longer than `tickMs`. (2,000 sockets at 40,000 frames/s: 50 ms; 5,000: 100 ms.)
 */
export function flushInterval(
  sockets: number,
  o: { tickMs: number; tickMinMs?: number; framesPerSecond?: number },
): number {
  const min = o.tickMinMs ?? o.tickMs;
  const byBudget = o.framesPerSecond ? (sockets * 1000) / o.framesPerSecond : 0;
  return Math.min(o.tickMs, Math.max(min, byBudget));
}

export class ViewPublisher {
  readonly conns = new Set<Conn>();
  private readonly byParticipant = new Map<string, Set<Conn>>();
  private readonly dirty = new Map<
    string,
    { kind: 'room' | EntityKind; id: string; only?: 'chair' }
  >();
  private readonly dirtyMine = new Set<string>();
  private resnapshot = false;
  private readonly publicHeld: PublicHeld;
  private lastFlush = 0;
  private flushTimer: NodeJS.Timeout | null = null;
  private flushImmediate: NodeJS.Immediate | null = null;
  private readonly snapshotCache = new Map<FrameRole, { seq: number; frame: string }>();
  private readonly limits: FanoutLimits;
  private readonly unflushedStarts: number[] = [];
  private readonly fanout: Fanout;

  constructor(
    private readonly state: RoomState,
    private readonly opts: PublisherOptions,
  ) {
    this.limits = opts.limits ?? DEFAULT_FANOUT_LIMITS;
    this.publicHeld = new PublicHeld(state);
    this.fanout = new Fanout(
      this.conns,
      this.limits,
      {
        resync: (conn) => this.sendSnapshot(conn),
        seq: () => this.seq,
        // A skipped socket gets its snapshot when it drains, even if the room goes quiet.
        retry: () => {
          if (!this.flushTimer) this.flushTimer = setTimeout(() => this.flush(), 250);
        },
      },
      opts.stats,
    );
  }

  private get seq(): number {
    return this.state.seq;
  }

  /** The group whose visit is in force here (ROT-30); null without one. */
  private get visitGroup(): string | null {
    return this.state.room.visit?.groupId ?? null;
  }

  /** Forgets what changed while the log was replayed: the state is where the views start. */
  settle(): void {
    this.dirty.clear();
    this.dirtyMine.clear();
    this.resnapshot = false;
    this.publicHeld.reset(this.state);
  }

  // ---------------------------------------------------------------- connections

  join(conn: Conn, event: EventInfo): void {
    this.conns.add(conn);
    if (conn.participantId) {
      let set = this.byParticipant.get(conn.participantId);
      if (!set) this.byParticipant.set(conn.participantId, (set = new Set()));
      set.add(conn);
    }
    this.send(conn, {
      type: 'welcome',
      seq: this.seq,
      protocol: PROTOCOL_VERSION,
      role: conn.role,
      event,
      room: roomView(this.state, conn.viewRole),
      ...(conn.participantId ? { participantId: conn.participantId } : {}),
      ...(conn.identity ? { identity: conn.identity } : {}),
      serverTime: Date.now(),
    });
    this.sendSnapshot(conn);
  }

  leave(conn: Conn): void {
    this.conns.delete(conn);
    if (conn.participantId) {
      const set = this.byParticipant.get(conn.participantId);
      set?.delete(conn);
      if (set && set.size === 0) this.byParticipant.delete(conn.participantId);
    }
  }

  /**
   * The event's information changed (name, rooms, branding): every connection gets it at once.
   * A small and rare frame, so it is sent even to a socket that waits for a resync (a snapshot
   * does not carry the event information).
   */
  publishEvent(info: EventInfo): void {
    const frame = JSON.stringify({
      type: 'event',
      seq: this.seq,
      event: info,
    } satisfies ServerMessage);
    for (const c of this.conns) c.send(frame);
  }

  send(conn: Conn, msg: ServerMessage): void {
    conn.send(JSON.stringify(msg));
  }

  private sendSnapshot(conn: Conn): void {
    conn.stale = false;
    conn.send(this.snapshotFrame(frameRoleIn(conn.viewRole, conn.groupId, this.visitGroup)));
    if (conn.participantId) this.sendMine(conn.participantId, [conn]);
  }

  /** Serialised once per role and seq, so a join wave costs one serialisation. */
  private snapshotFrame(role: FrameRole): string {
    const cached = this.snapshotCache.get(role);
    if (cached && cached.seq === this.seq) {
      return cached.frame;
    }
    const frame = JSON.stringify(snapshotFor(this.state, role));
    this.snapshotCache.set(role, { seq: this.seq, frame });
    return frame;
  }

  private mineFrame(participantId: string): string {
    return JSON.stringify({
      type: 'mine',
      seq: this.seq,
      ...mineFor(this.state, participantId),
    } satisfies ServerMessage);
  }

  private sendMine(participantId: string, conns?: Iterable<Conn>): void {
    const targets = conns ?? this.byParticipant.get(participantId);
    if (!targets) return;
    const frame = this.mineFrame(participantId);
    for (const c of targets) {
      // A stale socket gets its own state with the snapshot it resyncs with.
      if (c.stale) continue;
      if (conns) c.send(frame);
      else sendTo(c, frame, this.limits, this.opts.stats);
    }
  }

  // ---------------------------------------------------------------- coalesced fan-out

  /** Views a committed change touched; they go out with the next flush. */
  changed(dirty: Dirty[], startedAt?: number): void {
    for (const d of dirty) {
      if (d.kind === 'resnapshot') this.resnapshot = true;
      else if (d.kind === 'mine') this.dirtyMine.add(d.participantId);
      else if (d.kind === 'room') this.dirty.set('room', { kind: 'room', id: this.state.room.id });
      else {
        const key = `${d.kind}:${d.id}`;
        // A change for every role covers a chair-only one, never the other way round.
        if ('only' in d && this.dirty.has(key)) continue;
        this.dirty.set(key, d);
      }
    }
    // A deck item names the agenda item after it (DECK-14): an agenda change may change that.
    if (dirty.some((d) => d.kind === 'activity')) this.decksChanged();
    if (startedAt !== undefined && this.opts.onBroadcast) this.unflushedStarts.push(startedAt);
    this.scheduleFlush();
  }

  /** Every deck item's view again: for the screens the one on screen, for the chairs all. */
  private decksChanged(): void {
    const now = this.state.room.currentActivityId;
    for (const id of this.state.agenda) {
      const key = `activity:${id}`;
      if (this.state.activities.get(id)?.kind !== 'deck' || this.dirty.has(key)) continue;
      this.dirty.set(
        key,
        id === now ? { kind: 'activity', id } : { kind: 'activity', id, only: 'chair' },
      );
    }
  }

  private scheduleFlush(): void {
    if (this.flushTimer || this.flushImmediate) return;
    const wait = this.lastFlush + flushInterval(this.conns.size, this.opts) - Date.now();
    // The first change after a quiet moment goes out at once (after the current burst of I/O).
    if (wait <= 0) this.flushImmediate = setImmediate(() => this.flush());
    else this.flushTimer = setTimeout(() => this.flush(), wait);
  }

  flush(): void {
    this.flushTimer = null;
    this.flushImmediate = null;
    this.lastFlush = Date.now();
    const chair: EntityChange[] = [];
    const pub: EntityChange[] = [];
    for (const d of this.dirty.values()) {
      if (d.kind === 'room') {
        chair.push({ kind: 'room', id: d.id, value: roomView(this.state, 'chair') });
        pub.push({ kind: 'room', id: d.id, value: roomView(this.state, 'public') });
        continue;
      }
      chair.push(entityChange(this.state, d.kind, d.id, 'chair'));
      if (d.only === 'chair') continue;
      const forPublic = this.publicHeld.change(this.state, d.kind, d.id);
      if (forPublic) pub.push(forPublic);
    }
    this.dirty.clear();
    const resnapshot = this.resnapshot;
    this.resnapshot = false;
    if (resnapshot) this.publicHeld.reset(this.state);
    const update = (changes: EntityChange[]) =>
      changes.length ? JSON.stringify({ type: 'update', seq: this.seq, changes }) : null;
    const publicFrame = resnapshot ? this.snapshotFrame('public') : update(pub);
    // The phones share the screens' frame unless a change holds a screen's secret (DECK-13).
    const phones = pub.map(forPhones);
    const phoneFrame = resnapshot
      ? this.snapshotFrame('phone')
      : phones.every((c, i) => c === pub[i])
        ? publicFrame
        : update(phones);
    const visitGroup = this.visitGroup;
    const frames: Record<FrameRole, string | null> = {
      chair: update(chair),
      public: publicFrame,
      phone: phoneFrame,
      // Only a room with a visit in force has phones of other groups (ROT-30).
      away:
        visitGroup === null
          ? phoneFrame
          : resnapshot
            ? this.snapshotFrame('away')
            : update(forAway(phones)),
    };
    const mine = new Map<string, string>();
    for (const pid of this.dirtyMine) {
      if (this.byParticipant.has(pid)) mine.set(pid, this.mineFrame(pid));
    }
    this.dirtyMine.clear();
    // Screens first, phones in chunks (fanout.ts).
    this.fanout.publish({ seq: this.seq, frames, mine, visitGroup });
    if (this.unflushedStarts.length) this.opts.onBroadcast?.(this.unflushedStarts.splice(0));
  }

  /** Resolves when the last flush has reached every socket (phones are served in chunks). */
  delivered(): Promise<void> {
    return this.fanout.drained();
  }

  close(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    if (this.flushImmediate) clearImmediate(this.flushImmediate);
    this.fanout.stop();
  }
}
