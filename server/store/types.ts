// The Store interface: the only way the rest of the server reaches persistent data.
// SQLite (embedded default) and PostgreSQL (scale-out) implement it and pass one contract suite.

import type { ProjectorTheme } from '../../shared/brand.js';
import type { Language, RoomKind } from '../../shared/model.js';
import type { RotationPlan } from '../../shared/rotation.js';
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
  /** When the event ends; its data is deleted RETENTION_DAYS later. */
  endsAt: number | null;
  /** Event branding: an accent colour as #rrggbb. */
  accentColor: string | null;
  /** The projector's theme; null is the default (dark). */
  projectorTheme?: ProjectorTheme | null;
  /** sha256 (hex) of the event's logo, which names its URL; null without a logo. */
  logoHash?: string | null;
}

/** An event's logo image, as uploaded (PNG, JPEG or WebP). */
export interface LogoRecord {
  hash: string;
  mime: string;
  bytes: Uint8Array;
  createdAt: number;
}

/** A slide of a deck as a JPEG for phones (DECK-30). */
export interface DeckSlideRecord {
  bytes: Uint8Array;
  createdAt: number;
}

/** A room's pitch deck (DECK-3): what is known of it; its PDF bytes are read apart. */
export interface DeckRecord {
  id: string;
  eventId: string;
  roomId: string;
  title: string;
  pages: number;
  /** The first page's size in PDF points. */
  width: number;
  height: number;
  /** The file's size in bytes and its sha256 (hex), which is its ETag. */
  size: number;
  hash: string;
  phoneView: boolean;
  createdAt: number;
}

export interface RoomRecord {
  id: string;
  eventId: string;
  name: string;
  kind: RoomKind;
  location: string | null;
  arrangement: string | null;
  chairName: string | null;
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

export type EventPatch = Partial<
  Pick<EventRecord, 'name' | 'endsAt' | 'accentColor' | 'projectorTheme'>
>;

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
  /** Adds rooms to an event with their first changes, all or nothing. */
  addRooms(rooms: RoomRecord[], setup: SetupChange[]): Promise<void>;
  /** Changes what the organizer may change of an event (name, end, branding). */
  updateEvent(id: string, patch: EventPatch): Promise<void>;
  /** Replaces the event's logo (null removes it) and sets its hash on the event, in one commit. */
  setLogo(eventId: string, logo: LogoRecord | null): Promise<void>;
  getLogo(eventId: string): Promise<LogoRecord | null>;
  /** Stores a deck with its PDF bytes (DECK-3). */
  putDeck(deck: DeckRecord, bytes: Uint8Array): Promise<void>;
  getDeck(id: string): Promise<DeckRecord | null>;
  getDeckBytes(id: string): Promise<Uint8Array | null>;
  /** An event's decks, oldest first, without their bytes. */
  listDecks(eventId: string): Promise<DeckRecord[]>;
  updateDeck(id: string, patch: Partial<Pick<DeckRecord, 'title' | 'phoneView'>>): Promise<void>;
  deleteDeck(id: string): Promise<boolean>;
  /**
   * Keeps a slide's JPEG for phones (DECK-30), once per page: false when the page had one
   * already (the first stays). Deleting the deck deletes its slide images.
   */
  putDeckSlide(deckId: string, page: number, bytes: Uint8Array, at: number): Promise<boolean>;
  getDeckSlide(deckId: string, page: number): Promise<DeckSlideRecord | null>;
  /** Stores a new chair secret hash and version, for the event (roomId null) or one room. */
  setChairKey(eventId: string, roomId: string | null, hash: string, version: number): Promise<void>;
  /** Deletes an event with its rooms, their change logs and decks. */
  deleteEvent(id: string): Promise<boolean>;
  /** Events whose end lies before `before`. */
  endedBefore(before: number): Promise<EventRecord[]>;
  /**
   * Commits one change as the room's next seq, in one transaction, if the room is still at
   * `expectedSeq`. A client id seen before in this room answers `duplicate` with its seq.
   */
  append(roomId: string, expectedSeq: number, change: NewChange): Promise<AppendResult>;
  /**
   * Commits several changes as the room's next seqs (expectedSeq + 1, + 2, …) in one
   * transaction, all or nothing: `ok` carries the seq of the last one; `conflict` when the room
   * moved on; `duplicate` (with that change's seq) when any client id was committed before.
   */
  appendMany(roomId: string, expectedSeq: number, changes: NewChange[]): Promise<AppendResult>;
  /**
   * Commits one change to each of several rooms, each as its room's next seq, in one
   * transaction, all or nothing (NOTICE-10): a room that does not exist (deleted meanwhile)
   * throws and no room holds any of it. Answers each change's seq, in order.
   */
  appendToRooms(items: SetupChange[]): Promise<number[]>;
  /** Committed changes of a room with seq > afterSeq, in order. */
  changesSince(roomId: string, afterSeq: number, limit?: number): Promise<Change[]>;
  /** The seq a client id was committed at, or null. */
  findClientId(roomId: string, clientId: string): Promise<number | null>;
  /** The event's rotation plan (ROT-1), or null. */
  getRotation(eventId: string): Promise<RotationPlan | null>;
  /** Replaces the rotation plan and its groups' join codes in one commit; null removes both. */
  putRotation(eventId: string, plan: RotationPlan | null): Promise<void>;
  /** The group a group join code names (ROT-5), or null. */
  groupByCode(code: string): Promise<{ eventId: string; groupId: string } | null>;
  /** A small key/value table for instance-wide settings (e.g. the HMAC key). */
  getSetting(key: string): Promise<string | null>;
  /** Sets the value unless one exists; returns the value in force. */
  initSetting(key: string, value: string): Promise<string>;
  /** Sets the value, replacing any. */
  putSetting(key: string, value: string): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** A batch names each client id at most once: the store could not tell which one to keep. */
export function assertDistinctClientIds(changes: NewChange[]): void {
  const seen = new Set<string>();
  for (const c of changes) {
    if (c.clientId === null) continue;
    if (seen.has(c.clientId)) throw new Error(`one batch holds client id ${c.clientId} twice`);
    seen.add(c.clientId);
  }
}
