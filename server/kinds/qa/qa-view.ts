// What each role may see of questions (QA-3): chairs everything; participants, projector and
// speaker only approved questions of Q&As that are open or on screen. Never a participant id.

import type { QuestionView } from '../../../shared/model.js';
import { popularityScore } from './qa-rank.js';
import type { QuestionState, RoomState } from '../../domain/types.js';
import { ofCurrentVisit } from '../../domain/visit.js';

export function questionView(q: QuestionState): QuestionView {
  return {
    id: q.id,
    activityId: q.activityId,
    name: q.name,
    text: q.text,
    status: q.status,
    answered: q.answered,
    onStage: q.onStage,
    votes: q.votes.size,
    score: popularityScore(q.votes.values()),
    edited: q.originalText !== null,
    flagged: q.flagged,
    createdAt: q.createdAt,
    ...(q.mergedInto ? { mergedInto: q.mergedInto } : {}),
    ...(q.visit !== null ? { visit: q.visit } : {}),
  };
}

/** A Q&A the public roles hold: the one on screen, and any open for questions (QA-2). */
export function isPublicQa(state: RoomState, activityId: string): boolean {
  const a = state.activities.get(activityId);
  return a?.kind === 'qa' && (a.config.open || a.id === state.room.currentActivityId);
}

export function isPublicQuestion(state: RoomState, q: QuestionState): boolean {
  return (
    q.status === 'approved' && isPublicQa(state, q.activityId) && ofCurrentVisit(state, q.visit)
  );
}

/** A participant's own questions (any status) and the ones they upvoted. */
export function mineQuestions(
  state: RoomState,
  participantId: string,
): { questions: QuestionView[]; upvoted: string[] } {
  const questions: QuestionView[] = [];
  const upvoted: string[] = [];
  for (const q of state.questions.values()) {
    if (q.participantId === participantId) questions.push(questionView(q));
    if (q.votes.has(participantId)) upvoted.push(q.id);
  }
  return { questions, upvoted };
}
