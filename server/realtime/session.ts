// One WebSocket session: waits for hello, has admission (server/rooms/admission.ts) decide the
// role from the credentials and find the live room, then hands commands to the room. Frames are
// handled one at a time, in order, so nothing that arrives while a room loads is lost.
// States: awaiting-hello -> admitting -> admitted -> closed (closed can follow any of them).

import type { WebSocket } from 'ws';
import {
  CloseCode,
  ErrorCode,
  PROTOCOL_VERSION,
  type ClientMessage,
  type CommandMessage,
  type ErrorMessage,
  type HelloMessage,
  type PongMessage,
} from '../../shared/protocol.js';
import type { Role } from '../../shared/model.js';
import { parseClientMessage } from '../../shared/schema.js';
import type { Actor } from '../domain/types.js';
import type { Logger } from '../log.js';
import type { Admission, Admitted, Refused } from '../rooms/admission.js';
import type { LiveRoom } from '../rooms/room.js';
import type { Limiter } from './rate-limit.js';
import type { RotationService } from '../rotation/service.js';
import { closeSocket, WsConn } from './ws-conn.js';

/** What a session needs (ws.ts's RealtimeDeps has all of it). */
export interface SessionDeps {
  admission: Admission;
  log: Logger;
  rateLimiter?: Limiter;
  onJoin?: (role: Role, delta: number) => void;
  onFrameOut?: (bytes: number) => void;
  /** Runs a command where the room's owner is (rooms/owners.ts); default: in this room. */
  route?: (room: LiveRoom, conn: WsConn, actor: Actor, cmd: CommandMessage) => Promise<void>;
  /** Keeps the sockets that travel with a group (ROT-6). */
  rotation?: RotationService;
}

export type SessionState = 'awaiting-hello' | 'admitting' | 'admitted' | 'closed';

const HELLO_TIMEOUT_MS = 10_000;

export class Session {
  private chain: Promise<void> = Promise.resolve();
  private room: LiveRoom | null = null;
  private conn: WsConn | null = null;
  private actor: Actor | null = null;
  private travel: Admitted['travel'] | null = null;
  state: SessionState = 'awaiting-hello';
  private readonly helloTimer: NodeJS.Timeout;

  constructor(
    private readonly ws: WebSocket,
    private readonly deps: SessionDeps,
    private readonly ip: string,
  ) {
    this.helloTimer = setTimeout(() => {
      if (this.state === 'awaiting-hello') closeSocket(ws, CloseCode.HelloTimeout, 'no hello');
    }, HELLO_TIMEOUT_MS);
    ws.on('message', (data, isBinary) => {
      const raw = isBinary ? null : data.toString();
      this.chain = this.chain
        .then(() => this.handle(raw))
        .catch((err: unknown) => {
          deps.log.error({ err: String(err) }, 'frame handling failed');
          this.error({ code: ErrorCode.Internal, message: 'internal error' });
        });
    });
    ws.on('close', () => this.dispose());
    ws.on('error', () => this.dispose());
  }

  private error(e: Omit<ErrorMessage, 'type' | 'seq'>): void {
    if (this.ws.readyState !== this.ws.OPEN) return;
    this.ws.send(JSON.stringify({ type: 'error', seq: this.room?.seq ?? 0, ...e }));
  }

  private async handle(raw: string | null): Promise<void> {
    if (raw === null) {
      this.error({ code: ErrorCode.BadFrame, message: 'binary frames are not supported' });
      return;
    }
    const parsed = parseClientMessage(raw);
    if (!parsed.ok) {
      const { ok: _ok, ...rest } = parsed;
      this.error(rest);
      return;
    }
    const msg: ClientMessage = parsed.value;
    if (msg.type === 'hello') return this.hello(msg);
    if (msg.type === 'ping') {
      const pong: PongMessage = {
        type: 'pong',
        seq: this.room?.seq ?? 0,
        t: msg.t,
        serverTime: Date.now(),
      };
      this.ws.send(JSON.stringify(pong));
      return;
    }
    if (!this.room || !this.conn || !this.actor) {
      this.error({ code: ErrorCode.NotHello, message: 'send hello first', id: msg.id });
      return;
    }
    if (this.deps.rateLimiter && this.actor.participantId) {
      const wait = await this.deps.rateLimiter.command(this.actor.participantId, msg.type, this.ip);
      if (wait > 0) {
        this.error({
          code: ErrorCode.RateLimited,
          message: 'too many messages',
          id: msg.id,
          retryAfterMs: wait,
        });
        return;
      }
    }
    let cmd = msg;
    if (cmd.type === 'visit.start' && this.deps.rotation) {
      // The plan decides which group may start here (ROT-34).
      const room = this.room.state.room;
      const checked = await this.deps.rotation.checkStart(room.eventId, room.id, cmd);
      if (!checked.ok) {
        const { ok: _ok, ...error } = checked;
        this.error({ ...error, id: cmd.id });
        return;
      }
      cmd = checked.cmd;
    }
    if (this.deps.route) await this.deps.route(this.room, this.conn, this.actor, cmd);
    else await this.room.command(this.conn, this.actor, cmd);
  }

