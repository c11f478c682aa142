// What each role may see of the room's state. Decided here, on the server: a participant or
// projector never receives a pending, rejected or hidden statement, nor another's identity.
// Each entity kind has one view function; snapshots and updates are both built from them.

import type { RoomView, StatementView } from '../../shared/model.js';
import type { EntityChange, MineMessage, SnapshotMessage } from '../../shared/protocol.js';
import { isPublicQa, isPublicQuestion, mineQuestions, questionView } from './qa-view.js';
import type { EntityKind, RoomState, StatementState } from './types.js';

export type ViewRole = 'public' | 'chair';

export function statementView(st: StatementState): StatementView {
  return {
    id: st.id,
    activityId: st.activityId,
    name: st.name,
    text: st.text,
    status: st.status,
    pinned: st.pinned,
    hearts: st.hearts.size,
    edited: st.originalText !== null,
    flagged: st.flagged,
    createdAt: st.createdAt,
  };
}

/** Public roles see the current activity's approved statements only. */
export function isPublicStatement(state: RoomState, st: StatementState): boolean {
  return st.status === 'approved' && st.activityId === state.room.currentActivityId;
}

type ViewFn = (state: RoomState, id: string, role: ViewRole) => EntityChange['value'] | null;

/** The view of one entity for a role; null when the role may not see it (or it is gone). */
const VIEWS: Record<EntityKind, ViewFn> = {
  activity: (state, id, role) => {
    const a = state.activities.get(id);
    if (!a) return null;
    return role === 'chair' || a.id === state.room.currentActivityId || isPublicQa(state, a.id)
      ? a
      : null;
  },
  statement: (state, id, role) => {
    const st = state.statements.get(id);
    if (!st) return null;
    return role === 'chair' || isPublicStatement(state, st) ? statementView(st) : null;
  },
  question: (state, id, role) => {
    const q = state.questions.get(id);
    if (!q) return null;
    return role === 'chair' || isPublicQuestion(state, q) ? questionView(q) : null;
  },
};

/** Every id of a kind, in the order a snapshot lists them. */
const IDS: Record<EntityKind, (state: RoomState) => Iterable<string>> = {
  activity: (state) => state.agenda,
  statement: (state) => state.statements.keys(),
  question: (state) => state.questions.keys(),
};

export function entityChange(
  state: RoomState,
  kind: EntityKind,
  id: string,
  role: ViewRole,
): EntityChange {
  return { kind, id, value: VIEWS[kind](state, id, role) } as EntityChange;
}

function visible<T>(state: RoomState, kind: EntityKind, role: ViewRole): T[] {
  const out: T[] = [];
  for (const id of IDS[kind](state)) {
    const v = VIEWS[kind](state, id, role);
    if (v) out.push(v as T);
  }
  return out;
}

/** The room as a role sees it: chairs also get the word filter they set. */
export function roomView(state: RoomState, role: ViewRole): RoomView {
  return role === 'chair' ? { ...state.room, filterWords: state.filter.extra } : state.room;
}

export function snapshotFor(state: RoomState, role: ViewRole): SnapshotMessage {
  return {
    type: 'snapshot',
    seq: state.seq,
    room: roomView(state, role),
    activities: visible(state, 'activity', role),
    statements: visible(state, 'statement', role),
    questions: visible(state, 'question', role),
  };
}

/** Keys (`kind:id`) of everything the public roles hold after a snapshot. */
export function publicKeys(state: RoomState): string[] {
  const keys: string[] = [];
  for (const kind of Object.keys(VIEWS) as EntityKind[]) {
    for (const id of IDS[kind](state)) {
      if (VIEWS[kind](state, id, 'public')) keys.push(`${kind}:${id}`);
    }
  }
  return keys;
}

export const activitiesFor = (state: RoomState, role: ViewRole) =>
  snapshotFor(state, role).activities;
export const statementsFor = (state: RoomState, role: ViewRole) =>
  snapshotFor(state, role).statements;

/** A participant's own statements and questions (any status), their hearts and upvotes. */
export function mineFor(
  state: RoomState,
  participantId: string,
): Omit<MineMessage, 'type' | 'seq'> {
  const own: StatementView[] = [];
  const hearted: string[] = [];
  for (const st of state.statements.values()) {
    if (st.participantId === participantId) own.push(statementView(st));
    if (st.hearts.has(participantId)) hearted.push(st.id);
  }
  return { own, hearted, ...mineQuestions(state, participantId) };
}
