// The hartenkreet wall: statements, hearts and moderation.

import { LIMITS } from '../../../shared/limits.js';
import type { Moderation, StatementStatus } from '../../../shared/model.js';
import {
  ErrorCode,
  type HeartSet,
  type ModerationAction,
  type StatementHarvest,
  type StatementModerate,
  type StatementSubmit,
} from '../../../shared/protocol.js';
import { isModerator, isParticipant } from '../../domain/actors.js';
import { hasVoted } from '../poll/poll.js';
import * as posts from '../../domain/posts.js';
import { checkText, cleanText, clip } from '../../domain/text.js';
import { fail, ok } from '../../domain/types.js';
import type { Actor, Change, Dirty, DomainEvent, Result, RoomState } from '../../domain/types.js';

export type WallCommand = StatementSubmit | HeartSet | StatementModerate | StatementHarvest;
export type WallEvent = Extract<
  DomainEvent,
  {
    type:
      | 'statement.posted'
      | 'statement.moderated'
      | 'heart.set'
      | 'statement.harvested'
      | 'statement.landed';
  }
>;

export function decideWall(state: RoomState, actor: Actor, cmd: WallCommand): Result<DomainEvent> {
  switch (cmd.type) {
    case 'statement.submit': {
      if (!isParticipant(actor))
        return fail(ErrorCode.Forbidden, 'only participants post statements');
      const target = postTarget(state, actor.participantId, cmd.activityId, cmd.phase);
      if (!target.ok) return target;
      if (state.statements.has(cmd.id)) return fail(ErrorCode.DuplicateId, 'id already used', 'id');
      const { maxLength, oneLine, moderation, phaseId, optionIds } = target.value;
      const text = checkText(oneLine ? cmd.text.replace(/\s+/g, ' ') : cmd.text, maxLength);
      if (!text.ok) return text;
      return ok({
        type: 'statement.posted',
        statementId: cmd.id,
        activityId: cmd.activityId,
        ...posts.postedBy(actor.participantId, text.value, cmd.name, moderation, state.filter.all),
        ...(phaseId ? { phaseId } : {}),
        ...(optionIds?.length ? { optionIds } : {}),
      });
    }
    case 'heart.set': {
      if (!isParticipant(actor)) return fail(ErrorCode.Forbidden, 'only participants give hearts');
      const st = state.statements.get(cmd.statementId);
      if (!st || st.status !== 'approved') {
        return fail(ErrorCode.NotFound, 'no such statement on the wall', 'statementId');
      }
      const { participantId } = actor;
      return ok({ type: 'heart.set', statementId: st.id, participantId, on: cmd.on });
    }
    case 'statement.moderate': {
      const found = posts.postToModerate(actor, state.statements, cmd.statementId, 'statement');
      if (!found.ok) return found;
      const st = found.value;
      const moderated = (action: ModerationAction, edit: { text?: string } = {}) =>
        ok<DomainEvent>({ type: 'statement.moderated', statementId: st.id, action, ...edit });
      if (cmd.action === 'edit') {
        const activity = state.activities.get(st.activityId);
        const max =
          activity?.kind === 'wall' || activity?.kind === 'round'
            ? activity.config.maxLength
            : LIMITS.whyLength;
        const text = checkText(cmd.text ?? '', max);
        return text.ok ? moderated('edit', { text: text.value }) : text;
      }
      if (cmd.action === 'group') {
        return moderated('group', { text: clip(cleanText(cmd.text ?? ''), LIMITS.nameLength) });
      }
      if ((cmd.action === 'pin' || cmd.action === 'unpin') && st.status !== 'approved') {
        return fail(ErrorCode.Invalid, 'only statements on the wall can be pinned', 'action');
      }
      return moderated(cmd.action);
    }
    case 'statement.harvest': {
      if (!isModerator(actor)) return fail(ErrorCode.Forbidden, 'only a chair harvests');
      if (state.room.kind === 'plenary') {
        return fail(
          ErrorCode.NotInRoom,
          'the plenary is where the harvest goes, not where it comes from',
        );
      }
      const st = state.statements.get(cmd.statementId);
      if (!st) return fail(ErrorCode.NotFound, 'no such statement', 'statementId');
      if (cmd.on && st.status !== 'approved') {
        return fail(
          ErrorCode.Invalid,
          'only statements on the wall go to the plenary',
          'statementId',
        );
      }
      return ok({ type: 'statement.harvested', statementId: st.id, on: cmd.on });
    }
  }
}

interface PostTarget {
  maxLength: number;
  oneLine: boolean;
  moderation: Moderation;
  /** A dilemma round's contribution: the step it goes into. */
  phaseId?: string;
  /** A poll's why: the option(s) the author chose in the current round. */
  optionIds?: string[];
}

