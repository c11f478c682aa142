// Rankings (RANK-*): ballots, the draft → open → closed life, rounds, reveal. A ballot puts
// every item of the list in order, or divides 100 points over all of them; anything else gets
// a coded error. The tally of each round is kept ballot by ballot.

import { translate } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/model.js';
import { ErrorCode } from '../../../shared/protocol.js';
import {
  RANKING_POINTS,
  type RankingActivity,
  type RankingActivityCreate,
  type RankingBallot,
  type RankingControl,
  type RankingConfig,
  type RankingItem,
} from '../../../shared/ranking.js';
import { cleanText } from '../../domain/text.js';
import { fail, ok } from '../../domain/types.js';
import type { Actor, Dirty, DomainEvent, Result, RoomState } from '../../domain/types.js';
import { ballotGate, controlGate, controlled, roundAfter, roundWords } from '../rounds.js';
import { countBallot, emptyTally, type BallotValues, type RankingEvent } from './runtime.js';

export type RankingCommand = RankingBallot | RankingControl;
export type { RankingEvent };

export function findRanking(state: RoomState, id: string): RankingActivity | null {
  const a = state.activities.get(id);
  return a?.kind === 'ranking' ? a : null;
}

export const defaultRanking = (): RankingConfig => ({
  mode: 'order',
  items: [],
  resultsMode: 'hidden',
});

/** Labels cleaned to one line; ids unique; no empty label (RANK-1). */
export function checkItems(items: RankingItem[]): Result<RankingItem[]> {
  const ids = new Set<string>();
  const out: RankingItem[] = [];
  for (const [i, item] of items.entries()) {
    const label = cleanText(item.label).replace(/\n+/g, ' ');
    if (label.length === 0) {
      return fail(ErrorCode.TextEmpty, `item ${i + 1} is empty`, `config.items.${i}.label`);
    }
    if (ids.has(item.id)) {
      return fail(ErrorCode.DuplicateId, `item id ${item.id} twice`, `config.items.${i}.id`);
    }
    ids.add(item.id);
    out.push({ id: item.id, label, ...(item.source ? { source: cleanText(item.source) } : {}) });
  }
  return ok(out);
}

export function newRanking(
  cmd: RankingActivityCreate,
  order: number,
  language: Language,
): Result<RankingActivity> {
  const config = { ...defaultRanking(), ...cmd.config };
  const items = checkItems(config.items);
  if (!items.ok) return items;
  const title = cleanText(cmd.title) || translate(language, 'ranking.title.default');
  return ok({
    id: cmd.id,
    title,
    order,
    kind: 'ranking',
    config: { ...config, items: items.value },
    state: 'draft',
    revealed: false,
    round: 1,
  });
}

/** The list and the mode are fixed once the ranking opened: ballots refer to them (RANK-1). */
export function rankingPatch(
  a: RankingActivity,
  patch: Partial<RankingConfig>,
): Result<Partial<RankingConfig>> {
  if (a.state !== 'draft' && (patch.items !== undefined || patch.mode !== undefined)) {
    return fail(ErrorCode.PollStarted, 'the ranking has opened: its list is fixed', 'config');
  }
  if (!patch.items) return ok(patch);
  const items = checkItems(patch.items);
  return items.ok ? ok({ ...patch, items: items.value }) : items;
}

const RANKING_WORDS = roundWords(
  'ranking',
  'rank',
  ErrorCode.RankingClosed,
  'this ranking is not open',
);

