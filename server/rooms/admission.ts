// Admission: who a socket's hello says it is, checked against the store (event, room, chair
// link, organizer token, participant token), and the live room it joins. The transport
// (server/realtime/) asks; it never reads the store itself.

import { normalizeCode } from '../../shared/limits.js';
import { CloseCode, ErrorCode, type HelloMessage } from '../../shared/protocol.js';
import type { Actor } from '../domain/types.js';
import type { EventService } from '../events.js';
import type { IdentityIssuer, ParticipantIdentity } from '../identity.js';
import type { EventRecord, Store } from '../store/types.js';
import type { ChairCredential } from './conn.js';
import type { RoomRegistry } from './registry.js';
import type { LiveRoom } from './room.js';
import type { VisitView } from '../../shared/protocol.js';
import type { RotationService } from '../rotation/service.js';

export type { EventRecord };

export interface AdmissionDeps {
  store: Store;
  registry: RoomRegistry;
  events: EventService;
  isAdmin(key: string | undefined): boolean;
  /** Issues and checks participant tokens (AUTH-8). */
  identities: IdentityIssuer;
  /** The rotation plan: a participant with a group code goes where the group is (ROT-5). */
  rotation?: RotationService;
}

/** A hello that is let in: the room, the actor, and what the connection carries. */
export interface Admitted {
  ok: true;
  room: LiveRoom;
  actor: Actor;
  credential?: ChairCredential;
  identity?: ParticipantIdentity;
  /** A participant that travels with a group, and where the group is now. */
  travel?: { eventId: string; groupId: string; visit: VisitView | null };
}

/** A refused hello: the error frame's code and message, and the close code and reason. */
export interface Refused {
  ok: false;
  close: number;
  code: ErrorCode;
  message: string;
  /** The close reason, when it differs from the message. */
  reason?: string;
  retryAfterMs?: number;
}

/** The transport's rate limits that admission consults (the address is the transport's). */
export interface AdmissionLimits {
  /** An unknown join code was tried. */
  codeMiss(): void;
  /** How long before this address may make a new participant identity (0: now). */
  identityWait(): number | Promise<number>;
}

const refuse = (close: number, code: ErrorCode, message: string): Refused => ({
  ok: false,
  close,
  code,
  message,
});

export class Admission {
  constructor(private readonly deps: AdmissionDeps) {}

  /** The event with this join code (any spelling), or null. */
  findEvent(code: string): Promise<EventRecord | null> {
    return this.deps.store.getEventByCode(normalizeCode(code));
  }

  /** Checks a hello (of this server's protocol version) and finds its live room. */
  async admit(msg: HelloMessage, limits: AdmissionLimits): Promise<Admitted | Refused> {
    const { store, events, registry } = this.deps;
    const event = await this.findEvent(msg.eventCode);
    if (!event) {
      limits.codeMiss();
      return refuse(CloseCode.NotFound, ErrorCode.NotFound, 'no such event');
    }
    const rooms = await store.listRooms(event.id);
    let travel: Admitted['travel'];
    if (msg.group !== undefined && msg.role === 'participant' && this.deps.rotation) {
      const groupId = await this.deps.rotation.groupOf(event.id, msg.group);
      if (!groupId) {
        limits.codeMiss();
        return refuse(CloseCode.NotFound, ErrorCode.NotFound, 'no such group');
      }
      travel = {
        eventId: event.id,
        groupId,
        visit: await this.deps.rotation.visit(event.id, groupId),
      };
    }
    // A traveler lands where the group is now, whatever room it asked for (ROT-5).
    const roomId = travel?.visit?.roomId ?? msg.roomId;
    const record = roomId
      ? rooms.find((r) => r.id === roomId)
      : (rooms.find((r) => r.kind === 'plenary') ?? rooms[0]);
    if (!record) return refuse(CloseCode.NotFound, ErrorCode.NotFound, 'no such room');

    let actor: Actor;
    let credential: ChairCredential | undefined;
    let identity: ParticipantIdentity | undefined;
    switch (msg.role) {
      case 'participant': {
        if (!msg.participantId) {
          return refuse(CloseCode.BadHello, ErrorCode.Invalid, 'participantId is required');
        }
        const known = await this.identify(event.id, msg.participantId, msg.token, limits);
        if (!known.ok) return known;
        identity = known.identity;
        actor = { role: 'participant', participantId: msg.participantId, since: identity.since };
        break;
      }
      case 'projector':
        // The speaker screen's link carries the room's speaker secret: it moves slides (DECK-7).
        // The chair's own speaker link carries the chair secret instead.
        if (
          msg.key !== undefined &&
          !events.speakerAllowed(event, record, msg.key) &&
          !events.chairCredential(event, record, msg.key)
        ) {
          return refuse(CloseCode.BadHello, ErrorCode.Forbidden, 'wrong or revoked speaker link');
        }
        actor =
          msg.key !== undefined ? { role: 'projector', presenter: true } : { role: 'projector' };
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
    return {
      ok: true,
      room,
      actor,
      ...(credential ? { credential } : {}),
      ...(identity ? { identity } : {}),
      ...(travel ? { travel } : {}),
    };
  }

  /**
   * The participant's identity: the one its token proves, or a new one from its address's
   * budget (AUTH-8); refused when the budget is spent.
   */
  private async identify(
    eventId: string,
    participantId: string,
    token: string | undefined,
    limits: AdmissionLimits,
  ): Promise<{ ok: true; identity: ParticipantIdentity } | Refused> {
    const { identities } = this.deps;
    const known = token ? identities.verify(eventId, participantId, token) : null;
    if (known) return { ok: true, identity: known };
    const wait = await limits.identityWait();
    if (wait > 0) {
      return {
        ok: false,
        close: CloseCode.TryLater,
        code: ErrorCode.RateLimited,
        message: 'too many new participants from this address',
        reason: 'too many new participants',
        retryAfterMs: wait,
      };
    }
    return { ok: true, identity: identities.issue(eventId, participantId) };
  }
}
