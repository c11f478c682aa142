// Applies one committed domain event to the room's state, in place, and says which views
// changed. Applying is deterministic: every instance that applies the same log agrees.
// The room's own events are applied here; each kind's by the kind (kinds/index.ts).

import type { Language } from '../../shared/model.js';
import { kindOfEvent, type KindEventType } from '../kinds/index.js';
import { applyAgenda } from './agenda.js';
import { applyTimer } from './clock.js';
import { applyNotice } from './notice.js';
import { DEFAULT_BLOCKED_WORDS, normalizeWordList } from './profanity.js';
import { applyVisit } from './visit.js';
import type { Change, Dirty, DomainEvent, RoomState } from './types.js';

export function emptyRoomState(
  room: RoomState['room'],
  language: Language = 'nl',
  baseWords: readonly string[] = DEFAULT_BLOCKED_WORDS,
): RoomState {
  const base = normalizeWordList(baseWords);
  return {
    room,
    language,
    filter: { base, extra: [], all: base },
    seq: 0,
    agenda: [],
    activities: new Map(),
    statements: new Map(),
    polls: new Map(),
    questions: new Map(),
    rankings: new Map(),
    visits: [],
  };
}

export function apply(state: RoomState, change: Change): Dirty[] {
  state.seq = change.seq;
  const e = change.event;
  switch (e.type) {
    case 'activity.created':
    case 'activity.updated':
    case 'activity.shown':
    case 'activity.moved':
      return applyAgenda(state, e);
    case 'filter.words.set': {
      const extra = normalizeWordList(e.words);
      state.filter = {
        ...state.filter,
        extra,
        all: normalizeWordList([...state.filter.base, ...extra]),
      };
      return [{ kind: 'room' }];
    }
    case 'notice.sent':
    case 'notice.withdrawn':
    case 'notice.seen':
      return applyNotice(state, e);
    case 'timer.set':
      return applyTimer(state, e);
    case 'visit.started':
      return applyVisit(state, e);
  }
  // Every other event type is listed by exactly one kind (their `events` records).
  return kindOfEvent(e)?.apply(state, e, change) ?? [];
}

/** Compile-time: every event type is the room's (above) or one kind's. */
type Unrouted = Exclude<
  DomainEvent['type'],
  | KindEventType
  | 'activity.created'
  | 'activity.updated'
  | 'activity.shown'
  | 'activity.moved'
  | 'filter.words.set'
  | 'notice.sent'
  | 'notice.withdrawn'
  | 'notice.seen'
  | 'timer.set'
  | 'visit.started'
>;
export const everyEventRouted: [Unrouted] extends [never] ? true : never = true;
