// The Bus carries committed changes between instances. It never orders them (the store's seq
// does) and may drop or duplicate: rooms apply in seq order and fill gaps from the store.
// It also carries notices: things an instance did to its own sockets that every instance must
// do to its own (a revoked chair link, a deleted event), since any instance may hold them.

import type { Role } from '../../shared/model.js';
import type { ChairCredential } from '../rooms/conn.js';
import type { Change } from '../domain/types.js';

export type Notice =
  /** The event's record or its list of rooms changed: live rooms reload the event's info. */
  | { type: 'event.changed'; eventId: string }
  /** The event's rotation plan or its slot changed: travelers are told where to go (ROT-6). */
  | { type: 'rotation.changed'; eventId: string }
  /** Close a room's sockets (of these roles; null: all), and unload the room if asked. */
  | {
      type: 'room.disconnect';
      roomId: string;
      code: number;
      reason: string;
      roles: Role[] | null;
      unload: boolean;
      /** Only the chairs that came in with this link (ROOM-4); absent: every one. */
      credential?: ChairCredential;
    }
  /**
   * Who is connected where: every few seconds each instance tells the others how many sockets
   * each of its rooms holds, so the organizer's overview counts every instance, not just one.
   */
  | { type: 'presence'; instance: string; rooms: Record<string, PresenceCounts> };

export interface PresenceCounts {
  participants: number;
  chairs: number;
  projectors: number;
  /** Participants that follow a group, per group id (ROT-33); absent when none. */
  groups?: Record<string, number>;
}

export interface Subscriber {
  change(change: Change): void;
  notice?(notice: Notice): void;
  /** Messages may have been lost (the connection to the broker came back): catch up. */
  resync?(): void;
}

export interface Bus {
  readonly kind: 'memory' | 'redis';
  /** Sends a committed change to every subscriber of every instance, this one included. */
  publish(change: Change): Promise<void>;
  /** Sends a notice to every subscriber of every instance, this one included. */
  notify(notice: Notice): Promise<void>;
  /** Returns an unsubscribe function. */
  subscribe(subscriber: Subscriber): () => void;
  ping(): Promise<void>;
  close(): Promise<void>;
}
