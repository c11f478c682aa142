// One live room: runs commands one at a time through the commit pipeline (commit.ts), applies
// committed changes in seq order, and hands what changed to its view publisher (publisher.ts),
// which fans out coalesced per-role views. State is rebuilt from the store's change log on load.

import type { EventInfo } from '../../shared/model.js';
import {
  ErrorCode,
  type CommandMessage,
  type ErrorMessage,
  type ServerMessage,
} from '../../shared/protocol.js';
import { isParticipant } from '../domain/actors.js';
import { apply } from '../domain/apply.js';
import { decide as decide_ } from '../domain/decide.js';
import type { Actor, Change, DomainError, RoomState } from '../domain/types.js';
import type { Bus } from '../bus/types.js';
import type { NewChange, Store } from '../store/types.js';
import { RoomClock } from './clock.js';
import { appendWithRetry, type AppendOutcome, type AppendTarget } from './commit.js';
import type { Conn } from './conn.js';
import { ViewPublisher, type PublisherOptions } from './publisher.js';
import { opChanges, RoomWriteError, type ServerChange, type ServerOp } from './server-ops.js';

export { flushInterval } from './publisher.js';
export type { ServerChange } from './server-ops.js';

export interface RoomDeps extends PublisherOptions {
  store: Store;
  bus: Bus;
  onCommit?: (change: Change, startedAt: number) => void;
  /** After a command of this instance committed (e.g. to forward a harvest to the plenary). */
  onCommitted?: (room: LiveRoom, change: Change) => void;
  /** After a room was loaded from its log (e.g. to redo a harvest forward a crash cut off). */
  onLoaded?: (room: LiveRoom, changes: Change[]) => void;
  /** Several instances: runs a server write at the room's owner (SCALE-40, rooms/owners.ts). */
  write?: (room: LiveRoom, op: ServerOp) => Promise<number>;
  /** Several instances: how long this one waits before acting at a timer's zero (clock.ts). */
  clockStandbyMs?: (roomId: string) => number;
  /** The instance's word filter (defaults plus PROFANITY_WORDS). */
  baseWords?: readonly string[];
  log?: (msg: string, extra?: Record<string, unknown>) => void;
}

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
  /** Client ids of applied changes → their seq, so a retry is acknowledged, not redone. */
  private readonly clientIds = new Map<string, number>();
  private chain: Promise<void> = Promise.resolve();
  /** Commands that arrived while the room was busy, in order. */
  private waiting: Job[] = [];
  private catchingUp: Promise<void> | null = null;
  private readonly views: ViewPublisher;
  private readonly log: AppendTarget;
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
    this.views = new ViewPublisher(state, deps);
    this.log = {
      store: deps.store,
      roomId: this.id,
      seq: () => this.seq,
      catchUp: () => this.catchUp(),
    };
    this.clock = new RoomClock(this, deps.log);
  }

  /** Replays the change log into a fresh state. */
  static rebuild(state: RoomState, changes: Change[], event: EventInfo, deps: RoomDeps): LiveRoom {
    const room = new LiveRoom(state, event, deps);
    for (const c of changes) room.ingest(c, false);
    room.views.settle();
    room.clock.arm();
    return room;
  }

  standbyMs(): number {
    return this.deps.clockStandbyMs?.(this.id) ?? 0;
  }

  /** When the last change was applied live, for the organizer's "which table is stuck". */
  lastChangeAt = 0;

  get seq(): number {
    return this.state.seq;
  }

  get conns(): ReadonlySet<Conn> {
    return this.views.conns;
  }

  // ---------------------------------------------------------------- connections

  join(conn: Conn): void {
    this.views.join(conn, this.event);
  }

  leave(conn: Conn): void {
    this.views.leave(conn);
  }

  /** The event's information changed (name, rooms, branding): every connection gets it now. */
  setEvent(info: EventInfo): void {
    this.event = info;
    this.views.publishEvent(info);
  }

  send(conn: Conn, msg: ServerMessage): void {
    this.views.send(conn, msg);
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

  // ---------------------------------------------------------------- commit pipeline

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
        await this.commitBatch(batch);
        for (const job of batch) job.resolve();
      } catch (err) {
        for (const job of batch) job.reject(err);
      }
    }
  }

  /** Decides a batch (again after each lost race), appends it, acks or refuses each command. */
  private async commitBatch(batch: Job[]): Promise<void> {
    let todo = batch;
    let decided: Job[] = [];
    const decide = (): NewChange[] => {
      todo = decided.length ? decided : todo;
      decided = [];
      const changes: NewChange[] = [];
      const at = Date.now();
      for (const job of todo) {
        const { conn, actor, cmd } = job;
        const known = this.clientIds.get(cmd.id);
        if (known !== undefined) {
          this.send(conn, { type: 'ack', seq: known, id: cmd.id, duplicate: true });
          continue;
        }
        const result = decide_(this.state, actor, cmd);
        if (!result.ok) {
          this.sendError(conn, result.error, cmd.id);
          continue;
        }
        decided.push(job);
        changes.push({ clientId: cmd.id, actor, at, event: result.value });
      }
      return changes;
    };
    let out: AppendOutcome;
    try {
      out = await appendWithRetry(this.log, decide);
    } catch (err) {
      this.deps.log?.('append failed', { err: String(err), room: this.id });
      for (const job of decided) {
        const error = { code: ErrorCode.Internal, message: 'could not store' };
        this.sendError(job.conn, error, job.cmd.id);
      }
      return;
    }
    if (out.status === 'ok') {
      for (const [k, job] of decided.entries()) {
        const committed: Change = { ...out.changes[k]!, roomId: this.id, seq: out.firstSeq + k };
        this.ingest(committed, true, job.started);
        this.send(job.conn, { type: 'ack', seq: committed.seq, id: job.cmd.id });
        this.deps.onCommit?.(committed, job.started);
        this.deps.onCommitted?.(this, committed);
        this.deps.bus.publish(committed).catch((err: unknown) => {
          // Other instances fill the gap from the store on their next change or resync.
          this.deps.log?.('publish failed', { err: String(err), room: this.id });
        });
      }
    } else if (out.status === 'duplicate') {
      const job = decided[0]!;
      this.send(job.conn, { type: 'ack', seq: out.seq, id: job.cmd.id, duplicate: true });
    } else if (out.status === 'busy') {
      for (const job of decided) {
        if (this.clientIds.has(job.cmd.id)) continue;
        const error = { code: ErrorCode.Internal, message: 'room too busy, retry' };
        this.sendError(job.conn, error, job.cmd.id);
      }
    }
  }

  /**
   * A change the server itself makes (an organizer's notice or content, a template, a harvest):
   * committed by the room's owner, here or on another instance (SCALE-40). Resolves with how
   * many changes the op made; rejects with a RoomWriteError when it could not be stored.
   */
  /** True when several instances share rooms: server writes go through the room's owner. */
  get writesThroughOwner(): boolean {
    return this.deps.write !== undefined;
  }

  /** True when this room committed a change with this client id (as far as this copy knows). */
  hasClientId(clientId: string): boolean {
    return this.clientIds.has(clientId);
  }

  write(op: ServerOp): Promise<number> {
    return this.deps.write ? this.deps.write(this, op) : this.appendServerChanges(opChanges(op));
  }

  /**
   * Appends changes the server itself makes (actor system), in order, after the commands before
   * them, each decided inside the chain on the state after every change before it. `clientId`
   * makes each idempotent: a retry after a crash is one change, not two. Resolves with how many
   * changes `make` gave. Outside this room's owner only the clock calls it (clock.ts).
   */
  appendServerChanges(make: (state: RoomState) => ServerChange[]): Promise<number> {
    const run = this.chain.then(async () => {
      const items = make(this.state);
      for (const item of items) {
        const out = await appendWithRetry(this.log, () =>
          this.clientIds.has(item.clientId)
            ? []
            : [{ clientId: item.clientId, actor: SYSTEM, at: Date.now(), event: item.event }],
        );
        if (out.status === 'ok') {
          const committed: Change = { ...out.changes[0]!, roomId: this.id, seq: out.firstSeq };
          this.ingest(committed);
          this.deps.bus.publish(committed).catch(() => undefined);
        } else if (out.status === 'busy' && !this.clientIds.has(item.clientId)) {
          throw new RoomWriteError('busy', `room ${this.id} too busy: ${item.clientId} not stored`);
        }
      }
      return items.length;
    });
    this.chain = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  /** Resolves when every command queued so far has finished. */
  idle(): Promise<void> {
    return this.chain;
  }

  // ---------------------------------------------------------------- committed changes

  /** A change from the bus: applied in order; a gap (or null: maybe one) is filled from the store. */
  receive(change: Change | null): void {
    if (change && change.seq <= this.seq) return;
    if (change && change.seq === this.seq + 1) this.ingest(change);
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
        for (const c of changes) this.ingest(c);
      } finally {
        this.catchingUp = null;
      }
    })();
    return this.catchingUp;
  }

  /**
   * Applies the next change; live (not replayed on load), what it changed goes to the view
   * publisher, with when its command started.
   */
  private ingest(change: Change, live = true, startedAt?: number): void {
    if (change.seq !== this.seq + 1) return;
    const dirty = apply(this.state, change);
    if (change.clientId !== null) this.clientIds.set(change.clientId, change.seq);
    this.lastChangeAt = change.at;
    if (live && change.event.type === 'timer.set') this.clock.arm();
    if (live) this.views.changed(dirty, startedAt);
  }

  // ---------------------------------------------------------------- views

  /** Sends the views that changed since the last flush (normally on the coalescing timer). */
  flush(): void {
    this.views.flush();
  }

  /** Resolves when the last flush has reached every socket (phones are served in chunks). */
  delivered(): Promise<void> {
    return this.views.delivered();
  }

  close(): void {
    this.clock.disarm();
    this.views.close();
  }
}
