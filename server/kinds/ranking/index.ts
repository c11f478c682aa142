// The ranking's ActivityKind: order a list or divide 100 points over it (RANK-*).

import type { RankingConfig } from '../../../shared/ranking.js';
import type { MyBallot } from '../../../shared/ranking.js';
import { ErrorCode } from '../../../shared/protocol.js';
import { RankingConfigPatchSchema } from '../../../shared/ranking-schema.js';
import * as v from 'valibot';
import { fail } from '../../domain/types.js';
import type { ActivityKind } from '../kind.js';
import { roundParticipation } from '../rounds.js';
import { rankingHarvest, rankingHtml, rankingMarkdown, rankingRows } from './export.js';
import {
  applyRanking,
  decideRanking,
  findRanking,
  newRanking,
  rankingPatch,
  type RankingCommand,
  type RankingEvent,
} from './ranking.js';
import { emptyTally } from './runtime.js';

/** A stored ballot back in the shape the phone sent it. */
function ballotBody(mode: RankingConfig['mode'], values: Record<string, number>) {
  const entries = Object.entries(values);
  return mode === 'order'
    ? { order: entries.sort((a, b) => a[1] - b[1]).map(([id]) => id) }
    : { points: entries.map(([itemId, points]) => ({ itemId, points })) };
}

export const ranking: ActivityKind<'ranking', RankingCommand, RankingEvent> = {
  kind: 'ranking',
  create: (state, cmd, order) => newRanking(cmd, order, state.language),
  patch: (_state, a, patch) =>
    v.is(RankingConfigPatchSchema, patch)
      ? rankingPatch(a, patch)
      : fail(ErrorCode.Invalid, 'these are not the settings of a ranking', 'config'),
  created(state, a) {
    state.rankings.set(a.id, { rounds: [new Map()], tallies: [emptyTally()] });
  },
  update(state, a, patch) {
    const config = { ...a.config, ...(patch as Partial<RankingConfig>) };
    state.activities.set(a.id, { ...a, config });
    return [
      { kind: 'activity', id: a.id },
      { kind: 'ranking', id: a.id },
    ];
  },
  commands: { 'ranking.ballot': true, 'ranking.control': true },
  events: { 'ranking.balloted': true, 'ranking.controlled': true },
  decide: decideRanking,
  apply: (state, e) => applyRanking(state, e),
  mine(state, participantId) {
    const ballots: MyBallot[] = [];
    for (const [rankingId, runtime] of state.rankings) {
      const a = findRanking(state, rankingId);
      const values = a ? runtime.rounds[a.round - 1]?.get(participantId) : undefined;
      if (a && values)
        ballots.push({ rankingId, round: a.round, ...ballotBody(a.config.mode, values) });
    }
    return { ballots };
  },
  harvest: rankingHarvest,
  markdown: rankingMarkdown,
  csvRows: rankingRows,
  reportHtml: (a, t, lang) => rankingHtml(a, t, lang),
  contributed: (a) => a.rounds.some((r) => r.voters > 0),
  participation: (state, people) => roundParticipation(state.rankings.values(), people),
};
