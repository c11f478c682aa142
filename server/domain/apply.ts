// Applies one committed domain event to the room's state, in place, and says which views
// changed. Applying is deterministic: every instance that applies the same log agrees.

import type { Language, StatementStatus } from '../../shared/model.js';
import { assertNever } from '../../shared/protocol.js';
import type { Change, Dirty, RoomState, StatementState } from './types.js';

export function emptyRoomState(room: RoomState['room'], language: Language = 'nl'): RoomState {
  return { room, language, seq: 0, agenda: [], activities: new Map(), statements: new Map() };
}

const NEXT_STATUS: Record<string, StatementStatus | undefined> = {
  approve: 'approved',
  reject: 'rejected',
  hide: 'hidden',
  requeue: 'pending',
  edit: 'approved',
};

function reorder(state: RoomState): Dirty[] {
  const dirty: Dirty[] = [];
  state.agenda.forEach((id, order) => {
    const a = state.activities.get(id);
    if (a && a.order !== order) {
      state.activities.set(id, { ...a, order });
      dirty.push({ kind: 'activity', id });
    }
  });
  return dirty;
}

export function apply(state: RoomState, change: Change): Dirty[] {
  state.seq = change.seq;
  const e = change.event;
  switch (e.type) {
    case 'activity.created': {
      if (state.activities.has(e.activity.id)) return [];
      state.activities.set(e.activity.id, e.activity);
      state.agenda.push(e.activity.id);
      return [{ kind: 'activity', id: e.activity.id }, ...reorder(state)];
    }
    case 'activity.updated': {
      const a = state.activities.get(e.activityId);
      if (!a) return [];
      state.activities.set(a.id, {
        ...a,
        title: e.title ?? a.title,
        config: { ...a.config, ...e.config },
      });
      return [{ kind: 'activity', id: a.id }];
    }
    case 'activity.shown': {
      state.room = { ...state.room, currentActivityId: e.activityId };
      return [{ kind: 'room' }, { kind: 'resnapshot' }];
    }
    case 'activity.moved': {
      const from = state.agenda.indexOf(e.activityId);
      if (from < 0) return [];
      state.agenda.splice(from, 1);
      state.agenda.splice(Math.min(e.index, state.agenda.length), 0, e.activityId);
      return reorder(state);
    }
    case 'statement.posted': {
      if (state.statements.has(e.statementId)) return [];
      const st: StatementState = {
        id: e.statementId,
        activityId: e.activityId,
        participantId: e.participantId,
        name: e.name,
        text: e.text,
        originalText: null,
        status: e.status,
        pinned: false,
        hearts: new Set(),
        createdAt: change.at,
        updatedAt: change.at,
      };
      state.statements.set(st.id, st);
      return [{ kind: 'statement', id: st.id }];
    }
    case 'statement.moderated': {
      const st = state.statements.get(e.statementId);
      if (!st) return [];
      if (e.action === 'pin' || e.action === 'unpin') {
        st.pinned = e.action === 'pin';
      } else {
        if (e.action === 'edit' && e.text !== undefined && e.text !== st.text) {
          st.originalText ??= st.text;
          st.text = e.text;
        }
        const next = NEXT_STATUS[e.action];
        if (next) st.status = next;
        if (st.status !== 'approved') st.pinned = false;
      }
      st.updatedAt = change.at;
      return [{ kind: 'statement', id: st.id }];
    }
    case 'heart.set': {
      const st = state.statements.get(e.statementId);
      if (!st) return [];
      const had = st.hearts.has(e.participantId);
      if (e.on === had) return [];
      if (e.on) st.hearts.add(e.participantId);
      else st.hearts.delete(e.participantId);
      return [{ kind: 'statement', id: st.id }];
    }
    default:
      return assertNever(e);
  }
}