export function decideRanking(
  state: RoomState,
  actor: Actor,
  cmd: RankingCommand,
): Result<DomainEvent> {
  const ranking = findRanking(state, cmd.rankingId);
  switch (cmd.type) {
    case 'ranking.ballot': {
      const gate = ballotGate(state, actor, ranking, RANKING_WORDS);
      if (!gate.ok) return gate;
      const { activity, participantId } = gate.value;
      const values = checkBallot(activity, cmd);
      if (!values.ok) return values;
      return ok({
        type: 'ranking.balloted',
        rankingId: activity.id,
        round: activity.round,
        participantId,
        values: values.value,
      });
    }
    case 'ranking.control': {
      const found = controlGate(actor, ranking, RANKING_WORDS);
      if (!found.ok) return found;
      const r = found.value;
      if (cmd.action === 'open' && r.state === 'draft' && r.config.items.length < 2) {
        return fail(ErrorCode.Invalid, 'a ranking needs at least two items', 'config.items');
      }
      if ((cmd.action === 'close' || cmd.action === 'newRound') && r.state === 'draft') {
        return fail(ErrorCode.Invalid, 'the ranking has not opened yet', 'action');
      }
      const round = roundAfter(r, cmd.action);
      return ok({ type: 'ranking.controlled', rankingId: r.id, action: cmd.action, round });
    }
  }
}

/**
 * Checks a ballot against the list (RANK-3): every item exactly once; in points mode whole,
 * non-negative points that add up to 100. Returns per item its rank or its points.
 */
export function checkBallot(
  ranking: RankingActivity,
  cmd: { order?: string[]; points?: { itemId: string; points: number }[] },
): Result<BallotValues> {
  const { mode, items } = ranking.config;
  const known = new Set(items.map((i) => i.id));
  const pairs: [string, number][] =
    mode === 'order'
      ? (cmd.order ?? []).map((id, i) => [id, i + 1])
      : (cmd.points ?? []).map((p) => [p.itemId, p.points]);
  if (mode === 'order' ? !cmd.order : !cmd.points) {
    const field = mode === 'order' ? 'order' : 'points';
    return fail(ErrorCode.RankingMissing, `send the ${field} of every item`, field);
  }
  const field = mode === 'order' ? 'order' : 'points';
  const values: BallotValues = {};
  let sum = 0;
  for (const [id, n] of pairs) {
    if (!known.has(id)) return fail(ErrorCode.RankingUnknown, `no item ${id} in the list`, field);
    if (Object.hasOwn(values, id)) {
      return fail(ErrorCode.RankingDuplicate, `item ${id} twice`, field);
    }
    if (!Number.isInteger(n)) return fail(ErrorCode.Invalid, 'points are whole numbers', field);
    if (n < 0) return fail(ErrorCode.PointsNegative, 'points cannot be negative', field);
    values[id] = n;
    sum += n;
  }
  const missing = items.filter((i) => !Object.hasOwn(values, i.id)).length;
  if (missing > 0) {
    return fail(ErrorCode.RankingMissing, `${missing} item(s) of the list left out`, field);
  }
  if (mode === 'points' && sum !== RANKING_POINTS) {
    return fail(ErrorCode.PointsSum, `the points add up to ${sum}, not ${RANKING_POINTS}`, field);
  }
  return ok(values);
}

export function applyRanking(state: RoomState, e: RankingEvent): Dirty[] {
  const ranking = findRanking(state, e.rankingId);
  const runtime = state.rankings.get(e.rankingId);
  if (!ranking || !runtime) return [];
  switch (e.type) {
    case 'ranking.controlled': {
      const shows = ranking.config.resultsMode === 'live';
      const next = controlled(ranking, e.action, e.round, shows, runtime, () => {
        runtime.rounds.push(new Map());
        runtime.tallies.push(emptyTally());
      });
      state.activities.set(ranking.id, next);
      return [
        { kind: 'activity', id: ranking.id },
        { kind: 'ranking', id: ranking.id },
      ];
    }
    case 'ranking.balloted': {
      const ballots = runtime.rounds[e.round - 1];
      const tally = runtime.tallies[e.round - 1];
      if (!ballots || !tally) return [];
      // A changed ballot: the old one comes out of the sums before the new one goes in (RANK-4).
      const before = ballots.get(e.participantId);
      if (before) countBallot(tally, before, -1);
      countBallot(tally, e.values, 1);
      ballots.set(e.participantId, e.values);
      return [
        { kind: 'ranking', id: ranking.id },
        { kind: 'mine', participantId: e.participantId },
      ];
    }
  }
}