  private async hello(msg: HelloMessage): Promise<void> {
    if (this.state !== 'awaiting-hello') {
      if (this.state === 'closed') return;
      this.error({ code: ErrorCode.Invalid, message: 'hello was already sent', field: 'type' });
      return;
    }
    this.state = 'admitting';
    clearTimeout(this.helloTimer);
    const admitted = await this.admit(msg);
    if (!admitted.ok) {
      const { close, reason, ok: _ok, ...error } = admitted;
      this.error(error);
      closeSocket(this.ws, close, reason ?? error.message);
      return;
    }
    if ((this.state as SessionState) === 'closed' || this.ws.readyState !== this.ws.OPEN) return;
    const { room, actor, credential, identity } = admitted;
    this.actor = actor;
    this.room = room;
    this.conn = new WsConn(
      this.ws,
      msg.role,
      actor.participantId,
      this.deps.onFrameOut,
      credential,
      identity,
      admitted.travel?.groupId,
    );
    this.state = 'admitted';
    room.join(this.conn);
    this.deps.onJoin?.(msg.role, 1);
    if (admitted.travel && this.deps.rotation) {
      this.travel = admitted.travel;
      const { eventId, groupId, visit } = admitted.travel;
      this.deps.rotation.track(eventId, groupId, this.conn, visit);
    }
    // A chair hears its location's visits by the plan at every change (ROT-32).
    if (msg.role === 'chair' || msg.role === 'organizer')
      this.deps.rotation?.watch(room.state.room.eventId, room.id, this.conn);
  }

  /** Admits the hello (rate limits, protocol version, then admission), or says why not. */
  private async admit(msg: HelloMessage): Promise<Admitted | Refused> {
    const limiter = this.deps.rateLimiter;
    const busy = (wait: number, message: string): Refused => ({
      ok: false,
      close: CloseCode.TryLater,
      code: ErrorCode.RateLimited,
      message,
      retryAfterMs: wait,
    });
    // A normal close: the client backs off and tries again.
    const joinWait = (await limiter?.join(this.ip)) ?? 0;
    if (joinWait > 0) return busy(joinWait, 'too many joins');
    if (msg.protocol !== PROTOCOL_VERSION) {
      return {
        ok: false,
        close: CloseCode.ProtocolMismatch,
        code: ErrorCode.Invalid,
        message: `protocol version mismatch: this server speaks ${PROTOCOL_VERSION}; reload the page`,
      };
    }
    const lookupWait = (await limiter?.codeLookup(this.ip)) ?? 0;
    if (lookupWait > 0) return busy(lookupWait, 'too many unknown join codes');
    return this.deps.admission.admit(msg, {
      codeMiss: () => limiter?.codeMiss(this.ip),
      identityWait: () => limiter?.identity(this.ip) ?? 0,
    });
  }

  private dispose(): void {
    if (this.state === 'closed') return;
    this.state = 'closed';
    clearTimeout(this.helloTimer);
    if (this.travel && this.conn)
      this.deps.rotation?.untrack(this.travel.eventId, this.travel.groupId, this.conn);
    if (this.room && this.conn && this.actor && !this.actor.participantId)
      this.deps.rotation?.unwatch(this.room.state.room.eventId, this.conn);
    if (this.room && this.conn) {
      this.room.leave(this.conn);
      this.deps.onJoin?.(this.conn.role, -1);
    }
  }
}
