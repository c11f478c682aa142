// One WebSocket session: waits for hello, decides the role from the credentials, binds to a
// live room, then hands commands to the room. Frames are handled one at a time, in order, so
// nothing that arrives while a room loads is lost.

import type { WebSocket } from 'ws';
import { normalizeCode } from '../../shared/limits.js';
import {
  CloseCode,
  ErrorCode,
  PROTOCOL_VERSION,
  type ClientMessage,
  type ErrorMessage,
  type HelloMessage,
  type PongMessage,
} from '../../shared/protocol.js';
import { parseClientMessage } from '../../shared/schema.js';
import type { Actor } from '../domain/types.js';
import type { ParticipantIdentity } from '../identity.js';
import type { ChairCredential } from '../rooms/conn.js';
import type { LiveRoom } from '../rooms/room.js';
import { closeSocket, WsConn } from './ws-conn.js';
import type { RealtimeDeps } from './ws.js';

const HELLO_TIMEOUT_MS = 10_000;

export class Session {
  private chain: Promise<void> = Promise.resolve();
  private room: LiveRoom | null = null;
  private conn: WsConn | null = null;
  private actor: Actor | null = null;
  private helloSeen = false;
  private readonly helloTimer: NodeJS.Timeout;

  constructor(
    private readonly ws: WebSocket,
    private readonly deps: RealtimeDeps,
    private readonly ip: string,
  ) {
    this.helloTimer = setTimeout(() => {
      if (!this.helloSeen) closeSocket(ws, CloseCode.HelloTimeout, 'no hello');
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
      const wait = this.deps.rateLimiter.command(this.actor.participantId, msg.type, this.ip);
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
    await this.room.command(this.conn, this.actor, msg);
  }

  private async hello(msg: HelloMessage): Promise<void> {
    if (this.helloSeen) {
      this.error({ code: ErrorCode.Invalid, message: 'hello was already sent', field: 'type' });
      return;
    }
    this.helloSeen = true;
    clearTimeout(this.helloTimer);
    const joinWait = this.deps.rateLimiter?.join(this.ip) ?? 0;
    if (joinWait > 0) {
      this.error({
        code: ErrorCode.RateLimited,
        message: 'too many joins',
        retryAfterMs: joinWait,
      });
      // A normal close: the client backs off and tries again.
      closeSocket(this.ws, CloseCode.TryLater, 'too many joins');
      return;
    }
    const refuse = (code: number, errorCode: ErrorCode, message: string) => {
      this.error({ code: errorCode, message });
      closeSocket(this.ws, code, message);
    };
    if (msg.protocol !== PROTOCOL_VERSION) {
      return refuse(
        CloseCode.ProtocolMismatch,
        ErrorCode.Invalid,
        `protocol version mismatch: this server speaks ${PROTOCOL_VERSION}; reload the page`,
      );
    }
    const { store, events, registry } = this.deps;
    const lookupWait = this.deps.rateLimiter?.codeLookup(this.ip) ?? 0;
    if (lookupWait > 0) {
      this.error({
        code: ErrorCode.RateLimited,
        message: 'too many unknown join codes',
        retryAfterMs: lookupWait,
      });
      closeSocket(this.ws, CloseCode.TryLater, 'too many unknown join codes');
      return;
    }
    const event = await store.getEventByCode(normalizeCode(msg.eventCode));
    if (!event) {
      this.deps.rateLimiter?.codeMiss(this.ip);
      return refuse(CloseCode.NotFound, ErrorCode.NotFound, 'no such event');
    }
    const rooms = await store.listRooms(event.id);
    const record = msg.roomId
      ? rooms.find((r) => r.id === msg.roomId)
      : (rooms.find((r) => r.kind === 'plenary') ?? rooms[0]);
    if (!record) return refuse(CloseCode.NotFound, ErrorCode.NotFound, 'no such room');

    let actor: Actor;
    let credential: ChairCredential | undefined;
    let participantIdentity: ParticipantIdentity | undefined;
    switch (msg.role) {
      case 'participant':
        if (!msg.participantId) {
          return refuse(CloseCode.BadHello, ErrorCode.Invalid, 'participantId is required');
        }
        {
          const identity = this.identify(event.id, msg.participantId, msg.token);
          if (!identity) return;
          actor = { role: 'participant', participantId: msg.participantId, since: identity.since };
          participantIdentity = identity;
        }
        break;
      case 'projector':
        actor = { role: 'projector' };
        break;
      case 'chair':
        credential = events.chairCredential(event, record, msg.key) ?? undefined;
        if (!credential) {
          return refuse(CloseCode.BadHello, ErrorCode.Forbidden, 'wrong or revoked chair link');
        }
        actor = { role: 'chair' };
        break;
      case 'organizer':
        if (!this.deps.isAdmin(msg.key)) {
          return refuse(CloseCode.BadHello, ErrorCode.Unauthorized, 'wrong organizer token');
        }
        actor = { role: 'organizer' };
        break;
    }
    const room = await registry.get(record.id);
    if (!room) return refuse(CloseCode.NotFound, ErrorCode.NotFound, 'no such room');
    if (this.ws.readyState !== this.ws.OPEN) return;
    this.actor = actor;
    this.room = room;
    this.conn = new WsConn(
      this.ws,
      msg.role,
      actor.participantId,
      this.deps.onFrameOut,
      credential,
      participantIdentity,
    );
    room.join(this.conn);
    this.deps.onJoin?.(msg.role, 1);
  }

  /**
   * The participant's identity: the one its token proves, or a new one from its address's
   * budget (AUTH-8). Null when the budget is spent: the hello was refused and the socket closed.
   */
  private identify(
    eventId: string,
    participantId: string,
    token: string | undefined,
  ): ParticipantIdentity | null {
    const { identities, rateLimiter } = this.deps;
    const known = token ? identities.verify(eventId, participantId, token) : null;
    if (known) return known;
    const wait = rateLimiter?.identity(this.ip) ?? 0;
    if (wait > 0) {
      this.error({
        code: ErrorCode.RateLimited,
        message: 'too many new participants from this address',
        retryAfterMs: wait,
      });
      closeSocket(this.ws, CloseCode.TryLater, 'too many new participants');
      return null;
    }
    return identities.issue(eventId, participantId);
  }

  private disposed = false;
  private dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.helloTimer);
    if (this.room && this.conn) {
      this.room.leave(this.conn);
      this.deps.onJoin?.(this.conn.role, -1);
    }
  }
}
