// A poll round's counts, kept up to date vote by vote (FAN-5) instead of recounted from every
// stored vote on each flush. The stored votes stay the truth: the counts are a cache beside them,
// built by one full pass the first time a round is viewed, then moved by each vote (applyPoll
// calls noteVote), and thrown away and rebuilt whenever they might not match what is stored
// (settings that change what counts, a round whose map was replaced or changed behind our back).

import type { PollChoice, PollConfig } from '../../../shared/model.js';
import type { PollRuntime, VoterAge } from '../../domain/types.js';

/** Identities issued within this window of each other count as one burst… */
export const BURST_WINDOW_MS = 10_000;
/** …when each voted within this long of being issued… */
export const BURST_FRESH_MS = 60_000;
/** …and there are at least this many: more than a hall that scans the QR code at once. */
export const BURST_MIN = 100;

export interface RoundCounts {
  /** The counted votes (all, or those of identities old enough: AUTH-9), by participant. */
  readonly counted: Map<string, PollChoice>;
  /** Option id → votes that picked it. */
  readonly options: Map<string, number>;
  /** Scale value → votes, and the sum and number of votes within the scale. */
  readonly scale: Map<number, number>;
  scaleSum: number;
  scaleN: number;
  /** Cloud word → votes that hold it (removed words too: they are left out when shown). */
  readonly words: Map<string, number>;
  /** Bumped on every change, so a view built from these counts can be reused. */
  version: number;
  /** What the counts were built for: any difference means a rebuild. */
  votes: Map<string, PollChoice>;
  ages: Map<string, VoterAge> | undefined;
  votesSize: number;
  agesSize: number;
  readonly key: string;
  /** The sorted cloud words, for one version, set of removed words and cap. */
  wordsView?: { version: number; removed: string; cap: number; list: [string, number][] };
}

/** The fresh identities among a round's voters, for the burst warning (AUTH-9). */
interface Fresh {
  /** Their issue times, ascending. */
  readonly issued: number[];
  /** The issue time each voter holds in `issued`. */
  readonly of: Map<string, number>;
  /** The largest burst, or null when it must be worked out again. */
  burst: number | null;
  size: number;
}

const EMPTY = new Map<string, PollChoice>();
const cache = new WeakMap<PollRuntime, (RoundCounts | undefined)[]>();
/** By the round's map of voter ages, which is all the burst depends on. */
const freshCache = new WeakMap<Map<string, VoterAge>, Fresh>();

/** What the counts depend on in the poll's settings. */
function keyOf(config: PollConfig): string {
  // Read defensively: a config built by hand (tests, old exports) may lack a field.
  const s = config.scale as PollConfig['scale'] | undefined;
  const options = (config.options as PollConfig['options'] | undefined) ?? [];
  return [
    config.pollKind,
    config.minIdentityAgeS ?? 0,
    s ? `${s.min}:${s.max}` : '',
    options.map((o) => o.id).join('\u0000'),
  ].join('\u0001');
}

function isCounted(config: PollConfig, age: VoterAge | undefined): boolean {
  const min = (config.minIdentityAgeS ?? 0) * 1000;
  // A vote from before identities were issued has no age: it is counted as before.
  return min <= 0 || !age || age.age >= min;
}

function bump(map: Map<string, number>, k: string, by: number): void {
  const n = (map.get(k) ?? 0) + by;
  if (n === 0) map.delete(k);
  else map.set(k, n);
}

function addChoice(c: RoundCounts, config: PollConfig, choice: PollChoice, by: 1 | -1): void {
  for (const id of choice.optionIds ?? []) bump(c.options, id, by);
  for (const w of choice.words ?? []) bump(c.words, w, by);
  const v = choice.value;
  if (v !== undefined && config.scale && v >= config.scale.min && v <= config.scale.max) {
    const n = (c.scale.get(v) ?? 0) + by;
    if (n === 0) c.scale.delete(v);
    else c.scale.set(v, n);
    c.scaleSum += by * v;
    c.scaleN += by;
  }
}

