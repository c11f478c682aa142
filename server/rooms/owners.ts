// One writer per room (SCALE-20..24). With several instances each live room has one owner, the
// instance holding its lease (server/bus/lease.ts); only the owner commits the room's commands.
// Another instance forwards its clients' commands to the owner over the owner's Redis channel
// and hands the owner's answer (ack or error frames) to the socket; the committed change itself
// reaches every instance over the bus as before. A session sends a client's next command only
// after the answer to the previous one, so each client's commands keep their order.
//
// Failover: a forward to an instance nobody listens for any more (killed) or that stays silent
// is sent again once the lease can be taken; the new owner catches up from the store first, and
// the store's client-id dedupe turns a command the dead owner had committed into an ack with
// duplicate: true. Without leases (one instance, the memory bus) every room is this instance's.

import { nanoid } from 'nanoid';
import type { Role } from '../../shared/model.js';
import { ErrorCode, type CommandMessage } from '../../shared/protocol.js';
import { parseClientMessage } from '../../shared/schema.js';
import type { Lease, Leases } from '../bus/lease.js';
import type { Actor } from '../domain/types.js';
import type { ViewRole } from '../domain/views.js';
import type { ChairCredential, Conn } from './conn.js';
import type { LiveRoom } from './room.js';

/** Counters for /metrics. */
export interface OwnerStats {
  /** Commands this instance sent to another room's owner. */
  forwarded: number;
  /** Commands other instances sent here, as owner. */
  served: number;
  /** Forwards sent again (owner silent or gone). */
  resent: number;
  /** Leases taken (a room's first load, or after its owner died). */
  taken: number;
  /** Leases found held by someone else at renewal (or not renewed in time). */
  lost: number;
}

export const emptyOwnerStats = (): OwnerStats => ({
  forwarded: 0,
  served: 0,
  resent: 0,
  taken: 0,
  lost: 0,
});

export interface OwnersDeps {
  /** Null: one instance, which owns every room. */
  leases: Leases | null;
  ttlMs: number;
  /** The live room, loaded when needed (the registry's get). */
  room: (roomId: string) => Promise<LiveRoom | null>;
  isLive: (roomId: string) => boolean;
  stats?: OwnerStats;
  log?: (msg: string, extra?: Record<string, unknown>) => void;
}

/** How long a forwarded command may go unanswered before it is given up (an error frame). */
const GIVE_UP_MS = 30_000;
const ROLES: readonly string[] = ['participant', 'chair', 'projector', 'organizer'];

type Reply = { frames: string[] } | { notOwner: true };

interface Request {
  t: 'req';
  id: string;
  from: string;
  room: string;
  client: string;
  role: Role;
  credential?: ChairCredential;
  actor: Actor;
  cmd: string;
}

