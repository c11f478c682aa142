// Applies one committed domain event to the room's state, in place, and says which views
// changed. Applying is deterministic: every instance that applies the same log agrees.

import type { Language } from '../../shared/model.js';
import { assertNever } from '../../shared/protocol.js';
import { applyAgenda } from './agenda.js';
import { applyPoll } from '../kinds/poll/poll.js';
import { DEFAULT_BLOCKED_WORDS, normalizeWordList } from './profanity.js';
import { applyQa, qaUpdateDirty } from '../kinds/qa/qa.js';
import { applyRound } from '../kinds/round/round.js';
import type { Change, Dirty, RoomState } from './types.js';
import { applyWall } from '../kinds/wall/wall.js';

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
  };
}

export function apply(state: RoomState, change: Change): Dirty[] {
  state.seq = change.seq;
  const e = change.event;
  switch (e.type) {
    case 'activity.updated':
      return [...applyAgenda(state, e), ...qaUpdateDirty(state, e)];
    case 'activity.created':
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
    case 'statement.posted':
    case 'statement.moderated':
    case 'heart.set':
    case 'statement.harvested':
    case 'statement.landed':
      return applyWall(state, e, change);
    case 'poll.voted':
    case 'poll.controlled':
    case 'cloud.removed':
      return applyPoll(state, e, change.at);
    case 'question.asked':
    case 'question.upvoted':
    case 'question.moderated':
    case 'question.merged':
      return applyQa(state, e, change);
    case 'round.controlled':
      return applyRound(state, e);
    default:
      return assertNever(e);
  }
}
