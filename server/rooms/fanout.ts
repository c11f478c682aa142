// Sending a flush's frames to a room's sockets, with backpressure: a socket over the soft limit
// is skipped (and resynced with a snapshot later); one over the hard limit is dropped.
//
// Screens first, never blocked (FAN-1..FAN-4): projectors get each update before anyone else,
// then chairs and organizers, whatever their join order; the phones follow in chunks with a turn
// of the event loop between them, so votes are read and acknowledged while thousands of sockets
// are written. Each socket gets its frames in flush order: a flush that comes while the phones
// of an earlier one are still being served queues behind it (for the phones; the screens and
// chairs, served at once, already have everything before it).

import { CloseCode, type ServerMessage } from '../../shared/protocol.js';
import { frameRoleIn, type FrameRole } from '../domain/views.js';
import type { Audience } from './audience.js';
import type { Conn } from './conn.js';

/**
 * A frame as the fan-out sends it: a flush's frames are encoded to UTF-8 once (FAN-11) and
 * the same bytes go to every socket, instead of each send encoding the string again.
 */
export type FanoutFrame = string | Buffer;

/** A message serialised and encoded once, for many sockets. */
export const frameBuffer = (msg: ServerMessage): Buffer => Buffer.from(JSON.stringify(msg));

export interface FanoutLimits {
  /** Over this many queued bytes a socket is skipped and resynced later. */
  softBytes: number;
  /** Over this many it is dropped at once. */
  hardBytes: number;
  /** A socket that stays over the soft limit this long is dropped too. */
  staleMs: number;
  /** Phones served per turn of the event loop (default FANOUT_CHUNK). */
  chunk?: number;
}

/** Phones written per turn of the event loop: about 2–5 ms of writes on one core. */
export const FANOUT_CHUNK = 256;

export const DEFAULT_FANOUT_LIMITS: FanoutLimits = {
  softBytes: 64 * 1024,
  hardBytes: 1024 * 1024,
  staleMs: 15_000,
};

export interface FanoutStats {
  sent: number;
  skipped: number;
  dropped: number;
  /** Frames and their UTF-8 bytes written by fan-outs (counted once per chunk, not per send). */
  frames?: number;
  bytes?: number;
}

/** Returns whether the frame was sent. */
export function sendTo(
  conn: Conn,
  frame: string,
  limits: FanoutLimits,
  stats?: FanoutStats,
): boolean {
  const queued = conn.buffered();
  if (queued > limits.hardBytes) {
    conn.close(CloseCode.TooSlow, 'too slow');
    if (stats) stats.dropped++;
    return false;
  }
  if (queued > limits.softBytes) {
    if (!conn.stale) conn.staleSince = Date.now();
    conn.stale = true;
    if (stats) stats.skipped++;
    return false;
  }
  conn.send(frame);
  if (stats) stats.sent++;
  return true;
}

/** What one flush sends: a frame per view role, and each dirty participant's own state. */
export interface FanoutJob {
  seq: number;
  frames: Record<FrameRole, FanoutFrame | null>;
  /** The group whose visit was in force at this flush: its phones get `phone`, others `away`. */
  visitGroup?: string | null;
  /** Participant id → its `mine` frame. */
  mine: ReadonlyMap<string, string>;
}

export interface FanoutHooks {
  /** Sends a socket that fell behind a fresh snapshot (and its own state) at the current seq. */
  resync(conn: Conn): void;
  /** The room's current seq (what a resync carries). */
  seq(): number;
  /** Some socket is still behind: flush again a little later so it gets its snapshot. */
  retry(): void;
}

/** Screens (projector, speaker view) before chairs and organizers, and those before phones. */
const rank = (conn: Conn) => (conn.role === 'projector' ? 0 : conn.role === 'participant' ? 2 : 1);

interface Pending {
  job: FanoutJob;
  phones: Conn[];
  next: number;
}

/** Per-chunk counters, added to the shared stats once per chunk. */
interface Tally {
  sent: number;
  skipped: number;
  dropped: number;
  frames: number;
  bytes: number;
  stale: boolean;
}

const byteLengths = new WeakMap<FanoutJob, Partial<Record<FrameRole, number>>>();
function bytesOf(job: FanoutJob, role: FrameRole, frame: FanoutFrame): number {
  if (typeof frame !== 'string') return frame.length;
  let lengths = byteLengths.get(job);
  if (!lengths) byteLengths.set(job, (lengths = {}));
  return (lengths[role] ??= Buffer.byteLength(frame));
}

export class Fanout {
  private readonly queue: Pending[] = [];
  private timer: NodeJS.Immediate | null = null;
  /** A socket resynced with a snapshot at this seq skips queued frames it already holds. */
  private readonly resyncedAt = new WeakMap<Conn, number>();
  private readonly chunk: number;
  private waiters: (() => void)[] = [];

  constructor(
    /** The room's live sockets: one that left (closed) mid fan-out is skipped. */
    private readonly live: ReadonlySet<Conn>,
    private readonly limits: FanoutLimits,
    private readonly hooks: FanoutHooks,
    private readonly stats?: FanoutStats,
    /** The screens among `live` (every socket that is not a phone), kept by the caller. */
    private readonly screens?: ReadonlySet<Conn>,
  ) {
    this.chunk = Math.max(1, limits.chunk ?? FANOUT_CHUNK);
  }

