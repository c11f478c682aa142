// A room in memory with one poll on screen, driven through decide() and apply() as the live
// room does, for the unit tests of the poll rules.

import type { Actor, Change, RoomState } from '../../server/domain/types.js';
import { pollsFor } from '../../server/domain/views.js';
import type { PollConfig, PollKind } from '../../shared/model.js';
import dilemmas from '../fixtures/dilemmas.json' with { type: 'json' };
import { chair, codeOf, committer, emptyRoom, showingNew } from './domain.js';

export { chair, projector, participant as p } from './domain.js';

let seq = 0;
export const commit = committer(
  (s) => 1_700_000_000_000 + s.seq,
  () => log,
);
/** Every change committed since the last room(), for replay tests. */
export let log: Change[] = [];
export const id = () => `c${++seq}`;
export { codeOf };

/** A room with one poll of the given kind on screen, opened unless told otherwise. */
export function room(pollKind: PollKind, config: Partial<PollConfig> = {}, open = true): RoomState {
  log = [];
  const poll = {
    id: 'poll',
    kind: 'poll',
    title: 'Stemming',
    config: { pollKind, ...config },
  } as const;
  const s = showingNew(commit, poll, emptyRoom(), id());
  if (open) control(s, 'open');
  return s;
}
export const control = (s: RoomState, action: 'open' | 'close' | 'reveal' | 'hide' | 'newRound') =>
  commit(s, chair, { type: 'poll.control', id: id(), pollId: 'poll', action });
export const vote = (s: RoomState, who: Actor, choice: Record<string, unknown>) =>
  commit(s, who, { type: 'poll.vote', id: id(), pollId: 'poll', ...choice });
export const round = (s: RoomState, role: 'chair' | 'public' = 'chair', n = -1) =>
  pollsFor(s, role)[0]?.rounds.at(n);

export const DILEMMA = dilemmas[0]!;
export const dilemmaConfig: Partial<PollConfig> = {
  question: DILEMMA.question,
  options: DILEMMA.options.map((o, i) => ({ id: `d${i}`, ...o })),
};
