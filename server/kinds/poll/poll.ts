// Polls: votes, the draft → open → closed life of a poll, rounds, and cloud words.

import { LIMITS } from '../../../shared/limits.js';
import type { PollActivity, PollChoice } from '../../../shared/model.js';
import {
  ErrorCode,
  type CloudRemove,
  type PollControl,
  type PollVote,
} from '../../../shared/protocol.js';
import { normalizeWord } from '../../../shared/words.js';
import { isModerator } from '../../domain/actors.js';
import { readyToOpen } from './poll-config.js';
import { noteVote } from './poll-counts.js';
import { charLength } from '../../domain/text.js';
import { fail, ok } from '../../domain/types.js';
import type { Actor, Dirty, DomainEvent, Result, RoomState } from '../../domain/types.js';
import { ballotGate, controlGate, controlled, roundAfter, roundWords } from '../rounds.js';

export type PollCommand = PollVote | PollControl | CloudRemove;
export type PollEvent = Extract<
  DomainEvent,
  { type: 'poll.voted' | 'poll.controlled' | 'cloud.removed' }
>;

export function findPoll(state: RoomState, id: string): PollActivity | null {
  const a = state.activities.get(id);
  return a?.kind === 'poll' ? a : null;
}

/** Whether this participant has a vote in the poll's current round. */
export function hasVoted(state: RoomState, poll: PollActivity, participantId: string): boolean {
  return state.polls.get(poll.id)?.rounds[poll.round - 1]?.has(participantId) ?? false;
}

const POLL_WORDS = roundWords(
  'poll',
  'vote',
  ErrorCode.PollClosed,
  'this poll is not open for votes',
);

export function decidePoll(state: RoomState, actor: Actor, cmd: PollCommand): Result<DomainEvent> {
  const poll = findPoll(state, cmd.pollId);
  switch (cmd.type) {
    case 'poll.vote': {
      const gate = ballotGate(state, actor, poll, POLL_WORDS);
      if (!gate.ok) return gate;
      const choice = checkChoice(gate.value.activity, cmd);
      if (!choice.ok) return choice;
      return ok({
        type: 'poll.voted',
        pollId: gate.value.activity.id,
        round: gate.value.activity.round,
        participantId: gate.value.participantId,
        choice: choice.value,
        ...(actor.since !== undefined ? { since: actor.since } : {}),
      });
    }
    case 'poll.control': {
      const found = controlGate(actor, poll, POLL_WORDS);
      if (!found.ok) return found;
      const allowed = checkControl(found.value, cmd.action);
      if (!allowed.ok) return allowed;
      const round = roundAfter(found.value, cmd.action);
      return ok({ type: 'poll.controlled', pollId: found.value.id, action: cmd.action, round });
    }
    case 'cloud.remove': {
      if (!isModerator(actor)) return fail(ErrorCode.Forbidden, 'only a chair removes words');
      if (!poll || poll.config.pollKind !== 'cloud') {
        return fail(ErrorCode.NotFound, 'no such word cloud', 'pollId');
      }
      const word = normalizeWord(cmd.word);
      if (word.length === 0) return fail(ErrorCode.TextEmpty, 'the word is empty', 'word');
      return ok({ type: 'cloud.removed', pollId: poll.id, word, removed: !cmd.undo });
    }
  }
}

function checkControl(poll: PollActivity, action: PollControl['action']): Result<true> {
  switch (action) {
    case 'open':
      return poll.state === 'draft' ? readyToOpen(poll.config) : ok(true);
    case 'close':
      return poll.state === 'draft'
        ? fail(ErrorCode.Invalid, 'the poll has not opened yet', 'action')
        : ok(true);
    case 'newRound':
      return poll.state === 'draft'
        ? fail(ErrorCode.Invalid, 'open the first round first', 'action')
        : ok(true);
    case 'reveal':
    case 'hide':
      return ok(true);
  }
}

