// The ranking's frames at the boundary (RANK-*). Bounds here are generous; the ballot's rules
// (every item once, 100 points, none negative) are the domain's, so a person gets a precise code.

import * as v from 'valibot';
import { LIMITS } from './limits.js';
import { RANKING_LIMITS, RANKING_MODES } from './ranking.js';
import { activityCreate, clientId, entityId, optionId } from './schema-fields.js';

const itemId = optionId;

// The whole list is replaced on update; unique ids and a non-empty label are the domain's.
export const RankingConfigPatchSchema = v.partial(
  v.strictObject({
    mode: v.picklist(RANKING_MODES),
    items: v.pipe(
      v.array(
        v.strictObject({
          id: itemId,
          label: v.pipe(v.string(), v.maxLength(RANKING_LIMITS.labelLength)),
          source: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.titleLength * 2))),
        }),
      ),
      v.maxLength(RANKING_LIMITS.items),
    ),
    resultsMode: v.picklist(['live', 'hidden']),
    compare: v.boolean(),
  }),
);

export const RankingCreateSchema = activityCreate('ranking', RankingConfigPatchSchema);

export const RankingBallotSchema = v.object({
  type: v.literal('ranking.ballot'),
  id: clientId,
  rankingId: entityId,
  order: v.optional(v.pipe(v.array(itemId), v.maxLength(RANKING_LIMITS.items * 2))),
  points: v.optional(
    v.pipe(
      v.array(v.object({ itemId, points: v.pipe(v.number(), v.integer()) })),
      v.maxLength(RANKING_LIMITS.items * 2),
    ),
  ),
});

export const RankingControlSchema = v.object({
  type: v.literal('ranking.control'),
  id: clientId,
  rankingId: entityId,
  action: v.picklist(['open', 'close', 'reveal', 'hide', 'newRound']),
});
