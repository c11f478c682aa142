import { describe, expect, it } from 'vitest';
import { BURST_MIN, burstOf, countedVotes } from '../../server/kinds/poll/poll-identity.js';
import type { PollRuntime, VoterAge } from '../../server/domain/types.js';
import type { PollChoice, PollConfig } from '../../shared/model.js';

const config = (minIdentityAgeS?: number) =>
  ({ pollKind: 'single', ...(minIdentityAgeS ? { minIdentityAgeS } : {}) }) as PollConfig;

function runtime(voters: [string, VoterAge | null][]): PollRuntime {
  const votes = new Map<string, PollChoice>();
  const ages = new Map<string, VoterAge>();
  for (const [pid, age] of voters) {
    votes.set(pid, { optionIds: ['a'] });
    if (age) ages.set(pid, age);
  }
  return { rounds: [votes], ages: [ages], removedWords: new Set() };
}

describe('votes and identity age', () => {
  it('[AUTH-9] a sensitive poll counts identities old enough at the vote, and votes of unknown age', () => {
    const r = runtime([
      ['old', { since: 0, age: 120_000 }],
      ['new', { since: 100_000, age: 5_000 }],
      ['before-tokens', null],
    ]);
    expect([...countedVotes(config(60), r, 0).keys()]).toEqual(['old', 'before-tokens']);
    expect(countedVotes(config(), r, 0).size).toBe(3);
  });

  it('[AUTH-9] a burst is that many identities issued within 10 s, each voting within a minute', () => {
    const hall = (n: number, spreadMs: number, age: number): [string, VoterAge][] =>
      Array.from({ length: n }, (_, i) => [`p${i}`, { since: (i * spreadMs) / n, age }]);
    // 650 phones joining over two minutes and voting at once: a hall, no burst.
    expect(burstOf(runtime(hall(650, 120_000, 2_000)), 0)).toBeUndefined();
    // The same number made within ten seconds: a burst.
    expect(burstOf(runtime(hall(650, 9_000, 2_000)), 0)).toBe(650);
    // Made within ten seconds, but long before they voted: people, not a script.
    expect(burstOf(runtime(hall(650, 9_000, 300_000)), 0)).toBeUndefined();
    expect(burstOf(runtime(hall(BURST_MIN - 1, 1_000, 1_000)), 0)).toBeUndefined();
  });
});
