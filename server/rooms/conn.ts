// What a live room needs of a connection: a role, a way to send a serialised frame, and a
// measure of how far behind the socket is. The realtime layer implements it over ws.

import type { Role } from '../../shared/model.js';
import type { FrameRole } from '../domain/views.js';

/** The chair link a chair's socket came in with: revoking one closes only its sockets. */
export type ChairCredential = 'event' | 'room';

export interface Conn {
  readonly role: Role;
  /** For a chair: which link it said hello with. */
  readonly credential?: ChairCredential;
  /** For a participant: the token and age of its identity, sent in the welcome (AUTH-8). */
  readonly identity?: { token: string; since: number };
  readonly viewRole: FrameRole;
  readonly participantId: string | undefined;
  /** For a participant that travels with a group (ROT-5): the group's id. */
  readonly groupId?: string;
  /** Sends an already serialised frame. */
  send(frame: string): void;
  /**
   * Sends an already serialised frame that the fan-out counts itself (once per chunk); a
   * Buffer is the frame's UTF-8 text, encoded once for every socket (sent as a text frame).
   */
  write?(frame: string | Buffer): void;
  /** Bytes queued in the socket and not yet written. */
  buffered(): number;
  close(code: number, reason: string): void;
  /** Set when an update was skipped for backpressure: the next send is a fresh snapshot. */
  stale: boolean;
  /** When the socket went stale (ms since epoch). */
  staleSince: number;
}
