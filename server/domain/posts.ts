// What a statement and a question share as a participant's post: what the posting event carries
// of its author, how a post starts from that event, and the chair's edit.

import type { Moderation } from '../../shared/model.js';
import { ErrorCode } from '../../shared/protocol.js';
import { isModerator } from './actors.js';
import { authorAndFlag } from './profanity.js';
import { fail, ok, type Actor, type Dirty, type PostState, type Result } from './types.js';

/**
 * What a new post carries from its author's command: who, the name and the text, and whether it
 * waits for the chair (the activity pre-moderates, or the word filter flagged it).
 */
export function postedBy(
  participantId: string,
  text: string,
  rawName: string | null | undefined,
  moderation: Moderation,
  words: readonly string[],
) {
  const { name, flagged } = authorAndFlag(text, rawName, words);
  return {
    participantId,
    name,
    text,
    status: moderation === 'pre' || flagged ? ('pending' as const) : ('approved' as const),
    ...(flagged ? { flagged } : {}),
  };
}

/** The fields every post starts with, at the time of the change that posted it. */
export function newPost<S extends string>(
  id: string,
  e: {
    activityId: string;
    participantId: string;
    name: string | null;
    text: string;
    status: S;
    flagged?: boolean;
    visit?: number;
  },
  at: number,
): PostState<S> {
  return {
    id,
    activityId: e.activityId,
    participantId: e.participantId,
    name: e.name,
    text: e.text,
    originalText: null,
    status: e.status,
    flagged: e.flagged ?? false,
    createdAt: at,
    updatedAt: at,
    visit: e.visit ?? null,
  };
}

/** The post a moderation command names, when the actor is a chair and the post exists. */
export function postToModerate<P>(
  actor: Actor,
  posts: Map<string, P>,
  id: string,
  noun: 'statement' | 'question',
): Result<P> {
  if (!isModerator(actor)) return fail(ErrorCode.Forbidden, 'only a chair moderates');
  const post = posts.get(id);
  return post ? ok(post) : fail(ErrorCode.NotFound, `no such ${noun}`, `${noun}Id`);
}

/**
 * Stores a new post: the fields every post has and its kind's own. A replayed posting event (its
 * id is taken) adds nothing and gives null.
 */
export function addPost<P extends PostState<string>>(
  posts: Map<string, P>,
  base: PostState<P['status']>,
  own: Omit<P, keyof PostState<string>>,
): P | null {
  if (posts.has(base.id)) return null;
  const post = { ...base, ...own } as P;
  posts.set(post.id, post);
  return post;
}

/** What a change to a post makes stale: the post's view and its author's own view (`mine`). */
export function touchedPost(kind: 'statement' | 'question', post: PostState<string>): Dirty[] {
  return [
    { kind, id: post.id },
    { kind: 'mine', participantId: post.participantId },
  ];
}

/** The chair's edit of the text: the participant's own text is kept, once, as originalText. */
export function editPost(post: PostState<string>, text: string | undefined): void {
  if (text === undefined || text === post.text) return;
  post.originalText ??= post.text;
  post.text = text;
}
