// What a statement and a question share as a participant's post: how one starts from the event
// that posted it, and the chair's edit.

import type { PostState } from './types.js';

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
  };
}

/** The chair's edit of the text: the participant's own text is kept, once, as originalText. */
export function editPost(post: PostState<string>, text: string | undefined): void {
  if (text === undefined || text === post.text) return;
  post.originalText ??= post.text;
  post.text = text;
}
