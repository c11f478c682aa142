// The agenda: which activities a room has, in which order, and which one is on screen.

import { translate } from '../../shared/i18n/index.js';
import { LIMITS } from '../../shared/limits.js';
import type { ActivityView, Language, WallConfig } from '../../shared/model.js';
import {
  ErrorCode,
  type ActivityCreate,
  type ActivityMove,
  type ActivityShow,
  type ActivityUpdate,
  type QaActivityCreate,
} from '../../shared/protocol.js';
import { isModerator } from './actors.js';
import { configFitsKind, newQaActivity } from './qa.js';
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

export type AgendaCommand =
  ActivityCreate | QaActivityCreate | ActivityUpdate | ActivityShow | ActivityMove;
type AgendaEvent = Extract<
  DomainEvent,
  { type: 'activity.created' | 'activity.updated' | 'activity.shown' | 'activity.moved' }
>;

export function defaultWall(language: Language): WallConfig {
  return {
    prompt: translate(language, 'wall.prompt.default'),
    maxLength: LIMITS.statementDefaultLength,
    moderation: 'pre',
    open: true,
  };
}

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
      if (cmd.kind === 'qa') {
        const activity = newQaActivity(cmd, state.agenda.length, state.language);
        return ok({ type: 'activity.created', activity });
      }
      return ok({
        type: 'activity.created',
        activity: {
          id: cmd.id,
          kind: 'wall',
          title: cleanText(cmd.title),
          order: state.agenda.length,
          config: { ...defaultWall(state.language), ...cmd.config },
        },
      });
    }
    case 'activity.update': {
      const a = state.activities.get(cmd.activityId);
      if (!a) return fail(ErrorCode.NotFound, 'no such activity', 'activityId');
      if (cmd.config && !configFitsKind(a.kind, cmd.config)) {
        return fail(ErrorCode.Invalid, `config does not fit a ${a.kind}`, 'config');
      }
      return ok({
        type: 'activity.updated',
        activityId: cmd.activityId,
        ...(cmd.title !== undefined ? { title: cleanText(cmd.title) } : {}),
        ...(cmd.config ? { config: cmd.config } : {}),
      });
    }
    case 'activity.show': {
      if (cmd.activityId !== null && !state.activities.has(cmd.activityId)) {
        return fail(ErrorCode.NotFound, 'no such activity', 'activityId');
      }
      return ok({ type: 'activity.shown', activityId: cmd.activityId });
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
      return [{ kind: 'activity', id: e.activity.id }, ...reorder(state)];
    }
    case 'activity.updated': {
      const a = state.activities.get(e.activityId);
      if (!a) return [];
      // decide() checked that the config keys belong to this activity's kind.
      state.activities.set(a.id, {
        ...a,
        title: e.title ?? a.title,
        config: { ...a.config, ...e.config },
      } as ActivityView);
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
  }
}