/**
 * Where a statement may go: the open wall on screen, the current step of the open round on
 * screen, or the poll on screen as the one-line "why" of someone who voted in its current
 * round. A why always waits for the chair.
 */
function postTarget(
  state: RoomState,
  participantId: string,
  id: string,
  phase: number | undefined,
): Result<PostTarget> {
  const activity = state.activities.get(id);
  if (!activity || (activity.kind === 'poll' && !activity.config.askWhy)) {
    return fail(ErrorCode.NotFound, 'no such wall', 'activityId');
  }
  if (activity.kind === 'round' && !activity.config.open) {
    return fail(ErrorCode.RoundClosed, 'this round is closed');
  }
  if (state.room.currentActivityId !== activity.id) {
    return fail(ErrorCode.ActivityClosed, 'this is not on screen');
  }
  if (activity.kind === 'round') {
    const { maxLength, moderation, phases, phase: now } = activity.config;
    const step = phases[now];
    if (!step) return fail(ErrorCode.Invalid, 'this round has no steps');
    if (phase !== undefined && phase !== now) {
      return fail(ErrorCode.PhaseMoved, `the round is at step ${now + 1} now`, 'phase');
    }
    return ok({ maxLength, moderation, oneLine: false, phaseId: step.id });
  }
  if (activity.kind === 'wall') {
    if (!activity.config.open || activity.config.harvest) {
      return fail(ErrorCode.ActivityClosed, 'this wall is closed');
    }
    const { maxLength, moderation } = activity.config;
    return ok({ maxLength, moderation, oneLine: false });
  }
  if (activity.kind !== 'poll') return fail(ErrorCode.NotFound, 'no such wall', 'activityId');
  if (!hasVoted(state, activity, participantId)) {
    return fail(ErrorCode.NoVote, 'vote first, then say why');
  }
  const choice = state.polls.get(activity.id)?.rounds[activity.round - 1]?.get(participantId);
  return ok({
    maxLength: LIMITS.whyLength,
    moderation: 'pre',
    oneLine: true,
    ...(choice?.optionIds ? { optionIds: [...choice.optionIds] } : {}),
  });
}

const NEXT_STATUS: Record<string, StatementStatus | undefined> = {
  approve: 'approved',
  reject: 'rejected',
  hide: 'hidden',
  requeue: 'pending',
  edit: 'approved',
};

export function applyWall(state: RoomState, e: WallEvent, change: Change): Dirty[] {
  switch (e.type) {
    case 'statement.posted': {
      const st = posts.addPost(state.statements, posts.newPost(e.statementId, e, change.at), {
        harvested: false,
        landed: false,
        source: e.source ?? null,
        group: null,
        phaseId: e.phaseId ?? null,
        ...(e.optionIds ? { optionIds: e.optionIds } : {}),
        pinned: false,
        hearts: new Set(),
      });
      return st ? posts.touchedPost('statement', st) : [];
    }
    case 'statement.moderated': {
      const st = state.statements.get(e.statementId);
      if (!st) return [];
      if (e.action === 'pin' || e.action === 'unpin') {
        st.pinned = e.action === 'pin';
      } else if (e.action === 'group') {
        st.group = e.text || null;
      } else {
        if (e.action === 'edit') posts.editPost(st, e.text);
        const next = NEXT_STATUS[e.action];
        if (next) st.status = next;
        if (st.status !== 'approved') st.pinned = false;
      }
      st.updatedAt = change.at;
      return posts.touchedPost('statement', st);
    }
    case 'statement.harvested': {
      const st = state.statements.get(e.statementId);
      if (!st || st.harvested === e.on) return [];
      st.harvested = e.on;
      // Until the plenary confirms again, the room's chair does not see "arrived".
      st.landed = false;
      return [{ kind: 'statement', id: st.id }];
    }
    case 'statement.landed': {
      const st = state.statements.get(e.statementId);
      // A confirmation that lags behind a later take-back is ignored.
      if (!st || st.landed === e.on || (e.on && !st.harvested)) return [];
      st.landed = e.on;
      return [{ kind: 'statement', id: st.id }];
    }
    case 'heart.set': {
      const st = state.statements.get(e.statementId);
      if (!st) return [];
      if (e.on === st.hearts.has(e.participantId)) return [];
      if (e.on) st.hearts.add(e.participantId);
      else st.hearts.delete(e.participantId);
      return [
        { kind: 'statement', id: st.id },
        { kind: 'mine', participantId: e.participantId },
      ];
    }
  }
}
