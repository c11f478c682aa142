// Visits at a location (ROT-7, ROT-8): the chair starts the visit of the group that is here now;
// the room keeps it, and every new statement, question and vote is stamped with it here, from
// the room's state at commit time, never from what a client sent.

import { ErrorCode, type VisitStart } from '../../shared/protocol.js';
import { VISIT_LIMITS } from '../../shared/visit.js';
import { isModerator } from './actors.js';
import { fail, ok, type Actor, type Dirty, type DomainEvent, type Result } from './types.js';
import type { RoomState } from './types.js';

type VisitEvent = Extract<DomainEvent, { type: 'visit.started' }>;

/** The visit in force at the location, or null (no rotation: everything is shown). */
export const currentVisit = (state: RoomState) => state.room.visit ?? null;

export function decideVisit(
  state: RoomState,
  actor: Actor,
  cmd: VisitStart,
  now: number,
): Result<VisitEvent> {
  if (!isModerator(actor)) return fail(ErrorCode.Forbidden, 'only a chair starts a visit');
  const running = currentVisit(state);
  if (running && running.groupId === cmd.groupId && running.slot === cmd.slot) {
    return fail(ErrorCode.VisitRunning, `the visit of ${running.groupName} is already running`);
  }
  if (state.visits.length >= VISIT_LIMITS.visits) {
    return fail(ErrorCode.Invalid, `at most ${VISIT_LIMITS.visits} visits in one room`);
  }
  return ok({
    type: 'visit.started',
    visit: {
      n: state.visits.length + 1,
      groupId: cmd.groupId,
      groupName: cmd.groupName.trim() || cmd.groupId,
      groupNumber: cmd.groupNumber,
      slot: cmd.slot,
      startedAt: now,
    },
  });
}

/**
 * A fresh screen for the new group, the agenda kept: a poll that had votes starts a new round
 * (open or closed as it was, results as the chair chose at the start), a dilemma round goes back
 * to its first step; the public roles get a new snapshot, the chairs the room.
 */
export function applyVisit(state: RoomState, e: VisitEvent): Dirty[] {
  state.visits.push(e.visit);
  state.room = { ...state.room, visit: e.visit };
  const dirty: Dirty[] = [{ kind: 'room' }, { kind: 'resnapshot' }];
  for (const a of state.activities.values()) {
    if (a.kind === 'round' && a.config.phase !== 0) {
      state.activities.set(a.id, { ...a, config: { ...a.config, phase: 0 } });
      dirty.push({ kind: 'activity', id: a.id });
    }
    const runtime = state.polls.get(a.id);
    if (a.kind !== 'poll' || !runtime || a.state === 'draft') continue;
    if ((runtime.rounds[a.round - 1]?.size ?? 0) === 0) continue;
    while (runtime.rounds.length < a.round + 1) runtime.rounds.push(new Map());
    const revealed = a.config.resultsMode !== 'hidden';
    state.activities.set(a.id, { ...a, round: a.round + 1, revealed });
    dirty.push({ kind: 'activity', id: a.id }, { kind: 'poll', id: a.id });
  }
  return dirty;
}

/** A new post or vote carries the visit in force (ROT-8); others pass unchanged. */
export function stampVisit(state: RoomState, e: DomainEvent): DomainEvent {
  const visit = currentVisit(state);
  if (!visit) return e;
  switch (e.type) {
    case 'statement.posted':
    case 'question.asked':
    case 'poll.voted':
      // A harvested item on the plenary's wall keeps the source room's visit in its source.
      return e.type === 'statement.posted' && e.source ? e : { ...e, visit: visit.n };
    default:
      return e;
  }
}

/** Whether the public roles may see a post of this visit: the one in force only (ROT-9). */
export const ofCurrentVisit = (state: RoomState, visit: number | null): boolean => {
  const now = currentVisit(state);
  return now === null || visit === now.n;
};
