// A room in memory with one poll on screen, driven through decide() and apply() as the live
// room does, for the unit tests of the poll rules.

import { expect } from 'vitest';
import { apply, emptyRoomState } from '../../server/domain/apply.js';
import { decide } from '../../server/domain/decide.js';
import type { Actor, Change, RoomState } from '../../server/domain/types.js';
import { pollsFor } from '../../server/domain/views.js';
import type { PollConfig, PollKind } from '../../shared/model.js';
import type { CommandMessage } from '../../shared/protocol.js';
import dilemmas from '../fixtures/dilemmas.json' with { type: 'json' };

export const chair: Actor = { role: 'chair' };
export const projector: Actor = { role: 'projector' };
export const p = (n: number): Actor => ({ role: 'participant', participantId: `participant-${n}` });

let seq = 0;
export function commit(s: RoomState, actor: Actor, cmd: CommandMessage) {
  const r = decide(s, actor, cmd);
  if (r.ok) {
    const change: Change = {
      roomId: 'r',
      seq: s.seq + 1,
      clientId: cmd.id,
      actor,
      at: 1_700_000_000_000 + s.seq,
      event: r.value,
    };
    log.push(change);
    apply(s, change);
  }
  return r;
}
/** Every change committed since the last room(), for replay tests. */
export let log: Change[] = [];
export const id = () => `c${++seq}`;
export const codeOf = (r: ReturnType<typeof commit>) => (r.ok ? 'ok' : r.error.code);

/** A room with one poll of the given kind on screen, opened unless told otherwise. */
export function room(pollKind: PollKind, config: Partial<PollConfig> = {}, open = true): RoomState {
  log = [];
  const s = emptyRoomState({
    id: 'r',
    eventId: 'e',
    name: 'Zaal',
    kind: 'plenary',
    currentActivityId: null,
  });
  const created = commit(s, chair, {
    type: 'activity.create',
    id: 'poll',
    kind: 'poll',
    title: 'Stemming',
    config: { pollKind, ...config },
  });
  expect(codeOf(created)).toBe('ok');
  commit(s, chair, { type: 'activity.show', id: id(), activityId: 'poll' });
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
