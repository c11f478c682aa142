// The orders in which every screen lists questions, so phone, chair, projector and speaker
// agree. Rules QA-8 and QA-9 in docs/SPEC.md.

import type { QuestionView } from './model.js';

type Rankable = Pick<QuestionView, 'id' | 'score' | 'votes' | 'createdAt' | 'answered'>;

/**
 * Popular: unanswered before answered; then the higher popularity score (see
 * server/domain/qa-rank.ts); then more votes; then the newer question, so a fresh one is
 * seen before an old one nobody voted for; then the id, so the order is total and stable.
 */
export function byPopular(a: Rankable, b: Rankable): number {
  if (a.answered !== b.answered) return a.answered ? 1 : -1;
  const sa = a.score ?? -Infinity;
  const sb = b.score ?? -Infinity;
  if (sa !== sb) return sb - sa;
  if (a.votes !== b.votes) return b.votes - a.votes;
  return b.createdAt - a.createdAt || a.id.localeCompare(b.id);
}

/** Recent: newest first. */
export function byRecent(a: Rankable, b: Rankable): number {
  return b.createdAt - a.createdAt || a.id.localeCompare(b.id);
}

export type QaSort = 'popular' | 'recent';

export function sortQuestions<T extends Rankable>(items: Iterable<T>, sort: QaSort): T[] {
  return [...items].sort(sort === 'popular' ? byPopular : byRecent);
}

/** What the projector lists under the question on stage: the top unanswered ones. */
export function topQuestions<T extends Rankable & { onStage: boolean }>(
  items: Iterable<T>,
  n: number,
): T[] {
  return sortQuestions(
    [...items].filter((q) => !q.onStage && !q.answered),
    'popular',
  ).slice(0, n);
}
