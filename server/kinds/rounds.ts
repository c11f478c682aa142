// The round lifecycle the poll and the ranking share (POLL-*, RANK-*): who may send a ballot and
// when, who runs it, draft → open → closed, reveal and hide, new rounds, and how many people took
// part. Each kind keeps its own ballots and checks; this is the part that is the same.

import { ErrorCode } from '../../shared/protocol.js';
import { isModerator, isParticipant } from '../domain/actors.js';
import { fail, ok } from '../domain/types.js';
import type { Actor, Result, RoomState } from '../domain/types.js';

export type RoundAction = 'open' | 'close' | 'reveal' | 'hide' | 'newRound';

/** What an activity that runs in rounds has in its view. */
export interface Rounded {
  id: string;
  state: 'draft' | 'open' | 'closed';
  revealed: boolean;
  round: number;
}

/** The words of a kind's errors, so each kind keeps its own messages. */
export interface RoundWords {
  /** The command's field naming the activity: `pollId`, `rankingId`. */
  field: string;
  notFound: string;
  onlyParticipants: string;
  onlyChair: string;
  closed: ErrorCode;
  closedMessage: string;
}

/** The words for a kind named `noun` whose ballots are to `verb`: 'poll', 'vote'. */
export const roundWords = (
  noun: string,
  verb: string,
  closed: ErrorCode,
  closedMessage: string,
): RoundWords => ({
  field: `${noun}Id`,
  notFound: `no such ${noun}`,
  onlyParticipants: `only participants ${verb}`,
  onlyChair: `only a chair runs a ${noun}`,
  closed,
  closedMessage,
});

/** A ballot is taken from a participant while the activity is open and on screen. */
export function ballotGate<A extends Rounded>(
  state: RoomState,
  actor: Actor,
  a: A | null,
  w: RoundWords,
): Result<{ activity: A; participantId: string }> {
  if (!isParticipant(actor)) return fail(ErrorCode.Forbidden, w.onlyParticipants);
  if (!a) return fail(ErrorCode.NotFound, w.notFound, w.field);
  if (a.state !== 'open' || state.room.currentActivityId !== a.id) {
    return fail(w.closed, w.closedMessage);
  }
  return ok({ activity: a, participantId: actor.participantId });
}

/** Only a chair (or the organizer, or the room itself) runs the rounds. */
export function controlGate<A extends Rounded>(
  actor: Actor,
  a: A | null,
  w: RoundWords,
): Result<A> {
  if (!isModerator(actor)) return fail(ErrorCode.Forbidden, w.onlyChair);
  if (!a) return fail(ErrorCode.NotFound, w.notFound, w.field);
  return ok(a);
}

/** The round after the action: a new round counts up, everything else keeps it. */
export const roundAfter = (a: Rounded, action: RoundAction): number =>
  action === 'newRound' ? a.round + 1 : a.round;

/**
 * The activity after a control action. `showsAtStart` is whether results show from the start of
 * a round (the chair's results mode); `addRound` makes room for one more round's ballots.
 */
export function controlled<A extends Rounded>(
  a: A,
  action: RoundAction,
  round: number,
  showsAtStart: boolean,
  runtime: { rounds: unknown[] },
  addRound: () => void,
): A {
  const next: A = { ...a };
  switch (action) {
    case 'open':
      // The first opening starts showing results as the chair chose; a reopening keeps them.
      if (a.state === 'draft') next.revealed = showsAtStart;
      next.state = 'open';
      break;
    case 'close':
      next.state = 'closed';
      break;
    case 'reveal':
    case 'hide':
      next.revealed = action === 'reveal';
      break;
    case 'newRound':
      while (runtime.rounds.length < round) addRound();
      next.round = round;
      next.state = 'open';
      next.revealed = showsAtStart;
      break;
  }
  return next;
}

/** Adds everyone who sent a ballot in any round to `people`; returns how many ballots that is. */
export function roundParticipation(
  runtimes: Iterable<{ rounds: Map<string, unknown>[] }>,
  people: Set<string>,
): number {
  let contributions = 0;
  for (const runtime of runtimes) {
    for (const round of runtime.rounds) {
      for (const p of round.keys()) people.add(p);
      contributions += round.size;
    }
  }
  return contributions;
}
