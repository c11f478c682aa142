// The counts kept vote by vote equal a full recount of the stored votes, whatever happened
// (FAN-5): votes, changed votes, rounds, removed and restored words, changed settings, and
// views asked for at any moment in between (which is when the kept counts are built and used).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apply } from '../../server/domain/apply.js';
import {
  BURST_FRESH_MS,
  BURST_MIN,
  BURST_WINDOW_MS,
  burstOf,
  countedVotes,
} from '../../server/kinds/poll/poll-identity.js';
import { recountRounds, tallyRounds } from '../../server/kinds/poll/poll-tally.js';
import { findPoll } from '../../server/kinds/poll/poll.js';
import type { PollRuntime, RoomState } from '../../server/domain/types.js';
import { pollView } from '../../server/domain/views.js';
import type { PollConfig, PollKind } from '../../shared/model.js';
import { commit, control, id, room } from '../helpers/poll-room.js';

const T0 = 1_700_000_000_000;
const WORDS = ['zon', 'maan', 'ster', 'wolk', 'regen'];

type Op =
  | { op: 'vote'; who: number; pick: number[]; value: number; since: number | null }
  | { op: 'view' }
  | { op: 'newRound' }
  | { op: 'remove'; word: number; undo: boolean }
  | { op: 'minAge'; seconds: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      op: fc.constant('vote' as const),
      who: fc.integer({ min: 0, max: 11 }),
      pick: fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 3 }),
      value: fc.integer({ min: 1, max: 5 }),
      // How long before the vote the identity was issued (ms), or a vote from before identities.
      since: fc.option(fc.integer({ min: 0, max: 120_000 }), { nil: null }),
    }),
  },
  { weight: 3, arbitrary: fc.constant({ op: 'view' as const }) },
  { weight: 1, arbitrary: fc.constant({ op: 'newRound' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('remove' as const),
      word: fc.integer({ min: 0, max: 4 }),
      undo: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('minAge' as const),
      seconds: fc.constantFrom(0, 10, 30, 60),
    }),
  },
);

function configFor(kind: PollKind): Partial<PollConfig> {
  if (kind === 'scale')
    return {
      question: 'Hoeveel?',
      scale: { min: 1, max: 5, minLabel: 'weinig', maxLabel: 'veel' },
    };
  if (kind === 'cloud') return { question: 'Welk woord?' };
  return {
    question: 'Welke?',
    options: ['a', 'b', 'c', 'd', 'e'].map((o) => ({ id: o, label: o.toUpperCase() })),
    ...(kind === 'multiple' ? { maxPicks: 3 } : {}),
  };
}

function run(s: RoomState, ops: Op[]) {
  const runtime = s.polls.get('poll')!;
  const config = () => findPoll(s, 'poll')!.config;
  const check = () => {
    expect(tallyRounds(config(), runtime, 3)).toEqual(recountRounds(config(), runtime, 3));
    expect(tallyRounds(config(), runtime)).toEqual(recountRounds(config(), runtime));
  };
  for (const o of ops) {
    const poll = findPoll(s, 'poll')!;
    switch (o.op) {
      case 'vote': {
        const kind = poll.config.pollKind;
        const choice =
          kind === 'scale'
            ? { value: o.value }
            : kind === 'cloud'
              ? { words: o.pick.map((i) => WORDS[i]!) }
              : {
                  optionIds: (kind === 'multiple' ? o.pick : o.pick.slice(0, 1)).map(
                    (i) => 'abcde'[i]!,
                  ),
                };
        // Straight to apply, so the vote's age is what the generator chose.
        const at = T0 + s.seq * 1000;
        apply(s, {
          roomId: 'r',
          seq: s.seq + 1,
          clientId: id(),
          actor: { role: 'participant', participantId: `p${o.who}` },
          at,
          event: {
            type: 'poll.voted',
            pollId: 'poll',
            round: poll.round,
            participantId: `p${o.who}`,
            choice,
            ...(o.since !== null ? { since: at - o.since } : {}),
          },
        });
        break;
      }
      case 'view':
        check();
        pollView(s, 'poll', 'chair');
        break;
      case 'newRound':
        control(s, 'newRound');
        break;
      case 'remove':
        commit(
          s,
          { role: 'chair' },
          { type: 'cloud.remove', id: id(), pollId: 'poll', word: WORDS[o.word]!, undo: o.undo },
        );
        break;
      case 'minAge':
        commit(
          s,
          { role: 'chair' },
          {
            type: 'activity.update',
            id: id(),
            activityId: 'poll',
            config: { minIdentityAgeS: o.seconds },
          },
        );
        break;
    }
  }
  check();
}

/** The burst as it was counted before: sort every fresh identity's issue time, slide a window. */
function burstRecount(runtime: PollRuntime, index: number): number | undefined {
  const ages = runtime.ages?.[index];
  if (!ages || ages.size < BURST_MIN) return undefined;
  const issued = [...ages.values()]
    .filter((a) => a.age < BURST_FRESH_MS)
    .map((a) => a.since)
    .sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; j < issued.length; j++) {
    while (issued[j]! - issued[i]! > BURST_WINDOW_MS) i++;
    most = Math.max(most, j - i + 1);
  }
  return most >= BURST_MIN ? most : undefined;
}

describe('poll tallies kept vote by vote', () => {
  for (const kind of ['single', 'multiple', 'dilemma', 'scale', 'cloud'] as const) {
    it(`[FAN-5] ${kind}: the kept counts equal a full recount after any sequence of votes, changes, rounds, removed words and settings`, () => {
      fc.assert(
        fc.property(fc.array(opArb, { maxLength: 60 }), (ops) => {
          const s = room(kind, configFor(kind));
          run(s, ops);
        }),
        { numRuns: 150 },
      );
    });
  }

  it('[FAN-5] [AUTH-9] the counted votes and the burst kept vote by vote equal a recount', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            who: fc.integer({ min: 0, max: 299 }),
            issued: fc.integer({ min: 0, max: 40_000 }),
            waited: fc.integer({ min: 0, max: 90_000 }),
          }),
          { minLength: 0, maxLength: 400 },
        ),
        fc.constantFrom(0, 30),
        (votes, minAge) => {
          const s = room('single', { ...configFor('single'), minIdentityAgeS: minAge });
          const runtime = s.polls.get('poll')!;
          const config = findPoll(s, 'poll')!.config;
          for (const [k, v] of votes.entries()) {
            const since = T0 + v.issued;
            apply(s, {
              roomId: 'r',
              seq: s.seq + 1,
              clientId: id(),
              actor: { role: 'participant', participantId: `p${v.who}` },
              at: since + v.waited,
              event: {
                type: 'poll.voted',
                pollId: 'poll',
                round: 1,
                participantId: `p${v.who}`,
                choice: { optionIds: ['a'] },
                since,
              },
            });
            // Views now and then, so the kept state is built part way and moved from there.
            if (k % 97 === 0) burstOf(runtime, 0);
            if (k % 89 === 0) countedVotes(config, runtime, 0);
          }
          expect(burstOf(runtime, 0)).toBe(burstRecount(runtime, 0));
          const counted = [...runtime.rounds[0]!].filter(([pid]) => {
            const age = runtime.ages?.[0]?.get(pid);
            return !age || age.age >= minAge * 1000;
          });
          expect(new Map(countedVotes(config, runtime, 0))).toEqual(new Map(counted));
        },
      ),
      { numRuns: 100 },
    );
  });
});
