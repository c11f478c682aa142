// The agenda: which activities a room has, in which order, and which one is on screen.

import type { DeckActivityCreate } from '../../shared/deck-item.js';
import { LIMITS } from '../../shared/limits.js';
import type { ActivityView } from '../../shared/model.js';
import {
  ErrorCode,
  type ActivityCreate,
  type ActivityMove,
  type ActivityShow,
  type ActivityUpdate,
  type QaActivityCreate,
  type RoundActivityCreate,
} from '../../shared/protocol.js';
import { kindOf } from '../kinds/index.js';
import { isModerator } from './actors.js';
import { cleanText } from './text.js';
import {
  fail,
  ok,
  type Actor,
  type DomainEvent,
  type Dirty,
  type Result,
  type RoomState,
} from './types.js';

import type { RankingActivityCreate } from '../../shared/ranking.js';

export { defaultWall } from '../kinds/wall/config.js';

export type AgendaCommand =
  | ActivityCreate
  | QaActivityCreate
  | RoundActivityCreate
  | RankingActivityCreate
  | DeckActivityCreate
  | ActivityUpdate
  | ActivityShow
  | ActivityMove;
type UpdatedConfig = Extract<DomainEvent, { type: 'activity.updated' }>['config'];
type AgendaEvent = Extract<
  DomainEvent,
  { type: 'activity.created' | 'activity.updated' | 'activity.shown' | 'activity.moved' }
>;

export function decideAgenda(
  state: RoomState,
  actor: Actor,
  cmd: AgendaCommand,
): Result<DomainEvent> {
  if (!isModerator(actor)) return fail(ErrorCode.Forbidden, 'only a chair edits the agenda');
  switch (cmd.type) {
    case 'activity.create': {
      if (state.activities.has(cmd.id)) return fail(ErrorCode.DuplicateId, 'id already used', 'id');
      if (state.agenda.length >= LIMITS.activitiesPerRoom) {
        return fail(ErrorCode.Invalid, 'the agenda is full');
      }
      const activity = kindOf(cmd.kind).create(state, cmd, state.agenda.length);
      if (!activity.ok) return activity;
      return ok({ type: 'activity.created', activity: activity.value });
    }
    case 'activity.update': {
      const activity = state.activities.get(cmd.activityId);
      if (!activity) return fail(ErrorCode.NotFound, 'no such activity', 'activityId');
      const config = cmd.config ? configPatch(state, activity, cmd.config) : ok(undefined);
      if (!config.ok) return config;
      return ok({
        type: 'activity.updated',
        activityId: cmd.activityId,
        ...(cmd.title !== undefined ? { title: cleanText(cmd.title) } : {}),
        ...(config.value ? { config: config.value as UpdatedConfig } : {}),
      });
    }
    case 'activity.show': {
      if (cmd.activityId !== null && !state.activities.has(cmd.activityId)) {
        return fail(ErrorCode.NotFound, 'no such activity', 'activityId');
      }
      const shown = cmd.activityId !== null ? state.activities.get(cmd.activityId) : undefined;
      const opens = shown?.kind === 'qa' && !shown.config.open && !shown.config.closedByChair;
      return ok({
        type: 'activity.shown',
        activityId: cmd.activityId,
        ...(opens ? { opensQa: true as const } : {}),
      });
    }
    case 'activity.move': {
      if (!state.activities.has(cmd.activityId)) {
        return fail(ErrorCode.NotFound, 'no such activity', 'activityId');
      }
      const index = Math.min(cmd.index, state.agenda.length - 1);
      return ok({ type: 'activity.moved', activityId: cmd.activityId, index });
    }
  }
}

/** The schema accepts any kind's fields; they must be the fields of this activity's kind. */
function configPatch(state: RoomState, activity: ActivityView, patch: object): Result<object> {
  return kindOf(activity.kind).patch(state, activity, patch);
}

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

export function applyAgenda(state: RoomState, e: AgendaEvent): Dirty[] {
  switch (e.type) {
    case 'activity.created': {
      if (state.activities.has(e.activity.id)) return [];
      state.activities.set(e.activity.id, e.activity);
      state.agenda.push(e.activity.id);
      kindOf(e.activity.kind).created?.(state, e.activity);
      return [{ kind: 'activity', id: e.activity.id }, ...reorder(state)];
    }
    case 'activity.updated': {
      const a = state.activities.get(e.activityId);
      if (!a) return [];
      const title = e.title ?? a.title;
      return kindOf(a.kind).update(state, { ...a, title }, e.config);
    }
    case 'activity.shown': {
      state.room = { ...state.room, currentActivityId: e.activityId };
      const qa =
        e.opensQa && e.activityId !== null ? state.activities.get(e.activityId) : undefined;
      if (qa?.kind === 'qa') {
        state.activities.set(qa.id, { ...qa, config: { ...qa.config, open: true } });
        return [{ kind: 'room' }, { kind: 'activity', id: qa.id }, { kind: 'resnapshot' }];
      }
      return [{ kind: 'room' }, { kind: 'resnapshot' }];
    }
    case 'activity.moved': {
      const from = state.agenda.indexOf(e.activityId);
      if (from < 0) return [];
      state.agenda.splice(from, 1);
      state.agenda.splice(Math.min(e.index, state.agenda.length), 0, e.activityId);
      return reorder(state);
    }
  }
}
