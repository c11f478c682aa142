// The rooms an organizer's request to many rooms names (content, notices): every room, the
// parallel ones, one arrangement, or chosen ids. Each route answers a miss with its own error.

import type { RoomRegistry } from '../rooms/registry.js';
import type { RoomRecord, Store } from '../store/types.js';

/** What the organizer's routes for many rooms need: the store, the live rooms, the token check. */
export interface OrganizerDeps {
  store: Store;
  registry: RoomRegistry;
  isAdmin(token: string | undefined): boolean;
}

export type RoomChoice = 'all' | 'parallel' | { arrangement: string } | string[];

export type RoomTargets =
  | { ok: true; rooms: RoomRecord[] }
  /** A chosen id that is not a room of the event. */
  | { ok: false; unknownRoom: string }
  /** An arrangement no room has. */
  | { ok: false; arrangement: string };

/** The event's rooms that `choice` names, each once; all ids are checked first. */
export function roomTargets(all: RoomRecord[], choice: RoomChoice): RoomTargets {
  if (choice === 'all') return { ok: true, rooms: all };
  if (choice === 'parallel') return { ok: true, rooms: all.filter((r) => r.kind !== 'plenary') };
  if (Array.isArray(choice)) {
    const byId = new Map(all.map((r) => [r.id, r]));
    const unknownRoom = choice.find((id) => !byId.has(id));
    if (unknownRoom !== undefined) return { ok: false, unknownRoom };
    return { ok: true, rooms: [...new Set(choice)].map((id) => byId.get(id)!) };
  }
  const rooms = all.filter((r) => r.arrangement === choice.arrangement);
  return rooms.length > 0 ? { ok: true, rooms } : { ok: false, arrangement: choice.arrangement };
}
