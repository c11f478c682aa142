// One live room: applies committed changes in seq order, runs commands one at a time, and
// fans out coalesced per-role views. State is rebuilt from the store's change log on load.

import type { EventInfo } from '../../shared/model.js';
import {
  ErrorCode,
  PROTOCOL_VERSION,
  type CommandMessage,
  type EntityChange,
  type ErrorMessage,
  type ServerMessage,
} from '../../shared/protocol.js';
import { isParticipant } from '../domain/actors.js';
import { apply } from '../domain/apply.js';
import { decide } from '../domain/decide.js';
import type {
  Actor,
  Change,
  DomainError,
  DomainEvent,
  EntityKind,
  RoomState,
} from '../domain/types.js';
import {
  entityChange,
  mineFor,
  publicKeys,
  roomView,
  snapshotFor,
  type ViewRole,
} from '../domain/views.js';
import type { Bus } from '../bus/types.js';
import type { NewChange, Store } from '../store/types.js';
import { RoomClock } from './clock.js';
import type { Conn } from './conn.js';
import {
  DEFAULT_FANOUT_LIMITS,
  Fanout,
  sendTo,
  type FanoutLimits,
  type FanoutStats,
} from './fanout.js';

export interface RoomDeps {
  store: Store;
  bus: Bus;
  /** Coalescing window for view updates, in ms: the longest, for the biggest audiences. */
  tickMs: number;
  /** The shortest window, for small audiences (default: tickMs, i.e. a fixed window). */
  tickMinMs?: number;
  /** Frames per second one room may send before its window grows (see flushInterval). */
  framesPerSecond?: number;
  limits?: FanoutLimits;
  stats?: FanoutStats;
  onCommit?: (change: Change, startedAt: number) => void;
  /** After a command of this instance committed (e.g. to forward a harvest to the plenary). */
  onCommitted?: (room: LiveRoom, change: Change) => void;
  /** After a room was loaded from its log (e.g. to redo a harvest forward a crash cut off). */
  onLoaded?: (room: LiveRoom, changes: Change[]) => void;
  /** The instance's word filter (defaults plus PROFANITY_WORDS). */
  baseWords?: readonly string[];
  /** After a flush: when each command whose change it carried started (performance.now()). */
  onBroadcast?: (startedAt: number[]) => void;
  log?: (msg: string, extra?: Record<string, unknown>) => void;
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

/**
 * Two instances appending to one busy room keep losing the optimistic seq check to each other:
 * the loser must catch up before it can try again, and meanwhile the winner appends its next
 * command, so in a burst one side can lose until the other's queue runs dry (hundreds of times).
 * It keeps trying, with a short random pause, for as long as a phone would wait for its ack;
 * only a room that stays blocked that long refuses the command.
 */
const CONFLICT_DEADLINE_MS = 10_000;
const backoff = (attempt: number) =>
  attempt < 3
    ? Promise.resolve()
    : new Promise((r) => setTimeout(r, Math.random() * Math.min(attempt, 20)));
const SYSTEM: Actor = { role: 'system' };
/** Most participants' commands committed in one store call. */
const BATCH_MAX = 64;

interface Job {
  conn: Conn;
  actor: Actor;
  cmd: CommandMessage;
  started: number;
  resolve: () => void;
  reject: (err: unknown) => void;
}

export class LiveRoom {
  readonly id: string;
  event: EventInfo;
  readonly state: RoomState;
  readonly conns = new Set<Conn>();
  private readonly byParticipant = new Map<string, Set<Conn>>();
  /** Client ids of applied changes → their seq, so a retry is acknowledged, not redone. */
  private readonly clientIds = new Map<string, number>();
  private chain: Promise<void> = Promise.resolve();
  /** Commands that arrived while the room was busy, in order. */
  private waiting: Job[] = [];
  private catchingUp: Promise<void> | null = null;

