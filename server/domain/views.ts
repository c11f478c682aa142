// What each role may see of the room's state. Decided here, on the server: a participant or
// projector never receives a pending, rejected or hidden statement, nor another's identity.

import type { ActivityView, StatementView } from '../../shared/model.js';
import type { RoomState, StatementState } from './types.js';

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
    createdAt: st.createdAt,
  };
}

/** Public roles see the current activity's approved statements only. */
export function isPublicStatement(state: RoomState, st: StatementState): boolean {
  return st.status === 'approved' && st.activityId === state.room.currentActivityId;
}

export function isPublicActivity(state: RoomState, a: ActivityView): boolean {
  return a.id === state.room.currentActivityId;
}

export function activitiesFor(state: RoomState, role: ViewRole): ActivityView[] {
  const all = state.agenda.flatMap((id) => state.activities.get(id) ?? []);
  return role === 'chair' ? all : all.filter((a) => isPublicActivity(state, a));
}

export function statementsFor(state: RoomState, role: ViewRole): StatementView[] {
  const out: StatementView[] = [];
  for (const st of state.statements.values()) {
    if (role === 'chair' || isPublicStatement(state, st)) out.push(statementView(st));
  }
  return out;
}

/** A participant's own statements (any status) and the statements they hearted. */
export function mineFor(
  state: RoomState,
  participantId: string,
): { own: StatementView[]; hearted: string[] } {
  const own: StatementView[] = [];
  const hearted: string[] = [];
  for (const st of state.statements.values()) {
    if (st.participantId === participantId) own.push(statementView(st));
    if (st.hearts.has(participantId)) hearted.push(st.id);
  }
  return { own, hearted };
}
