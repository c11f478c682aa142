// The agenda: which activities a room has, in which order, and which one is on screen.

import { translate } from '../../shared/i18n/index.js';
import { LIMITS } from '../../shared/limits.js';
import type {
  ActivityView,
  Language,
  PollConfig,
  QaConfig,
  WallConfig,
} from '../../shared/model.js';
import {
  ErrorCode,
  type ActivityCreate,
  type ActivityMove,
  type ActivityShow,
  type ActivityUpdate,
  type QaActivityCreate,
  type RoundActivityCreate,
  type RoundConfigPatch,
} from '../../shared/protocol.js';
import {
  PollConfigPatchSchema,
  RoundConfigPatchSchema,
  WallConfigPatchSchema,
} from '../../shared/schema.js';
import * as v from 'valibot';
import { isModerator } from './actors.js';
import { newPollConfig, pollPatch } from '../kinds/poll/poll-config.js';
import { configFitsKind, newQaActivity } from '../kinds/qa/qa.js';
import { applyRoundUpdate, newRoundActivity, roundPatch } from '../kinds/round/round.js';
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
  | ActivityCreate
  | QaActivityCreate
  | RoundActivityCreate
  | ActivityUpdate
  | ActivityShow
  | ActivityMove;
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
      if (cmd.kind === 'round') {
        const activity = newRoundActivity(cmd, state.agenda.length, state.language);
        if (!activity.ok) return activity;
        return ok({ type: 'activity.created', activity: activity.value });
      }
      const base = { id: cmd.id, title: cleanText(cmd.title), order: state.agenda.length };
      if (cmd.kind === 'wall') {
        const config = { ...defaultWall(state.language), ...cmd.config };
        return ok({ type: 'activity.created', activity: { ...base, kind: 'wall', config } });
      }
      const config = newPollConfig(state.language, cmd.config);
      if (!config.ok) return config;
      return ok({
        type: 'activity.created',
        activity: {
          ...base,
          kind: 'poll',
          config: config.value,
          state: 'draft',
          revealed: false,
          round: 1,
        },
      });
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
        ...(config.value ? { config: config.value } : {}),
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

type ConfigPatch = Partial<WallConfig> | Partial<PollConfig> | Partial<QaConfig> | RoundConfigPatch;

/** The schema accepts any kind's fields; they must be the fields of this activity's kind. */
function configPatch(
  state: RoomState,
  activity: ActivityView,
  patch: ConfigPatch,
): Result<ConfigPatch> {
  if (activity.kind === 'round') {
    return v.is(RoundConfigPatchSchema, patch)
      ? roundPatch(state, activity, patch)
      : fail(ErrorCode.Invalid, 'these are not the settings of a dilemma round', 'config');
  }
  if (activity.kind === 'qa') {
    return configFitsKind('qa', patch)
      ? ok(patch)
      : fail(ErrorCode.Invalid, 'these are not the settings of a Q&A', 'config');
  }
  if (activity.kind === 'wall') {
    return v.is(WallConfigPatchSchema, patch)
      ? ok(patch)
      : fail(ErrorCode.Invalid, 'these are not the settings of a wall', 'config');
  }
  if (!v.is(PollConfigPatchSchema, patch)) {
    return fail(ErrorCode.Invalid, 'these are not the settings of a poll', 'config');
  }
  return pollPatch(activity, patch);
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
      if (e.activity.kind === 'poll') {
        state.polls.set(e.activity.id, { rounds: [new Map()], removedWords: new Set() });
      }
      return [{ kind: 'activity', id: e.activity.id }, ...reorder(state)];
    }
    case 'activity.updated': {
      const a = state.activities.get(e.activityId);
      if (!a) return [];
      const title = e.title ?? a.title;
      if (a.kind === 'qa') {
        const patch = e.config as Partial<QaConfig> | undefined;
        const config = { ...a.config, ...patch };
        // Closed by the chair stays closed on screen; opened again, it is an ordinary Q&A.
        if (patch?.open === false) config.closedByChair = true;
        if (patch?.open === true) delete config.closedByChair;
        state.activities.set(a.id, { ...a, title, config });
        return [{ kind: 'activity', id: a.id }];
      }
      if (a.kind === 'wall') {
        const config = { ...a.config, ...(e.config as Partial<WallConfig>) };
        state.activities.set(a.id, { ...a, title, config });
        return [{ kind: 'activity', id: a.id }];
      }
      if (a.kind === 'round') {
        return applyRoundUpdate(state, { ...a, title }, (e.config ?? {}) as RoundConfigPatch);
      }
      const config = { ...a.config, ...(e.config as Partial<PollConfig>) };
      state.activities.set(a.id, { ...a, title, config });
      const dirty: Dirty[] = [
        { kind: 'activity', id: a.id },
        { kind: 'poll', id: a.id },
      ];
      // Showing or hiding the "why" lines changes what the public roles may see of them.
      if (config.showWhy !== a.config.showWhy) {
        for (const st of state.statements.values()) {
          if (st.activityId === a.id) dirty.push({ kind: 'statement', id: st.id });
        }
      }
      return dirty;
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