  private readonly dirty = new Map<string, { kind: 'room' | EntityKind; id: string }>();
  private readonly dirtyMine = new Set<string>();
  private resnapshot = false;
  /** Entities (`kind:id`) the public roles hold, so one that becomes hidden is removed. */
  private readonly publicHeld = new Set<string>();
  private lastFlush = 0;
  private flushTimer: NodeJS.Timeout | null = null;
  private flushImmediate: NodeJS.Immediate | null = null;
  private readonly snapshotCache = new Map<ViewRole, { seq: number; frame: string }>();
  private readonly limits: FanoutLimits;
  private readonly unflushedStarts: number[] = [];
  private readonly fanout: Fanout;
  /** Acts when the room's timer reaches zero (CLOCK-4). */
  private readonly clock: RoomClock;

  constructor(
    state: RoomState,
    event: EventInfo,
    private readonly deps: RoomDeps,
  ) {
    this.id = state.room.id;
    this.state = state;
    this.event = event;
    this.limits = deps.limits ?? DEFAULT_FANOUT_LIMITS;
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
      deps.stats,
    );
    this.clock = new RoomClock(this, deps.log);
    this.resetPublicHeld();
  }

  private resetPublicHeld(): void {
    this.publicHeld.clear();
    for (const key of publicKeys(this.state)) this.publicHeld.add(key);
  }

  /** Replays the change log into a fresh state. */
  static rebuild(state: RoomState, changes: Change[], event: EventInfo, deps: RoomDeps): LiveRoom {
    const room = new LiveRoom(state, event, deps);
    for (const c of changes) room.ingest(c, false);
    room.dirty.clear();
    room.dirtyMine.clear();
    room.resnapshot = false;
    room.resetPublicHeld();
    room.clock.arm();
    return room;
  }

  /** When the last change was applied live, for the organizer's "which table is stuck". */
  lastChangeAt = 0;

  get seq(): number {
    return this.state.seq;
  }

  // ---------------------------------------------------------------- connections

  join(conn: Conn): void {
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
      event: this.event,
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
  setEvent(info: EventInfo): void {
    this.event = info;
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
    conn.send(this.snapshotFrame(conn.viewRole));
    if (conn.participantId) this.sendMine(conn.participantId, [conn]);
  }

  /** Serialised once per role and seq, so a join wave costs one serialisation. */
  private snapshotFrame(role: ViewRole): string {
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
      else sendTo(c, frame, this.limits, this.deps.stats);
    }
  }

  // ---------------------------------------------------------------- commands

