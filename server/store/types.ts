// The Store interface: the only way the rest of the server reaches persistent data.
// SQLite (embedded default) and PostgreSQL (scale-out) implement it and pass one contract suite.

import type { Language, RoomKind } from '../../shared/model.js';
import type { Actor, Change, DomainEvent } from '../domain/types.js';

export interface EventRecord {
  id: string;
  code: string;
  name: string;
  language: Language;
  /** sha256 of the event-wide chair secret. */
  chairKeyHash: string;
  /** Bumped when the chair link is revoked; the secret is derived from it. */
  chairKeyVersion: number;
  createdAt: number;
}

export interface RoomRecord {
  id: string;
  eventId: string;
  name: string;
  kind: RoomKind;
  location: string | null;
  sort: number;
  chairKeyHash: string | null;
  chairKeyVersion: number;
  createdAt: number;
}

export interface NewChange {
  clientId: string | null;
  actor: Actor;
  at: number;
  event: DomainEvent;
}

export interface SetupChange {
  roomId: string;
  change: NewChange;
}

export type AppendResult =
  | { status: 'ok'; seq: number }
  /** The client id was committed before: the same change, not a second one. */
  | { status: 'duplicate'; seq: number }
  /** The room moved on since `expectedSeq`: catch up and decide again. */
  | { status: 'conflict'; seq: number };

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Creates an event with its rooms and their first changes (seq 1, 2, …), all or nothing. */
  createEvent(event: EventRecord, rooms: RoomRecord[], setup?: SetupChange[]): Promise<void>;
  getEvent(id: string): Promise<EventRecord | null>;
  getEventByCode(code: string): Promise<EventRecord | null>;
  listEvents(): Promise<EventRecord[]>;
  getRoom(id: string): Promise<RoomRecord | null>;
  listRooms(eventId: string): Promise<RoomRecord[]>;
  /**
   * Commits one change as the room's next seq, in one transaction, if the room is still at
   * `expectedSeq`. A client id seen before in this room answers `duplicate` with its seq.
   */
  append(roomId: string, expectedSeq: number, change: NewChange): Promise<AppendResult>;
  /** Committed changes of a room with seq > afterSeq, in order. */
  changesSince(roomId: string, afterSeq: number, limit?: number): Promise<Change[]>;
  /** The seq a client id was committed at, or null. */
  findClientId(roomId: string, clientId: string): Promise<number | null>;
  /** A small key/value table for instance-wide settings (e.g. the HMAC key). */
  getSetting(key: string): Promise<string | null>;
  /** Sets the value unless one exists; returns the value in force. */
  initSetting(key: string, value: string): Promise<string>;
  ping(): Promise<void>;
  close(): Promise<void>;
}