  /** Whether phones are still waiting for an earlier flush. */
  get busy(): boolean {
    return this.queue.length > 0;
  }

  /** Resolves when every queued flush has reached every socket. */
  drained(): Promise<void> {
    if (!this.busy) return Promise.resolve();
    return new Promise((r) => this.waiters.push(r));
  }

  /**
   * Sends one flush: to projectors, then chairs and organizers at once; to phones in chunks,
   * the first at once when no earlier flush is still on its way, else behind it. `audience`
   * limits it to the screens (projectors, chairs, organizers) or to the phones (FAN-10).
   */
  publish(job: FanoutJob, audience: Audience | 'all' = 'all'): void {
    const t = this.tally();
    const staff: Conn[] = [];
    const phones: Conn[] = [];
    const now = Date.now();
    const from = audience === 'screens' && this.screens ? this.screens : this.live;
    for (const conn of from) {
      const r = rank(conn);
      if (r === 2) {
        if (audience !== 'screens') phones.push(conn);
      } else if (audience === 'phones') continue;
      else if (r === 0) this.deliver(conn, job, now, t);
      else staff.push(conn);
    }
    for (const conn of staff) this.deliver(conn, job, now, t);
    this.count(t);
    if (t.stale) this.hooks.retry();
    if (phones.length === 0) return;
    this.queue.push({ job, phones, next: 0 });
    // Nothing in progress: the first chunk goes now, the rest after the next turns.
    if (this.queue.length === 1) this.run();
  }

  /** Serves one chunk of phones (several flushes' worth when they are short), then yields. */
  private run(): void {
    this.timer = null;
    const t = this.tally();
    const now = Date.now();
    let budget = this.chunk;
    while (budget > 0 && this.queue.length > 0) {
      const p = this.queue[0]!;
      const end = Math.min(p.phones.length, p.next + budget);
      for (let i = p.next; i < end; i++) {
        const conn = p.phones[i]!;
        if (this.live.has(conn)) this.deliver(conn, p.job, now, t);
      }
      budget -= end - p.next;
      p.next = end;
      if (p.next >= p.phones.length) this.queue.shift();
    }
    this.count(t);
    if (t.stale) this.hooks.retry();
    if (this.queue.length > 0) this.timer = setImmediate(() => this.run());
    else for (const w of this.waiters.splice(0)) w();
  }

  /** One socket, one flush: `bufferedAmount` is read once, whatever the socket is sent. */
  private deliver(conn: Conn, job: FanoutJob, now: number, t: Tally): void {
    const resynced = this.resyncedAt.get(conn);
    if (resynced !== undefined && resynced >= job.seq) return;
    if (conn.stale) {
      const queued = conn.buffered();
      if (queued <= this.limits.softBytes) {
        this.hooks.resync(conn);
        this.resyncedAt.set(conn, this.hooks.seq());
      } else if (now - conn.staleSince > this.limits.staleMs) {
        // It stopped reading for good: let it go, it resyncs when it comes back.
        conn.close(CloseCode.TooSlow, 'too slow');
        t.dropped++;
      } else t.stale = true;
      return;
    }
    const role = frameRoleIn(conn.viewRole, conn.groupId, job.visitGroup ?? null);
    const frame = job.frames[role];
    const mine = conn.participantId !== undefined ? job.mine.get(conn.participantId) : undefined;
    if (frame === null && mine === undefined) return;
    const queued = conn.buffered();
    if (queued > this.limits.hardBytes) {
      conn.close(CloseCode.TooSlow, 'too slow');
      t.dropped++;
      return;
    }
    if (queued > this.limits.softBytes) {
      conn.staleSince = now;
      conn.stale = true;
      t.skipped++;
      t.stale = true;
      return;
    }
    if (frame !== null) {
      if (conn.write) conn.write(frame);
      else conn.send(typeof frame === 'string' ? frame : frame.toString());
      t.frames++;
      t.bytes += bytesOf(job, role, frame);
    }
    if (mine !== undefined) {
      if (conn.write) conn.write(mine);
      else conn.send(mine);
      t.frames++;
      // A participant's own frame usually goes to one socket: measured where it is sent.
      t.bytes += Buffer.byteLength(mine);
    }
    t.sent++;
  }

  private tally(): Tally {
    return { sent: 0, skipped: 0, dropped: 0, frames: 0, bytes: 0, stale: false };
  }

  private count(t: Tally): void {
    const s = this.stats;
    if (!s) return;
    s.sent += t.sent;
    s.skipped += t.skipped;
    s.dropped += t.dropped;
    if (t.frames > 0) {
      s.frames = (s.frames ?? 0) + t.frames;
      s.bytes = (s.bytes ?? 0) + t.bytes;
    }
  }

  /** Drops what is queued (the room is closing). */
  stop(): void {
    if (this.timer) clearImmediate(this.timer);
    this.timer = null;
    this.queue.length = 0;
    for (const w of this.waiters.splice(0)) w();
  }
}