/** The owner's stand-in for a socket on another instance: keeps what the room sends it. */
class ForwardedConn implements Conn {
  stale = false;
  staleSince = 0;
  readonly frames: string[] = [];
  readonly viewRole: ViewRole;
  constructor(
    readonly role: Role,
    readonly participantId: string | undefined,
    readonly credential?: ChairCredential,
  ) {
    this.viewRole = role === 'chair' || role === 'organizer' ? 'chair' : 'public';
  }
  send(frame: string): void {
    this.frames.push(frame);
  }
  buffered(): number {
    return 0;
  }
  close(): void {}
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class Owners {
  /** Rooms whose lease this instance holds → its fencing token. */
  private readonly mine = new Map<string, number>();
  /** Other rooms' owners as last read, and when. */
  private readonly known = new Map<string, { owner: string; at: number }>();
  private readonly asking = new Map<string, Promise<string>>();
  private readonly pending = new Map<string, (r: Reply) => void>();
  private readonly clients = new WeakMap<Conn, string>();
  private readonly timer: NodeJS.Timeout | null = null;
  private renewedAt = Date.now();
  private readonly stats: OwnerStats;
  readonly instance: string;

  constructor(private readonly deps: OwnersDeps) {
    this.stats = deps.stats ?? emptyOwnerStats();
    this.instance = deps.leases?.instance ?? 'local';
    if (deps.leases) {
      deps.leases.onMessage((raw) => this.onMessage(raw));
      this.timer = setInterval(() => void this.renew(), Math.max(50, deps.ttlMs / 3));
      this.timer.unref();
    }
  }

  /** How many rooms this instance owns (all of its live rooms without leases). */
  owned(): number {
    return this.mine.size;
  }

  /** Whether this instance owns the room as far as it knows. */
  owns(roomId: string): boolean {
    return !this.deps.leases || this.mine.has(roomId);
  }

  /** A room was loaded here: take its lease if nobody holds it (rooms spread by first load). */
  claim(room: LiveRoom): void {
    if (!this.deps.leases?.ready()) return;
    this.ownerOf(room).catch((err: unknown) => {
      this.deps.log?.('room lease not read', { err: String(err), room: room.id });
    });
  }

  /** Runs a client's command at the room's owner: here, or forwarded; answers the socket. */
  async command(room: LiveRoom, conn: Conn, actor: Actor, cmd: CommandMessage): Promise<void> {
    const leases = this.deps.leases;
    if (!leases) return room.command(conn, actor, cmd);
    const giveUp = performance.now() + GIVE_UP_MS;
    const ids: string[] = [];
    // Any answer to any attempt settles the command (a late ack from a slow owner included).
    let wake: (r: Reply | 'timeout' | 'gone' | 'cut') => void = () => undefined;
    try {
      for (let attempt = 0; ; attempt++) {
        // Cut off from Redis: act alone; the store's seq check keeps the log whole.
        if (!leases.ready()) return await room.command(conn, actor, cmd);
        let owner: string;
        try {
          owner = await this.ownerOf(room);
        } catch {
          return await room.command(conn, actor, cmd);
        }
        if (owner === this.instance) return await room.command(conn, actor, cmd);
        if (performance.now() > giveUp) {
          room.sendError(
            conn,
            { code: ErrorCode.Internal, message: 'the room is not reachable, retry' },
            cmd.id,
          );
          return;
        }
        const id = nanoid();
        ids.push(id);
        this.pending.set(id, (r) => wake(r));
        let timer: NodeJS.Timeout | undefined;
        const answer = await new Promise<Reply | 'timeout' | 'gone' | 'cut'>((resolve) => {
          wake = resolve;
          timer = setTimeout(() => resolve('timeout'), this.deps.ttlMs);
          const req: Request = {
            t: 'req',
            id,
            from: this.instance,
            room: room.id,
            client: this.clientId(conn),
            role: conn.role,
            ...(conn.credential ? { credential: conn.credential } : {}),
            actor,
            cmd: JSON.stringify(cmd),
          };
          this.stats.forwarded++;
          leases.send(owner, JSON.stringify(req)).then(
            (listeners) => listeners === 0 && resolve('gone'),
            () => resolve('cut'),
          );
        });
        clearTimeout(timer);
        // Redis stopped answering: act alone, as when it is known to be away.
        if (answer === 'cut') return await room.command(conn, actor, cmd);
        if (typeof answer === 'object' && 'frames' in answer) {
          for (const f of answer.frames) conn.send(f);
          return;
        }
        this.known.delete(room.id);
        if (answer === 'timeout') this.stats.resent++;
        if (answer !== 'timeout') {
          // The owner is gone (its lease runs out within ttl) or handed the room on: ask again soon.
          if (answer === 'gone' && attempt === 0) {
            this.deps.log?.('room owner gone, waiting for its lease', { room: room.id, owner });
          }
          await sleep(Math.max(20, this.deps.ttlMs / 20));
          if (answer === 'gone') this.stats.resent++;
        }
      }
    } finally {
      for (const id of ids) this.pending.delete(id);
    }
  }

  private clientId(conn: Conn): string {
    let id = this.clients.get(conn);
    if (!id) this.clients.set(conn, (id = nanoid(10)));
    return id;
  }

  /** The room's owner; takes the lease when it is free (and then catches up first). */
  private ownerOf(room: LiveRoom): Promise<string> {
    if (this.mine.has(room.id)) return Promise.resolve(this.instance);
    const k = this.known.get(room.id);
    if (k && Date.now() - k.at < this.deps.ttlMs / 3) return Promise.resolve(k.owner);
    let asking = this.asking.get(room.id);
    if (!asking) {
      asking = this.ask(room).finally(() => this.asking.delete(room.id));
      this.asking.set(room.id, asking);
    }
    return asking;
  }

  private async ask(room: LiveRoom): Promise<string> {
    const lease: Lease = await this.deps.leases!.acquire(room.id);
    if (lease.owner !== this.instance) {
      this.known.set(room.id, { owner: lease.owner, at: Date.now() });
      return lease.owner;
    }
    if (!this.mine.has(room.id)) {
      // Whatever the previous owner committed is in the store: read it before writing.
      await room.catchUp();
      this.mine.set(room.id, lease.token);
      this.known.delete(room.id);
      this.stats.taken++;
      this.deps.log?.('room lease taken', { room: room.id, token: lease.token, seq: room.seq });
    }
    return this.instance;
  }

  /** Extends the leases of live rooms, lets go of the others, drops the ones lost. */
  private async renew(): Promise<void> {
    const leases = this.deps.leases!;
    for (const [roomId, token] of [...this.mine]) {
      if (this.deps.isLive(roomId)) continue;
      this.mine.delete(roomId);
      leases.release(roomId, token).catch(() => undefined);
    }
    try {
      const lost = await leases.renew(this.mine);
      this.renewedAt = Date.now();
      for (const roomId of lost) this.drop(roomId, 'held by another instance');
    } catch (err) {
      // Not renewed for a whole ttl: another instance may hold the lease by now.
      if (Date.now() - this.renewedAt > this.deps.ttlMs) {
        for (const roomId of [...this.mine.keys()]) this.drop(roomId, String(err));
      }
    }
  }

  private drop(roomId: string, why: string): void {
    if (!this.mine.delete(roomId)) return;
    this.stats.lost++;
    this.deps.log?.('room lease lost', { room: roomId, why });
  }

  private onMessage(raw: string): void {
    let v: unknown;
    try {
      v = JSON.parse(raw);
    } catch {
      return;
    }
    if (typeof v !== 'object' || v === null) return;
    const m = v as Record<string, unknown>;
    if (m.t === 'res' && typeof m.id === 'string') {
      const settle = this.pending.get(m.id);
      if (!settle) return;
      if (m.notOwner === true) settle({ notOwner: true });
      else if (Array.isArray(m.frames) && m.frames.every((f) => typeof f === 'string')) {
        settle({ frames: m.frames as string[] });
      }
      return;
    }
    const req = asRequest(m);
    if (!req) {
      this.deps.log?.('forwarded message dropped: not a request', { length: raw.length });
      return;
    }
    this.serve(req).catch((err: unknown) => {
      this.deps.log?.('forwarded command failed', { err: String(err), room: req.room });
    });
  }

  /** As the owner: runs a forwarded command and answers the instance it came from. */
  private async serve(req: Request): Promise<void> {
    const reply = (body: Record<string, unknown>) =>
      this.deps.leases
        ?.send(req.from, JSON.stringify({ t: 'res', id: req.id, ...body }))
        .catch(() => undefined);
    const parsed = parseClientMessage(req.cmd);
    const room = await this.deps.room(req.room);
    if (!room || !parsed.ok || parsed.value.type === 'hello' || parsed.value.type === 'ping') {
      const frame = JSON.stringify({
        type: 'error',
        seq: room?.seq ?? 0,
        code: ErrorCode.Invalid,
        message: 'forwarded command not understood',
      });
      await reply({ frames: [frame] });
      return;
    }
    if ((await this.ownerOf(room)) !== this.instance) {
      await reply({ notOwner: true });
      return;
    }
    this.stats.served++;
    const conn = new ForwardedConn(req.role, req.actor.participantId, req.credential);
    await room.command(conn, req.actor, parsed.value);
    await reply({ frames: conn.frames });
  }

  /** Lets go of every lease (a clean shutdown hands the rooms on at once). */
  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    const leases = this.deps.leases;
    if (!leases) return;
    await Promise.all(
      [...this.mine].map(([roomId, token]) => leases.release(roomId, token).catch(() => undefined)),
    );
    this.mine.clear();
    await leases.close();
  }
}

function asRequest(m: Record<string, unknown>): Request | null {
  const { t, id, from, room, client, role, credential, actor, cmd } = m;
  if (t !== 'req' || typeof id !== 'string' || typeof from !== 'string') return null;
  if (typeof room !== 'string' || typeof client !== 'string' || typeof cmd !== 'string') {
    return null;
  }
  if (typeof role !== 'string' || !ROLES.includes(role)) return null;
  if (credential !== undefined && credential !== 'event' && credential !== 'room') return null;
  if (typeof actor !== 'object' || actor === null) return null;
  const a = actor as Record<string, unknown>;
  if (typeof a.role !== 'string' || !ROLES.includes(a.role)) return null;
  if (a.participantId !== undefined && typeof a.participantId !== 'string') return null;
  if (a.since !== undefined && typeof a.since !== 'number') return null;
  if (a.presenter !== undefined && a.presenter !== true) return null;
  return m as unknown as Request;
}
