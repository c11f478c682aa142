// One page's live session: the connection and its outbox, for any role.
import type { Role } from '../../shared/model.js';
import { Connection } from './connection.js';
import { lang } from './i18n.js';
import { adoptParticipantId, getParticipantId } from './identity.js';
import { Outbox, outboxKey } from './outbox.js';

export interface Session {
  conn: Connection;
  outbox: Outbox;
}

export interface SessionOptions {
  role: Role;
  eventCode: string;
  roomId: string;
  key?: string;
  /** Participants: the group they travel with (ROT-5). */
  group?: string;
}

/** One live connection plus its outbox; made once per page, after the event is known. */
export function startSession(opts: SessionOptions): Session {
  const participant = opts.role === 'participant';
  const conn = new Connection({
    role: opts.role,
    eventCode: opts.eventCode,
    roomId: opts.roomId,
    ...(participant
      ? { participantId: getParticipantId(), onParticipantId: adoptParticipantId }
      : {}),
    ...(opts.key ? { key: opts.key } : {}),
    ...(opts.group ? { group: opts.group } : {}),
    language: () => lang.value,
  });
  const outbox = new Outbox(conn, outboxKey(opts.eventCode, opts.roomId, opts.role));
  conn.start();
  return { conn, outbox };
}