/** Lower bound: the first index whose value is ≥ x. */
function lower(xs: number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function setFresh(f: Fresh, pid: string, age: VoterAge | undefined): void {
  const before = f.of.get(pid);
  const after = age && age.age < BURST_FRESH_MS ? age.since : undefined;
  if (before === after) return;
  if (before !== undefined) {
    f.issued.splice(lower(f.issued, before), 1);
    f.of.delete(pid);
  }
  if (after !== undefined) {
    f.issued.splice(lower(f.issued, after), 0, after);
    f.of.set(pid, after);
  }
  f.burst = null;
}

/** Moves the counts to what participant `pid` holds now in the round. */
function note(c: RoundCounts, config: PollConfig, pid: string): void {
  const choice = c.votes.get(pid);
  const age = c.ages?.get(pid);
  const before = c.counted.get(pid);
  const now = choice !== undefined && isCounted(config, age) ? choice : undefined;
  if (before !== now) {
    if (before !== undefined) addChoice(c, config, before, -1);
    if (now !== undefined) {
      addChoice(c, config, now, 1);
      c.counted.set(pid, now);
    } else c.counted.delete(pid);
    c.version++;
  }
  c.votesSize = c.votes.size;
  c.agesSize = c.ages?.size ?? 0;
}

function build(config: PollConfig, runtime: PollRuntime, index: number): RoundCounts {
  const votes = runtime.rounds[index] ?? EMPTY;
  const ages = runtime.ages?.[index];
  const c: RoundCounts = {
    counted: new Map(),
    options: new Map(),
    scale: new Map(),
    scaleSum: 0,
    scaleN: 0,
    words: new Map(),
    version: 0,
    votes,
    ages,
    votesSize: 0,
    agesSize: 0,
    key: keyOf(config),
  };
  for (const pid of votes.keys()) note(c, config, pid);
  c.votesSize = votes.size;
  c.agesSize = ages?.size ?? 0;
  return c;
}

function valid(c: RoundCounts, config: PollConfig, runtime: PollRuntime, index: number): boolean {
  const votes = runtime.rounds[index] ?? EMPTY;
  const ages = runtime.ages?.[index];
  return (
    c.votes === votes &&
    c.ages === ages &&
    c.votesSize === votes.size &&
    c.agesSize === (ages?.size ?? 0) &&
    c.key === keyOf(config)
  );
}

/** The counts of round `index` (0-based), built on first use and kept from then on. */
export function roundCounts(config: PollConfig, runtime: PollRuntime, index: number): RoundCounts {
  let rounds = cache.get(runtime);
  if (!rounds) cache.set(runtime, (rounds = []));
  const c = rounds[index];
  if (c && valid(c, config, runtime, index)) return c;
  return (rounds[index] = build(config, runtime, index));
}

/**
 * A participant's vote in round `index` changed (or its age did): called by applyPoll after it
 * stored them. Rounds nobody has viewed yet have no counts to move.
 */
export function noteVote(
  config: PollConfig,
  runtime: PollRuntime,
  index: number,
  participantId: string,
): void {
  const ages = runtime.ages?.[index];
  const f = ages && freshCache.get(ages);
  if (f) {
    setFresh(f, participantId, ages.get(participantId));
    f.size = ages.size;
  }
  const c = cache.get(runtime)?.[index];
  if (!c) return;
  const votes = runtime.rounds[index] ?? EMPTY;
  if (c.votes !== votes || c.key !== keyOf(config)) {
    cache.get(runtime)![index] = undefined;
    return;
  }
  // The ages map of a round is made with its first vote: adopt it.
  if (c.ages !== ages) c.ages = ages;
  note(c, config, participantId);
}

/** The largest burst of fresh identities among the voters whose ages these are. */
export function largestBurst(ages: Map<string, VoterAge>): number {
  let f = freshCache.get(ages);
  if (!f || f.size !== ages.size) {
    f = { issued: [], of: new Map(), burst: null, size: ages.size };
    for (const [pid, age] of ages) setFresh(f, pid, age);
    freshCache.set(ages, f);
  }
  if (f.burst !== null) return f.burst;
  const issued = f.issued;
  let most = 0;
  for (let i = 0, j = 0; j < issued.length; j++) {
    while (issued[j]! - issued[i]! > BURST_WINDOW_MS) i++;
    most = Math.max(most, j - i + 1);
  }
  return (f.burst = most);
}

/** The cloud's words by count (then alphabetically), removed words left out, at most `cap`. */
export function sortedWords(
  c: RoundCounts,
  removed: ReadonlySet<string>,
  cap: number,
): [string, number][] {
  const removedKey = removed.size ? [...removed].join('\u0000') : '';
  const v = c.wordsView;
  if (v && v.version === c.version && v.removed === removedKey && v.cap === cap) return v.list;
  const list = [...c.words]
    .filter(([w]) => !removed.has(w))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, cap);
  c.wordsView = { version: c.version, removed: removedKey, cap, list };
  return list;
}
