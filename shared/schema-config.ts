// The schemas of each activity kind's config (a patch: missing fields keep their value) and of
// activity.create, one variant per kind. Part of shared/schema.ts, which re-exports them.

import * as v from 'valibot';
import { LIMITS } from './limits.js';
import { POLL_KINDS } from './model.js';
import { WALL_DWELL, WALL_ORDERS } from './wall-order.js';
import { SLIDE_BODY_LENGTH, SLIDE_VARIANTS } from './slide.js';
import { RankingCreateSchema } from './ranking-schema.js';
import { DeckCreateSchema } from './deck-item.js';
import { activityCreate, moderation, rowsWithId, textMaxLength, upTo } from './schema-fields.js';

export const WallConfigPatchSchema = v.partial(
  v.strictObject({
    prompt: v.pipe(v.string(), v.maxLength(LIMITS.promptLength)),
    maxLength: textMaxLength,
    moderation,
    open: v.boolean(),
    harvest: v.boolean(),
    order: v.picklist(WALL_ORDERS),
    dwell: v.pipe(v.number(), v.integer(), v.minValue(WALL_DWELL.min), v.maxValue(WALL_DWELL.max)),
  }),
);

const scaleBound = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(LIMITS.scaleLowest),
  v.maxValue(LIMITS.scaleHighest),
);
const scaleLabel = v.pipe(v.string(), v.maxLength(LIMITS.scaleLabelLength));

// Whole options and the whole scale are replaced on update, so they are not partial inside.
// Rules that span fields (min < max, unique option ids, enough options) are the domain's.
export const PollConfigPatchSchema = v.partial(
  v.strictObject({
    pollKind: v.picklist(POLL_KINDS),
    question: v.pipe(v.string(), v.maxLength(LIMITS.questionLength)),
    options: v.pipe(
      rowsWithId({
        label: upTo(LIMITS.optionLabelLength),
        drawback: v.optional(upTo(LIMITS.drawbackLength)),
      }),
      v.maxLength(LIMITS.optionsPerPoll),
    ),
    maxPicks: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(LIMITS.optionsPerPoll)),
    scale: v.strictObject({
      min: scaleBound,
      max: scaleBound,
      minLabel: scaleLabel,
      maxLabel: scaleLabel,
    }),
    resultsMode: v.picklist(['live', 'always', 'hidden']),
    showPercentages: v.boolean(),
    showCounts: v.boolean(),
    askWhy: v.boolean(),
    showWhy: v.boolean(),
    minIdentityAgeS: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3600)),
  }),
);

export const QaConfigPatchSchema = v.partial(
  v.strictObject({
    pitch: v.pipe(v.string(), v.maxLength(LIMITS.titleLength)),
    speaker: v.pipe(v.string(), v.maxLength(LIMITS.speakerLength)),
    maxLength: textMaxLength,
    moderation,
    open: v.boolean(),
  }),
);

// A round's steps are replaced whole; ids keep contributions with their step (ROUND-6).
export const RoundConfigPatchSchema = v.partial(
  v.strictObject({
    dilemma: v.pipe(v.string(), v.maxLength(LIMITS.dilemmaLength)),
    phases: v.pipe(
      rowsWithId({
        title: upTo(LIMITS.phaseTitleLength),
        prompt: upTo(LIMITS.phasePromptLength),
      }),
      v.minLength(1),
      v.maxLength(LIMITS.roundPhasesMax),
    ),
    moderation,
    maxLength: textMaxLength,
  }),
);

// A slide's body is checked to its exact length by the domain (a coded error); this bound only
// keeps absurd frames out.
export const SlideConfigPatchSchema = v.partial(
  v.strictObject({
    variant: v.picklist(SLIDE_VARIANTS),
    body: v.pipe(v.string(), v.maxLength(SLIDE_BODY_LENGTH * 2)),
  }),
);

// One schema per activity kind, chosen by `kind`, so a wall's config never passes as a Q&A's.
export const ActivityCreateSchema = v.variant('kind', [
  activityCreate('wall', WallConfigPatchSchema),
  activityCreate('poll', PollConfigPatchSchema),
  activityCreate('qa', QaConfigPatchSchema),
  activityCreate('round', RoundConfigPatchSchema),
  activityCreate('slide', SlideConfigPatchSchema),
  RankingCreateSchema,
  DeckCreateSchema,
]);
