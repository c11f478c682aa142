// The view publisher of one live room: which connections it has, which views changed since the
// last frame, and the coalesced per-role frames that go out (through fanout.ts). What a role
// may see is decided in domain/views.ts; this only collects, serialises and sends.

import type { EventInfo } from '../../shared/model.js';
import {
  PROTOCOL_VERSION,
  type EntityChange,
  type ServerMessage,
  type SnapshotMessage,
} from '../../shared/protocol.js';
import type { Dirty, RoomState } from '../domain/types.js';
import {
  entityChange,
  forAway,
  forPhones,
  frameRoleIn,
  type FrameRole,
  mineFor,
  phoneSnapshot,
  awaySnapshot,
  roomView,
  snapshotFor,
} from '../domain/views.js';
import { AudienceQueue, type DirtyView } from './audience.js';
import type { Conn } from './conn.js';
import {
  DEFAULT_FANOUT_LIMITS,
  Fanout,
  frameBuffer,
  sendTo,
  type FanoutFrame,
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
  /** The screens: every socket that is not a phone (projectors, speaker views, chairs). */
  private readonly screens = new Set<Conn>();
  private readonly byParticipant = new Map<string, Set<Conn>>();
  private readonly snapshotCache = new Map<FrameRole, { seq: number; frame: string }>();
  private readonly limits: FanoutLimits;
  private readonly unflushedStarts: number[] = [];
  private readonly fanout: Fanout;
  /** Each audience's own dirty views and window (FAN-10). */
  private readonly toScreens: AudienceQueue;
  private readonly toPhones: AudienceQueue;

  constructor(
    private readonly state: RoomState,
    private readonly opts: PublisherOptions,
  ) {
    this.limits = opts.limits ?? DEFAULT_FANOUT_LIMITS;
    this.toScreens = new AudienceQueue(
      'screens',
      state,
      () => this.flushScreens(),
      () => flushInterval(this.screens.size, opts),
    );
    this.toPhones = new AudienceQueue(
      'phones',
      state,
      () => this.flushPhones(),
      () => flushInterval(this.conns.size, opts),
    );
    this.fanout = new Fanout(
      this.conns,
      this.limits,
      {
        resync: (conn) => this.sendSnapshot(conn),
        seq: () => this.seq,
        // A skipped socket gets its snapshot when it drains, even if the room goes quiet.
        retry: () => {
          this.toScreens.retry(250);
          this.toPhones.retry(250);
        },
      },
      opts.stats,
      this.screens,
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
    this.toScreens.settle();
    this.toPhones.settle();
  }

  // ---------------------------------------------------------------- connections

  join(conn: Conn, event: EventInfo): void {
    this.conns.add(conn);
    if (conn.viewRole !== 'phone') this.screens.add(conn);
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
    this.screens.delete(conn);
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

  /**
   * Serialised once per role and seq, so a join wave costs one serialisation; the phones'
   * snapshot is made from the screens' one of the same seq, not built again.
   */
  private snapshotFrame(role: FrameRole): string {
    const cached = this.snapshotCache.get(role);
    if (cached && cached.seq === this.seq) return cached.frame;
    const msg =
      role === 'chair'
        ? snapshotFor(this.state, 'chair')
        : role === 'public'
          ? this.publicSnapshot()
          : role === 'phone'
            ? phoneSnapshot(this.publicSnapshot())
            : awaySnapshot(phoneSnapshot(this.publicSnapshot()));
    const frame = JSON.stringify(msg);
    this.snapshotCache.set(role, { seq: this.seq, frame });
    return frame;
  }

  private publicSnapshotAt: { seq: number; msg: SnapshotMessage } | null = null;
  private publicSnapshot(): SnapshotMessage {
    if (this.publicSnapshotAt?.seq !== this.seq) {
      this.publicSnapshotAt = { seq: this.seq, msg: snapshotFor(this.state, 'public') };
    }
    return this.publicSnapshotAt.msg;
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

  /** Views a committed change touched; they go out with each audience's next flush. */
  changed(dirty: Dirty[], startedAt?: number): void {
    if (startedAt !== undefined && this.opts.onBroadcast) this.unflushedStarts.push(startedAt);
    // The screens' first: with windows equal, their flush runs first (FAN-1).
    this.toScreens.mark(dirty);
    this.toPhones.mark(dirty);
  }

  /** Sends everything queued for both audiences now. */
  flush(): void {
    this.flushScreens();
    this.flushPhones();
  }

  /** The public changes of queued views, against what that audience's sockets hold. */
  private publicChanges(q: AudienceQueue, views: DirtyView[]): EntityChange[] {
    const pub: EntityChange[] = [];
    for (const d of views) {
      if (d.kind === 'room')
        pub.push({ kind: 'room', id: d.id, value: roomView(this.state, 'public') });
      else if (d.only !== 'chair') {
        const change = q.held.change(this.state, d.kind, d.id);
        if (change) pub.push(change);
      }
    }
    return pub;
  }

  private update(changes: EntityChange[]): Buffer | null {
    return changes.length ? frameBuffer({ type: 'update', seq: this.seq, changes }) : null;
  }

  /** Projectors, speaker views, chairs and organizers: at once, on their own window. */
  private flushScreens(): void {
    const { views, resnapshot } = this.toScreens.take();
    const chair = views.map((d) =>
      d.kind === 'room'
        ? { kind: 'room' as const, id: d.id, value: roomView(this.state, 'chair') }
        : entityChange(this.state, d.kind, d.id, 'chair'),
    );
    const pub = this.publicChanges(this.toScreens, views);
    const frames: Record<FrameRole, FanoutFrame | null> = {
      chair: this.update(chair),
      public: resnapshot ? this.snapshotFrame('public') : this.update(pub),
      phone: null,
      away: null,
    };
    this.fanout.publish({ seq: this.seq, frames, mine: new Map() }, 'screens');
    this.broadcasted();
  }

  /** The phones: the public changes minus the screens' secrets (DECK-13), and their own. */
  private flushPhones(): void {
    const { views, resnapshot, mine: dirtyMine } = this.toPhones.take();
    const phones = resnapshot ? [] : this.publicChanges(this.toPhones, views).map(forPhones);
    const phone = resnapshot ? this.snapshotFrame('phone') : this.update(phones);
    const visitGroup = this.visitGroup;
    // Only a room with a visit in force has phones of other groups (ROT-30).
    const away =
      visitGroup === null
        ? phone
        : resnapshot
          ? this.snapshotFrame('away')
          : this.update(forAway(phones));
    const mine = new Map<string, string>();
    for (const pid of dirtyMine) {
      if (this.byParticipant.has(pid)) mine.set(pid, this.mineFrame(pid));
    }
    const frames = { chair: null, public: null, phone, away };
    // Phones in chunks, each socket's frames in order (fanout.ts).
    this.fanout.publish({ seq: this.seq, frames, mine, visitGroup }, 'phones');
    this.broadcasted();
  }

  /** The commands whose change the first flush after them carried. */
  private broadcasted(): void {
    if (this.unflushedStarts.length) this.opts.onBroadcast?.(this.unflushedStarts.splice(0));
  }

  /** Resolves when the last flush has reached every socket (phones are served in chunks). */
  delivered(): Promise<void> {
    return this.fanout.drained();
  }

  close(): void {
    this.toScreens.close();
    this.toPhones.close();
    this.fanout.stop();
  }
}
