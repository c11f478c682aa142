// Applies one committed domain event to the room's state, in place, and says which views
// changed. Applying is deterministic: every instance that applies the same log agrees.

import type { Language } from '../../shared/model.js';
import { assertNever } from '../../shared/protocol.js';
import { applyAgenda } from './agenda.js';
import { applyPoll } from './poll.js';
import type { Change, Dirty, RoomState } from './types.js';
import { applyWall } from './wall.js';

export function emptyRoomState(room: RoomState['room'], language: Language = 'nl'): RoomState {
  return {
    room,
    language,
    seq: 0,
    agenda: [],
    activities: new Map(),
    statements: new Map(),
    polls: new Map(),
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
    case 'statement.posted':
    case 'statement.moderated':
    case 'heart.set':
      return applyWall(state, e, change);
    case 'poll.voted':
    case 'poll.controlled':
    case 'cloud.removed':
      return applyPoll(state, e);
    default:
      return assertNever(e);
  }
}
