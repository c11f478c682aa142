// Pitch Q&A: questions per pitch, upvotes, moderation, merging and the question on stage.
// Rules QA-1 … QA-12 in docs/SPEC.md.

import { translate } from '../../../shared/i18n/index.js';
import { LIMITS } from '../../../shared/limits.js';
import type { ActivityView, Language, QaActivity, QaConfig } from '../../../shared/model.js';
import {
  ErrorCode,
  type QaActivityCreate,
  type QuestionAction,
  type QuestionAsk,
  type QuestionMerge,
  type QuestionModerate,
  type QuestionUpvote,
} from '../../../shared/protocol.js';
import { isModerator, isParticipant } from '../../domain/actors.js';
import * as posts from '../../domain/posts.js';
import { checkText, cleanText } from '../../domain/text.js';
import { fail, ok } from '../../domain/types.js';
import type {
  Actor,
  Change,
  Dirty,
  DomainEvent,
  QuestionState,
  Result,
  RoomState,
} from '../../domain/types.js';

export type QaCommand = QuestionAsk | QuestionUpvote | QuestionModerate | QuestionMerge;
export type QaEvent = Extract<
  DomainEvent,
  { type: 'question.asked' | 'question.upvoted' | 'question.moderated' | 'question.merged' }
>;

/** A new Q&A is closed: the chair opens it when questions may come in (QA-2). */
export function defaultQa(): QaConfig {
  return {
    pitch: '',
    speaker: '',
    moderation: 'pre',
    open: false,
    maxLength: LIMITS.questionDefaultLength,
  };
}

export function newQaActivity(
  cmd: QaActivityCreate,
  order: number,
  language: Language,
): QaActivity {
  const config = { ...defaultQa(), ...cmd.config };
  config.pitch = cleanText(config.pitch);
  config.speaker = cleanText(config.speaker);
  const title = cleanText(cmd.title) || config.pitch || translate(language, 'qa.title.default');
  return { id: cmd.id, kind: 'qa', title, order, config };
}

/** The configuration fields of each kind (a round's step and open state are not among them). */
export const CONFIG_KEYS: Record<ActivityView['kind'], readonly string[]> = {
  deck: [],
  ranking: ['mode', 'items', 'resultsMode', 'compare'],
  wall: ['prompt', 'maxLength', 'moderation', 'open', 'harvest', 'order', 'dwell'],
  poll: [
    'pollKind',
    'question',
    'options',
    'maxPicks',
    'scale',
    'resultsMode',
    'showPercentages',
    'showCounts',
    'askWhy',
    'showWhy',
  ],
  qa: ['pitch', 'speaker', 'maxLength', 'moderation', 'open'],
  round: ['dilemma', 'phases', 'moderation', 'maxLength'],
  slide: ['variant', 'body'],
};

/** The parser accepts any kind's config on update; only the domain knows the activity's kind. */
export function configFitsKind(kind: ActivityView['kind'], config: object): boolean {
  const allowed = CONFIG_KEYS[kind];
  return Object.keys(config).every((k) => allowed.includes(k));
}

function qaOf(state: RoomState, activityId: string): QaActivity | null {
  const a = state.activities.get(activityId);
  return a?.kind === 'qa' ? a : null;
}