/** Checks a vote against the poll and returns it normalised, holding only its kind's field. */
function checkChoice(poll: PollActivity, cmd: PollVote): Result<PollChoice> {
  const c = poll.config;
  switch (c.pollKind) {
    case 'single':
    case 'dilemma':
    case 'multiple': {
      if (!cmd.optionIds || cmd.optionIds.length === 0) {
        return fail(ErrorCode.Invalid, 'choose an option', 'optionIds');
      }
      const picked = [...new Set(cmd.optionIds)];
      const known = new Set(c.options.map((o) => o.id));
      if (picked.some((id) => !known.has(id))) {
        return fail(ErrorCode.InvalidOption, 'no such option', 'optionIds');
      }
      const max = c.pollKind === 'multiple' ? Math.min(c.maxPicks, c.options.length) : 1;
      if (picked.length > max) {
        return fail(ErrorCode.TooManyPicks, `at most ${max} options`, 'optionIds');
      }
      return ok({ optionIds: picked });
    }
    case 'scale': {
      const v = cmd.value;
      if (v === undefined) return fail(ErrorCode.Invalid, 'choose a value', 'value');
      if (!Number.isInteger(v) || v < c.scale.min || v > c.scale.max) {
        return fail(ErrorCode.OutOfRange, `a whole number ${c.scale.min}–${c.scale.max}`, 'value');
      }
      return ok({ value: v });
    }
    case 'cloud': {
      const raw = cmd.words ?? [];
      const words: string[] = [];
      for (const w of raw) {
        const word = normalizeWord(w);
        if (word.length === 0) return fail(ErrorCode.TextEmpty, 'a word is empty', 'words');
        if (charLength(word) > LIMITS.cloudWordLength) {
          return fail(
            ErrorCode.TextTooLong,
            `a word is longer than ${LIMITS.cloudWordLength} characters`,
            'words',
          );
        }
        if (!words.includes(word)) words.push(word);
      }
      if (words.length === 0) return fail(ErrorCode.TextEmpty, 'send a word', 'words');
      if (words.length > LIMITS.cloudWords) {
        return fail(ErrorCode.TooManyPicks, `at most ${LIMITS.cloudWords} words`, 'words');
      }
      return ok({ words });
    }
  }
}

export function applyPoll(state: RoomState, e: PollEvent, at = 0): Dirty[] {
  const poll = findPoll(state, e.pollId);
  const runtime = state.polls.get(e.pollId);
  if (!poll || !runtime) return [];
  switch (e.type) {
    case 'poll.voted': {
      const votes = runtime.rounds[e.round - 1];
      if (!votes) return [];
      votes.set(e.participantId, e.choice);
      // The visit whose votes the round holds, for the harvest per visit (ROT-31).
      if (e.visit !== undefined) (runtime.visits ??= [])[e.round - 1] ??= e.visit;
      // How old the voter's identity was when it voted: for polls that count only older ones.
      const ages = ((runtime.ages ??= [])[e.round - 1] ??= new Map());
      if (e.since !== undefined) {
        ages.set(e.participantId, { since: e.since, age: Math.max(0, at - e.since) });
      } else ages.delete(e.participantId);
      noteVote(poll.config, runtime, e.round - 1, e.participantId);
      const dirty: Dirty[] = [
        { kind: 'poll', id: poll.id },
        { kind: 'mine', participantId: e.participantId },
      ];
      // The chair's "Koos: …" on this voter's whys follows the new vote (CHAIR-6); the public
      // view of them did not change, so a vote never re-sends a named why to the hall.
      if (e.round === poll.round) {
        for (const st of state.statements.values()) {
          if (st.activityId === poll.id && st.participantId === e.participantId && !st.optionIds) {
            dirty.push({ kind: 'statement', id: st.id, only: 'chair' });
          }
        }
      }
      return dirty;
    }
    case 'poll.controlled': {
      const shows = poll.config.resultsMode !== 'hidden';
      const next = controlled(poll, e.action, e.round, shows, runtime, () =>
        runtime.rounds.push(new Map()),
      );
      state.activities.set(poll.id, next);
      return [
        { kind: 'activity', id: poll.id },
        { kind: 'poll', id: poll.id },
      ];
    }
    case 'cloud.removed': {
      if (e.removed) runtime.removedWords.add(e.word);
      else runtime.removedWords.delete(e.word);
      return [{ kind: 'poll', id: poll.id }];
    }
  }
}