  /**
   * Runs a command after the ones before it; answers the sender with ack or error. Commands
   * that queue up while the store is busy are committed together (see `drain`).
   */
  command(conn: Conn, actor: Actor, cmd: CommandMessage): Promise<void> {
    const started = performance.now();
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ conn, actor, cmd, started, resolve, reject });
      if (this.waiting.length === 1) {
        const run = this.chain.then(() => this.drain());
        this.chain = run.catch(() => undefined);
      }
    });
  }

  /**
   * Takes every command that has queued since the last drain and commits them in batches: a run
   * of participants' commands, each from a different participant and with its own id, is
   * decided on the same state and appended in one store call, so a busy room (or two
   * instances sharing one) pays one round trip for many votes. A participant's command only
   * depends on the room and that participant's own earlier changes, so deciding them side by
   * side gives what deciding them one after the other would. Anything else goes alone.
   */
  private async drain(): Promise<void> {
    const jobs = this.waiting.splice(0);
    for (let i = 0; i < jobs.length;) {
      const batch = [jobs[i]!];
      const first = jobs[i]!.actor;
      if (isParticipant(first)) {
        const who = new Set([first.participantId]);
        const ids = new Set([jobs[i]!.cmd.id]);
        for (let j = i + 1; j < jobs.length && batch.length < BATCH_MAX; j++) {
          const { actor, cmd } = jobs[j]!;
          if (!isParticipant(actor) || who.has(actor.participantId) || ids.has(cmd.id)) break;
          who.add(actor.participantId);
          ids.add(cmd.id);
          batch.push(jobs[j]!);
        }
      }
      i += batch.length;
      try {
        await this.runBatch(batch);
        for (const job of batch) job.resolve();
      } catch (err) {
        for (const job of batch) job.reject(err);
      }
    }
  }

  private async runBatch(batch: Job[]): Promise<void> {
    const deadline = performance.now() + CONFLICT_DEADLINE_MS;
    let todo = batch;
    for (let attempt = 0; attempt === 0 || performance.now() < deadline; attempt++) {
      const decided: { job: Job; change: NewChange }[] = [];
      const at = Date.now();
      for (const job of todo) {
        const { conn, actor, cmd } = job;
        const known = this.clientIds.get(cmd.id);
        if (known !== undefined) {
          this.send(conn, { type: 'ack', seq: known, id: cmd.id, duplicate: true });
          continue;
        }
        const result = decide(this.state, actor, cmd);
        if (!result.ok) {
          this.sendError(conn, result.error, cmd.id);
          continue;
        }
        decided.push({ job, change: { clientId: cmd.id, actor, at, event: result.value } });
      }
      if (decided.length === 0) return;
      const changes = decided.map((d) => d.change);
      let res;
      try {
        res =
          changes.length === 1
            ? await this.deps.store.append(this.id, this.seq, changes[0]!)
            : await this.deps.store.appendMany(this.id, this.seq, changes);
      } catch (err) {
        this.deps.log?.('append failed', { err: String(err), room: this.id });
        for (const { job } of decided) {
          const error = { code: ErrorCode.Internal, message: 'could not store' };
          this.sendError(job.conn, error, job.cmd.id);
        }
        return;
      }
      if (res.status === 'ok') {
        const firstSeq = res.seq - changes.length + 1;
        for (const [k, { job, change }] of decided.entries()) {
          const committed: Change = { ...change, roomId: this.id, seq: firstSeq + k };
          this.ingest(committed, true);
          this.send(job.conn, { type: 'ack', seq: committed.seq, id: job.cmd.id });
          this.deps.onCommit?.(committed, job.started);
          this.deps.onCommitted?.(this, committed);
          if (this.deps.onBroadcast) this.unflushedStarts.push(job.started);
          this.deps.bus.publish(committed).catch((err: unknown) => {
            // Other instances fill the gap from the store on their next change or resync.
            this.deps.log?.('publish failed', { err: String(err), room: this.id });
          });
        }
        return;
      }
      if (res.status === 'duplicate') {
        await this.catchUp();
        if (changes.length === 1) {
          const { job } = decided[0]!;
          this.send(job.conn, { type: 'ack', seq: res.seq, id: job.cmd.id, duplicate: true });
          return;
        }
        // One of them was committed before (a retry): now known, it is acked as such next time.
        todo = decided.map((d) => d.job);
        continue;
      }
      await this.catchUp();
      await backoff(attempt);
      todo = decided.map((d) => d.job);
    }
    for (const job of todo) {
      if (this.clientIds.has(job.cmd.id)) continue;
      const error = { code: ErrorCode.Internal, message: 'room too busy, retry' };
      this.sendError(job.conn, error, job.cmd.id);
    }
  }

  /**
   * Appends changes the server itself makes (actor system), in order, after the commands before
   * them. `clientId` makes each idempotent: a retry after a crash is one change, not two.
   */
  system(make: (state: RoomState) => { clientId: string; event: DomainEvent }[]): Promise<void> {
    const run = this.chain.then(async () => {
      // Decided inside the chain, on the state after every change before it.
      for (const item of make(this.state)) {
        const deadline = performance.now() + CONFLICT_DEADLINE_MS;
        let done = false;
        for (let attempt = 0; !done && (attempt === 0 || performance.now() < deadline); attempt++) {
          if (this.clientIds.has(item.clientId)) break;
          const at = Date.now();
          const change = { clientId: item.clientId, actor: SYSTEM, at, event: item.event };
          const res = await this.deps.store.append(this.id, this.seq, change);
          if (res.status === 'conflict') {
            await this.catchUp();
            await backoff(attempt);
            continue;
          }
          if (res.status === 'ok') {
            const committed: Change = { ...change, roomId: this.id, seq: res.seq };
            this.ingest(committed, true);
            this.deps.bus.publish(committed).catch(() => undefined);
          } else await this.catchUp();
          done = true;
        }
        if (!done && !this.clientIds.has(item.clientId)) {
          throw new Error(`room ${this.id} too busy: ${item.clientId} not stored`);
        }
      }
    });
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** Resolves when every command queued so far has finished. */
  idle(): Promise<void> {
    return this.chain;
  }

  sendError(conn: Conn, error: DomainError, id?: string): void {
    const msg: ErrorMessage = {
      type: 'error',
      seq: this.seq,
      code: error.code,
      message: error.message,
    };
    if (id !== undefined) msg.id = id;
    if (error.field !== undefined) msg.field = error.field;
    this.send(conn, msg);
  }

  // ---------------------------------------------------------------- committed changes

  /** A change from the bus: applied in order; a gap (or null: maybe one) is filled from the store. */
  receive(change: Change | null): void {
    if (change && change.seq <= this.seq) return;
    if (change && change.seq === this.seq + 1) this.ingest(change, true);
    else
      this.catchUp().catch((err: unknown) => {
        // The next change or resync tries again; an unhandled rejection would end the process.
        this.deps.log?.('catch-up failed', { err: String(err), room: this.id });
      });
  }

  /** Loads and applies everything committed after our seq. */
  catchUp(): Promise<void> {
    if (this.catchingUp) return this.catchingUp;
    this.catchingUp = (async () => {
      try {
        const changes = await this.deps.store.changesSince(this.id, this.seq);
        for (const c of changes) this.ingest(c, true);
      } finally {
        this.catchingUp = null;
      }
    })();
    return this.catchingUp;
  }

  private ingest(change: Change, live: boolean): void {
    if (change.seq !== this.seq + 1) return;
    const dirty = apply(this.state, change);
    if (change.clientId !== null) this.clientIds.set(change.clientId, change.seq);
    this.lastChangeAt = change.at;
    if (live && change.event.type === 'timer.set') this.clock.arm();
    if (!live) return;
    for (const d of dirty) {
      if (d.kind === 'resnapshot') this.resnapshot = true;
      else if (d.kind === 'mine') this.dirtyMine.add(d.participantId);
      else if (d.kind === 'room') this.dirty.set('room', { kind: 'room', id: this.id });
      else this.dirty.set(`${d.kind}:${d.id}`, d);
    }
    this.scheduleFlush();
  }

  // ---------------------------------------------------------------- coalesced fan-out

  private scheduleFlush(): void {
    if (this.flushTimer || this.flushImmediate) return;
    const wait = this.lastFlush + flushInterval(this.conns.size, this.deps) - Date.now();
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
        chair.push({ kind: 'room', id: this.id, value: roomView(this.state, 'chair') });
        pub.push({ kind: 'room', id: this.id, value: roomView(this.state, 'public') });
        continue;
      }
      chair.push(entityChange(this.state, d.kind, d.id, 'chair'));
      const forPublic = entityChange(this.state, d.kind, d.id, 'public');
      const key = `${d.kind}:${d.id}`;
      if (forPublic.value !== null) {
        this.publicHeld.add(key);
        pub.push(forPublic);
      } else if (this.publicHeld.delete(key)) {
        pub.push(forPublic);
      }
    }
    this.dirty.clear();
    const resnapshot = this.resnapshot;
    this.resnapshot = false;
    if (resnapshot) this.resetPublicHeld();
    const frames: Record<ViewRole, string | null> = {
      chair: chair.length
        ? JSON.stringify({ type: 'update', seq: this.seq, changes: chair })
        : null,
      public: resnapshot
        ? this.snapshotFrame('public')
        : pub.length
          ? JSON.stringify({ type: 'update', seq: this.seq, changes: pub })
          : null,
    };
    const mine = new Map<string, string>();
    for (const pid of this.dirtyMine) {
      if (this.byParticipant.has(pid)) mine.set(pid, this.mineFrame(pid));
    }
    this.dirtyMine.clear();
    // Screens first, phones in chunks (server/rooms/fanout.ts).
    this.fanout.publish({ seq: this.seq, frames, mine });
    if (this.unflushedStarts.length) this.deps.onBroadcast?.(this.unflushedStarts.splice(0));
  }

  /** Resolves when the last flush has reached every socket (phones are served in chunks). */
  delivered(): Promise<void> {
    return this.fanout.drained();
  }

  close(): void {
    this.clock.disarm();
    if (this.flushTimer) clearTimeout(this.flushTimer);
    if (this.flushImmediate) clearImmediate(this.flushImmediate);
    this.fanout.stop();
  }
}