export function decideQa(state: RoomState, actor: Actor, cmd: QaCommand): Result<DomainEvent> {
  switch (cmd.type) {
    case 'question.ask': {
      if (!isParticipant(actor)) return fail(ErrorCode.Forbidden, 'only participants ask');
      const qa = qaOf(state, cmd.activityId);
      if (!qa) return fail(ErrorCode.NotFound, 'no such Q&A', 'activityId');
      if (!qa.config.open) return fail(ErrorCode.QaClosed, 'this Q&A is not open for questions');
      if (state.questions.has(cmd.id)) return fail(ErrorCode.DuplicateId, 'id already used', 'id');
      const text = checkText(cmd.text, qa.config.maxLength);
      if (!text.ok) return text;
      const { moderation } = qa.config;
      return ok({
        type: 'question.asked',
        questionId: cmd.id,
        activityId: qa.id,
        ...posts.postedBy(actor.participantId, text.value, cmd.name, moderation, state.filter.all),
      });
    }
    case 'question.upvote': {
      if (!isParticipant(actor)) return fail(ErrorCode.Forbidden, 'only participants upvote');
      const { participantId } = actor;
      const q = state.questions.get(cmd.questionId);
      if (!q) return fail(ErrorCode.NotFound, 'no such question', 'questionId');
      if (q.participantId === participantId) {
        return fail(ErrorCode.OwnQuestion, 'you cannot upvote your own question', 'questionId');
      }
      if (q.status !== 'approved') {
        return fail(ErrorCode.NotVotable, 'only approved questions take upvotes', 'questionId');
      }
      if (!qaOf(state, q.activityId)?.config.open) {
        return fail(ErrorCode.QaClosed, 'this Q&A is not open for upvotes');
      }
      return ok({ type: 'question.upvoted', questionId: q.id, participantId, on: cmd.on });
    }
    case 'question.moderate': {
      const found = posts.postToModerate(actor, state.questions, cmd.questionId, 'question');
      if (!found.ok) return found;
      const q = found.value;
      if (q.mergedInto) return fail(ErrorCode.Invalid, 'this question was merged', 'questionId');
      const moderated = (action: QuestionAction, edit: { text?: string } = {}) =>
        ok<DomainEvent>({ type: 'question.moderated', questionId: q.id, action, ...edit });
      if (cmd.action === 'edit') {
        const max = qaOf(state, q.activityId)?.config.maxLength ?? LIMITS.statementMaxLength;
        const text = checkText(cmd.text ?? '', max);
        return text.ok ? moderated('edit', { text: text.value }) : text;
      }
      if ((cmd.action === 'stage' || cmd.action === 'answer') && q.status !== 'approved') {
        return fail(ErrorCode.Invalid, 'only approved questions', 'action');
      }
      return moderated(cmd.action);
    }
    case 'question.merge': {
      if (!isModerator(actor)) return fail(ErrorCode.Forbidden, 'only a chair merges');
      const from = state.questions.get(cmd.questionId);
      const into = state.questions.get(cmd.intoId);
      if (!from) return fail(ErrorCode.NotFound, 'no such question', 'questionId');
      if (!into) return fail(ErrorCode.NotFound, 'no such question', 'intoId');
      if (from.id === into.id || from.activityId !== into.activityId) {
        return fail(ErrorCode.Invalid, 'merge within one Q&A, into another question', 'intoId');
      }
      if (from.mergedInto) return fail(ErrorCode.Invalid, 'already merged', 'questionId');
      if (into.mergedInto || (into.status !== 'approved' && into.status !== 'pending')) {
        return fail(ErrorCode.Invalid, 'merge into a waiting or approved question', 'intoId');
      }
      return ok({ type: 'question.merged', questionId: from.id, intoId: into.id });
    }
  }
}

const NEXT_STATUS = {
  approve: 'approved',
  reject: 'rejected',
  requeue: 'pending',
  archive: 'archived',
  edit: 'approved',
} as const;

const touched = (q: QuestionState): Dirty[] => posts.touchedPost('question', q);

export function applyQa(state: RoomState, e: QaEvent, change: Change): Dirty[] {
  switch (e.type) {
    case 'question.asked': {
      const q = posts.addPost(state.questions, posts.newPost(e.questionId, e, change.at), {
        answered: false,
        onStage: false,
        votes: new Map(),
        mergedInto: null,
      });
      return q ? touched(q) : [];
    }
    case 'question.upvoted': {
      const q = state.questions.get(e.questionId);
      if (!q || e.on === q.votes.has(e.participantId)) return [];
      if (e.on) q.votes.set(e.participantId, change.at);
      else q.votes.delete(e.participantId);
      // The asker's `mine` carries the count too (coalesced: at most one frame per tick).
      return [...touched(q), { kind: 'mine', participantId: e.participantId }];
    }
    case 'question.moderated': {
      const q = state.questions.get(e.questionId);
      if (!q) return [];
      const dirty = touched(q);
      if (e.action === 'edit') posts.editPost(q, e.text);
      if (e.action in NEXT_STATUS) q.status = NEXT_STATUS[e.action as keyof typeof NEXT_STATUS];
      if (e.action === 'answer' || e.action === 'unanswer') q.answered = e.action === 'answer';
      if (e.action === 'stage') {
        // One question on stage per Q&A: the previous one steps down.
        for (const other of state.questions.values()) {
          if (other.onStage && other.activityId === q.activityId && other.id !== q.id) {
            other.onStage = false;
            dirty.push(...touched(other));
          }
        }
        q.onStage = true;
        // Putting it on stage means it is being answered now, not already done.
        q.answered = false;
      }
      // Answered means dealt with; anything off the approved list leaves the stage too.
      if (e.action === 'unstage' || q.answered || q.status !== 'approved') q.onStage = false;
      q.updatedAt = change.at;
      return dirty;
    }
    case 'question.merged': {
      const from = state.questions.get(e.questionId);
      const into = state.questions.get(e.intoId);
      if (!from || !into) return [];
      const dirty = [...touched(from), ...touched(into)];
      // Each upvoter counted once; the asker of the target cannot upvote their own question.
      for (const [voter, at] of from.votes) {
        dirty.push({ kind: 'mine', participantId: voter });
        if (voter === into.participantId) continue;
        into.votes.set(voter, Math.max(at, into.votes.get(voter) ?? 0));
      }
      from.votes.clear();
      from.status = 'archived';
      from.onStage = false;
      from.mergedInto = into.id;
      from.updatedAt = change.at;
      // Questions merged into this one earlier now point at where it went.
      for (const other of state.questions.values()) {
        if (other.mergedInto === from.id) {
          other.mergedInto = into.id;
          dirty.push(...touched(other));
        }
      }
      return dirty;
    }
  }
}
