// Pure rules: (state, actor, command) → the one domain event it causes, or why not.
// No I/O here; the room commits what this returns and applies it with apply().

import { LIMITS } from '../../shared/limits.js';
import { translate } from '../../shared/i18n/index.js';
import type { Language, WallConfig } from '../../shared/model.js';
import { assertNever, ErrorCode, type CommandMessage } from '../../shared/protocol.js';
import { fail, ok, type Actor, type DomainEvent, type Result, type RoomState } from './types.js';

export function defaultWall(language: Language): WallConfig {
  return {
    prompt: translate(language, 'wall.prompt.default'),
    maxLength: LIMITS.statementDefaultLength,
    moderation: 'pre',
    open: true,
  };
}

const isModerator = (actor: Actor) =>
  actor.role === 'chair' || actor.role === 'organizer' || actor.role === 'system';

/** Collapses runs of white space and trims, so "  a \n\n b " is "a b" plus kept line breaks. */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .trim();
}

function checkText(text: string, maxLength: number): Result<string> {
  const cleaned = cleanText(text);
  if (cleaned.length === 0) return fail(ErrorCode.TextEmpty, 'text is empty', 'text');
  if ([...cleaned].length > maxLength) {
    return fail(ErrorCode.TextTooLong, `text is longer than ${maxLength} characters`, 'text');
  }
  return ok(cleaned);
}

export function decide(state: RoomState, actor: Actor, cmd: CommandMessage): Result<DomainEvent> {
  switch (cmd.type) {
    case 'statement.submit': {
      if (actor.role !== 'participant' || !actor.participantId) {
        return fail(ErrorCode.Forbidden, 'only participants post statements');
      }
      const activity = state.activities.get(cmd.activityId);
      if (!activity || activity.kind !== 'wall') {
        return fail(ErrorCode.NotFound, 'no such wall', 'activityId');
      }
      if (!activity.config.open || state.room.currentActivityId !== activity.id) {
        return fail(ErrorCode.ActivityClosed, 'this wall is not open for posts');
      }
      if (state.statements.has(cmd.id)) return fail(ErrorCode.DuplicateId, 'id already used', 'id');
      const text = checkText(cmd.text, activity.config.maxLength);
      if (!text.ok) return text;
      const name = cmd.name ? cleanText(cmd.name).slice(0, LIMITS.nameLength) || null : null;
      return ok({
        type: 'statement.posted',
        statementId: cmd.id,
        activityId: activity.id,
        participantId: actor.participantId,
        name,
        text: text.value,
        status: activity.config.moderation === 'pre' ? 'pending' : 'approved',
      });
    }
    case 'heart.set': {
      if (actor.role !== 'participant' || !actor.participantId) {
        return fail(ErrorCode.Forbidden, 'only participants give hearts');
      }
      const st = state.statements.get(cmd.statementId);
      if (!st || st.status !== 'approved') {
        return fail(ErrorCode.NotFound, 'no such statement on the wall', 'statementId');
      }
      return ok({
        type: 'heart.set',
        statementId: st.id,
        participantId: actor.participantId,
        on: cmd.on,
      });
    }
    case 'statement.moderate': {
      if (!isModerator(actor)) return fail(ErrorCode.Forbidden, 'only a chair moderates');
      const st = state.statements.get(cmd.statementId);
      if (!st) return fail(ErrorCode.NotFound, 'no such statement', 'statementId');
      if (cmd.action === 'edit') {
        const activity = state.activities.get(st.activityId);
        const max = activity?.config.maxLength ?? LIMITS.statementMaxLength;
        const text = checkText(cmd.text ?? '', max);
        if (!text.ok) return text;
        return ok({
          type: 'statement.moderated',
          statementId: st.id,
          action: 'edit',
          text: text.value,
        });
      }
      if ((cmd.action === 'pin' || cmd.action === 'unpin') && st.status !== 'approved') {
        return fail(ErrorCode.Invalid, 'only statements on the wall can be pinned', 'action');
      }
      return ok({ type: 'statement.moderated', statementId: st.id, action: cmd.action });
    }
    case 'activity.create': {
      if (!isModerator(actor)) return fail(ErrorCode.Forbidden, 'only a chair edits the agenda');
      if (state.activities.has(cmd.id)) return fail(ErrorCode.DuplicateId, 'id already used', 'id');
      if (state.agenda.length >= LIMITS.activitiesPerRoom) {
        return fail(ErrorCode.Invalid, 'the agenda is full');
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
      if (!isModerator(actor)) return fail(ErrorCode.Forbidden, 'only a chair edits the agenda');
      if (!state.activities.has(cmd.activityId)) {
        return fail(ErrorCode.NotFound, 'no such activity', 'activityId');
      }
      return ok({
        type: 'activity.updated',
        activityId: cmd.activityId,
        ...(cmd.title !== undefined ? { title: cleanText(cmd.title) } : {}),
        ...(cmd.config ? { config: cmd.config } : {}),
      });
    }
    case 'activity.show': {
      if (!isModerator(actor)) return fail(ErrorCode.Forbidden, 'only a chair switches the screen');
      if (cmd.activityId !== null && !state.activities.has(cmd.activityId)) {
        return fail(ErrorCode.NotFound, 'no such activity', 'activityId');
      }
      return ok({ type: 'activity.shown', activityId: cmd.activityId });
    }
    case 'activity.move': {
      if (!isModerator(actor)) return fail(ErrorCode.Forbidden, 'only a chair edits the agenda');
      if (!state.activities.has(cmd.activityId)) {
        return fail(ErrorCode.NotFound, 'no such activity', 'activityId');
      }
      const index = Math.min(cmd.index, state.agenda.length - 1);
      return ok({ type: 'activity.moved', activityId: cmd.activityId, index });
    }
    default:
      return assertNever(cmd);
  }
}
