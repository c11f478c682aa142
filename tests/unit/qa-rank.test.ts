import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EPOCH_MS, HALF_LIFE_MS, popularityScore } from '../../server/kinds/qa/qa-rank.js';
import { byPopular, sortQuestions, topQuestions } from '../../shared/qa-order.js';

const MIN = 60_000;
const T0 = Date.UTC(2026, 2, 12, 14, 0);

interface Q {
  id: string;
  votes: number;
  score: number | null;
  createdAt: number;
  answered: boolean;
  onStage: boolean;
}

/** A question with upvotes at the given times. */
function q(id: string, voteTimes: number[], extra: Partial<Q> = {}): Q {
  return {
    id,
    votes: voteTimes.length,
    score: popularityScore(voteTimes),
    createdAt: T0,
    answered: false,
    onStage: false,
    ...extra,
  };
}
const times = (n: number, at: number) => Array.from({ length: n }, (_, i) => at + i);
const ids = (xs: Q[]) => xs.map((x) => x.id);

describe('popular order', () => {
  it('[QA-8] votes given at the same time: more votes rank higher', () => {
    const order = sortQuestions(
      [q('a', times(3, T0)), q('b', times(7, T0)), q('c', [])],
      'popular',
    );
    expect(ids(order)).toEqual(['b', 'a', 'c']);
  });

  it('[QA-8] a vote given one half-life later weighs twice as much', () => {
    const one = popularityScore([T0])!;
    expect(popularityScore([T0 + HALF_LIFE_MS])! - one).toBeCloseTo(1, 6);
    expect(popularityScore([T0, T0])! - one).toBeCloseTo(1, 6);
  });

  it('[QA-8] early votes still count: 20 early votes beat 12 votes five minutes later', () => {
    const early = q('early', times(20, T0));
    const later = q('later', times(12, T0 + 5 * MIN));
    expect(ids(sortQuestions([later, early], 'popular'))).toEqual(['early', 'later']);
  });

  it('[QA-8] an early question cannot hold the top forever', () => {
    // 20 votes in the first minutes; an hour later (three half-lives) fresh votes come in.
    const early = q('early', times(20, T0));
    const hour = T0 + 60 * MIN;
    expect(ids(sortQuestions([early, q('fresh', times(2, hour))], 'popular'))[0]).toBe('early');
    expect(ids(sortQuestions([early, q('fresh', times(3, hour))], 'popular'))[0]).toBe('fresh');
  });

  it('[QA-8] the order depends on the votes only, never on when it is computed', () => {
    // Shifting every vote by the same time shifts every score by the same amount.
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 4 * 60 * MIN }), { maxLength: 30 }), {
          minLength: 2,
          maxLength: 8,
        }),
        fc.integer({ min: 0, max: 3 * 365 * 24 * 60 }),
        (questions, shiftMin) => {
          const at = (shift: number) =>
            questions.map((vs, i) =>
              q(
                `q${i}`,
                vs.map((t) => T0 + t + shift),
              ),
            );
          expect(ids(sortQuestions(at(0), 'popular'))).toEqual(
            ids(sortQuestions(at(shiftMin * MIN), 'popular')),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('[QA-8] the score stays finite decades from the epoch and is rounded for every instance alike', () => {
    const far = EPOCH_MS + 40 * 365 * 24 * 60 * MIN;
    const s = popularityScore(times(500, far));
    expect(Number.isFinite(s)).toBe(true);
    expect(popularityScore([])).toBeNull();
    expect(String(popularityScore([T0 + 1234]))).toMatch(/^\d+(\.\d{1,6})?$/);
  });

  it('[QA-8] withdrawing a vote lowers the score; answered questions sink', () => {
    expect(popularityScore([T0, T0 + MIN])!).toBeGreaterThan(popularityScore([T0])!);
    const order = sortQuestions(
      [q('done', times(50, T0), { answered: true }), q('open', times(1, T0))],
      'popular',
    );
    expect(ids(order)).toEqual(['open', 'done']);
  });

  it('[QA-8] ties: more votes, then the newer question, then the id', () => {
    const a = { ...q('a', []), createdAt: T0 };
    const b = { ...q('b', []), createdAt: T0 + 1 };
    const c = { ...q('c', []), createdAt: T0 + 1 };
    expect(ids(sortQuestions([a, c, b], 'popular'))).toEqual(['b', 'c', 'a']);
  });

  it('[QA-9] the order is total: any input order sorts to the same list', () => {
    const arb = fc.array(
      fc.record({
        votes: fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 4 }),
        created: fc.integer({ min: 0, max: 5 }),
        answered: fc.boolean(),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(arb, fc.integer(), (rows, seed) => {
        const qs = rows.map((r, i) =>
          q(
            `q${i}`,
            r.votes.map((m) => T0 + m * MIN),
            {
              createdAt: T0 + r.created,
              answered: r.answered,
            },
          ),
        );
        const shuffled = [...qs].sort(() => ((seed = (seed * 16807) % 2147483647) % 3) - 1);
        expect(ids(sortQuestions(shuffled, 'popular'))).toEqual(ids(sortQuestions(qs, 'popular')));
        for (const x of qs)
          for (const y of qs) {
            if (x !== y) expect(Math.sign(byPopular(x, y))).toBe(-Math.sign(byPopular(y, x)));
          }
      }),
      { numRuns: 200 },
    );
  });

  it('[QA-9] a vote that does not overtake anyone does not reorder the list', () => {
    const list = [q('a', times(9, T0)), q('b', times(5, T0)), q('c', times(1, T0))];
    const before = ids(sortQuestions(list, 'popular'));
    list[1] = q('b', [...times(5, T0), T0 + MIN]);
    expect(ids(sortQuestions(list, 'popular'))).toEqual(before);
  });

  it('[QA-9] recent is newest first; the projector lists the top 5 besides the one on stage', () => {
    const list = Array.from({ length: 8 }, (_, i) =>
      q(`q${i}`, times(i, T0), { createdAt: T0 + i, onStage: i === 7, answered: i === 6 }),
    );
    expect(ids(sortQuestions(list, 'recent')).slice(0, 3)).toEqual(['q7', 'q6', 'q5']);
    expect(ids(topQuestions(list, 5))).toEqual(['q5', 'q4', 'q3', 'q2', 'q1']);
  });
});
