// Results of a poll's rounds. The stored votes (one per participant, replaced when they vote
// again) are the truth; the counts shown are kept beside them vote by vote
// (server/kinds/poll/poll-counts.ts: a changed vote takes its old choice out and puts the new one in,
// so it is never counted twice), and `tallyRound` recounts them all, for the tests that hold the
// two equal (FAN-5).

import type { PollChoice, PollConfig, RoundTally } from '../../../shared/model.js';
import { isChoiceKind } from './poll-config.js';
import { roundCounts, sortedWords } from './poll-counts.js';
import { countedVotes } from './poll-identity.js';
import type { PollRuntime } from '../../domain/types.js';

/**
 * The results of one round, counted from its votes (the full recount). `wordCap` limits how
 * many cloud words are listed (views only).
 */
export function tallyRound(
  config: PollConfig,
  votes: ReadonlyMap<string, PollChoice>,
  round: number,
  removedWords: ReadonlySet<string>,
  wordCap = Infinity,
): RoundTally {
  const tally: RoundTally = { round, voters: votes.size };
  if (isChoiceKind(config.pollKind)) {
    const options: Record<string, number> = {};
    for (const o of config.options) options[o.id] = 0;
    for (const v of votes.values()) {
      for (const id of v.optionIds ?? []) if (id in options) options[id] = (options[id] ?? 0) + 1;
    }
    tally.options = options;
  } else if (config.pollKind === 'scale') {
    const { min, max } = config.scale;
    const counts = new Array<number>(max - min + 1).fill(0);
    let sum = 0;
    let n = 0;
    for (const v of votes.values()) {
      if (v.value === undefined || v.value < min || v.value > max) continue;
      counts[v.value - min] = (counts[v.value - min] ?? 0) + 1;
      sum += v.value;
      n++;
    }
    tally.scale = { counts, mean: n > 0 ? Math.round((sum / n) * 100) / 100 : null };
  } else {
    const counts = new Map<string, number>();
    for (const v of votes.values()) {
      for (const w of v.words ?? []) {
        if (!removedWords.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
      }
    }
    tally.words = [...counts]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, wordCap)
      .map(([word, count]) => ({ word, count }));
  }
  return tally;
}

/** Every round so far, oldest first, recounted from the votes that count (AUTH-9). */
export function recountRounds(config: PollConfig, poll: PollRuntime, wordCap = Infinity) {
  return poll.rounds.map((_, i) =>
    tallyRound(config, countedVotes(config, poll, i), i + 1, poll.removedWords, wordCap),
  );
}

/** The results of round `index` (0-based) from the counts kept vote by vote. */
export function roundTally(
  config: PollConfig,
  poll: PollRuntime,
  index: number,
  wordCap = Infinity,
): RoundTally {
  const c = roundCounts(config, poll, index);
  const tally: RoundTally = { round: index + 1, voters: c.counted.size };
  if (isChoiceKind(config.pollKind)) {
    const options: Record<string, number> = {};
    for (const o of config.options) options[o.id] = c.options.get(o.id) ?? 0;
    tally.options = options;
  } else if (config.pollKind === 'scale') {
    const { min, max } = config.scale;
    const counts = new Array<number>(max - min + 1).fill(0);
    for (const [v, n] of c.scale) counts[v - min] = n;
    const mean = c.scaleN > 0 ? Math.round((c.scaleSum / c.scaleN) * 100) / 100 : null;
    tally.scale = { counts, mean };
  } else {
    tally.words = sortedWords(c, poll.removedWords, wordCap).map(([word, count]) => ({
      word,
      count,
    }));
  }
  return tally;
}

/** Every round so far, oldest first; only the votes that count (AUTH-9). */
export function tallyRounds(config: PollConfig, poll: PollRuntime, wordCap = Infinity) {
  return poll.rounds.map((_, i) => roundTally(config, poll, i, wordCap));
}
