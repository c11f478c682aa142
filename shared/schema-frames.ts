// One valibot schema per client frame type (CLIENT_SCHEMAS). Part of shared/schema.ts, which
// re-exports it and parses with it.

import * as v from 'valibot';
import { TIMER_AT_ZERO } from './clock.js';
import { CLIENT_ID_RE } from './ids.js';
import { LIMITS } from './limits.js';
import { VISIT_LIMITS } from './visit.js';
import type { ClientMessageType } from './frame-types.js';
import type { ClientMessage } from './protocol.js';
import {
  ActivityCreateSchema,
  PollConfigPatchSchema,
  QaConfigPatchSchema,
  RoundConfigPatchSchema,
  SlideConfigPatchSchema,
  WallConfigPatchSchema,
} from './schema-config.js';
import {
  RankingBallotSchema,
  RankingConfigPatchSchema,
  RankingControlSchema,
} from './ranking-schema.js';
import { DeckConfigPatchSchema, DeckGotoSchema } from './deck-item.js';
import {
  CLIENT_CHARS,
  clientId,
  entityId,
  language,
  optionId,
  role,
  text,
  title,
} from './schema-fields.js';

const HelloSchema = v.object({
  type: v.literal('hello'),
  protocol: v.pipe(v.number(), v.integer()),
  role,
  eventCode: v.pipe(v.string(), v.maxLength(32)),
  roomId: v.optional(entityId),
  participantId: v.optional(
    v.pipe(
      v.string(),
      v.minLength(8),
      v.maxLength(LIMITS.participantIdLength),
      v.regex(CLIENT_ID_RE, CLIENT_CHARS),
    ),
  ),
  key: v.optional(v.pipe(v.string(), v.maxLength(256))),
  token: v.optional(v.pipe(v.string(), v.maxLength(64))),
  lastSeq: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  language: v.optional(language),
  group: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9]{4,16}$/, 'a group code'))),
});

type SchemaOf<K extends ClientMessageType> = v.GenericSchema<
  unknown,
  Extract<ClientMessage, { type: K }>
>;

/**
 * One schema per frame type, keyed by the type (the list is shared/frame-types.ts). The
 * compiler checks that every type has one and that each parses into its own union member.
 */
export const CLIENT_SCHEMAS: { [K in ClientMessageType]: SchemaOf<K> } = {
  hello: HelloSchema,
  ping: v.object({ type: v.literal('ping'), t: v.number() }),
  'statement.submit': v.object({
    type: v.literal('statement.submit'),
    id: clientId,
    activityId: entityId,
    text,
    name: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(LIMITS.nameLength)))),
    phase: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  }),
  'heart.set': v.object({
    type: v.literal('heart.set'),
    id: clientId,
    statementId: entityId,
    on: v.boolean(),
  }),
  'statement.moderate': v.object({
    type: v.literal('statement.moderate'),
    id: clientId,
    statementId: entityId,
    action: v.picklist(['approve', 'reject', 'hide', 'pin', 'unpin', 'requeue', 'edit', 'group']),
    text: v.optional(text),
  }),
  'activity.create': ActivityCreateSchema,
  'activity.update': v.object({
    type: v.literal('activity.update'),
    id: clientId,
    activityId: entityId,
    title: v.optional(title),
    // Which of them must match the activity's kind; the domain checks that.
    config: v.optional(
      v.union([
        WallConfigPatchSchema,
        PollConfigPatchSchema,
        QaConfigPatchSchema,
        RoundConfigPatchSchema,
        SlideConfigPatchSchema,
        RankingConfigPatchSchema,
        DeckConfigPatchSchema,
      ]),
    ),
  }),
  'activity.show': v.object({
    type: v.literal('activity.show'),
    id: clientId,
    activityId: v.nullable(entityId),
  }),
  'statement.harvest': v.object({
    type: v.literal('statement.harvest'),
    id: clientId,
    statementId: entityId,
    on: v.boolean(),
  }),
  'notice.seen': v.object({ type: v.literal('notice.seen'), id: clientId, noticeId: entityId }),
  'filter.words': v.object({
    type: v.literal('filter.words'),
    id: clientId,
    words: v.pipe(
      v.array(v.pipe(v.string(), v.maxLength(LIMITS.nameLength))),
      v.maxLength(LIMITS.filterWords),
    ),
  }),
  'activity.move': v.object({
    type: v.literal('activity.move'),
    id: clientId,
    activityId: entityId,
    index: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  // Bounds here are generous; the poll's own limits (picks, range, word length) are the
  // domain's, so a person gets a precise code (too_many_picks, out_of_range, …).
  'poll.vote': v.object({
    type: v.literal('poll.vote'),
    id: clientId,
    pollId: entityId,
    optionIds: v.optional(v.pipe(v.array(optionId), v.maxLength(LIMITS.optionsPerPoll * 2))),
    value: v.optional(v.number()),
    words: v.optional(
      v.pipe(
        v.array(v.pipe(v.string(), v.maxLength(LIMITS.cloudWordLength * 8))),
        v.maxLength(LIMITS.cloudWords * 4),
      ),
    ),
  }),
  'poll.control': v.object({
    type: v.literal('poll.control'),
    id: clientId,
    pollId: entityId,
    action: v.picklist(['open', 'close', 'reveal', 'hide', 'newRound']),
  }),
  'ranking.ballot': RankingBallotSchema,
  'ranking.control': RankingControlSchema,
  'deck.goto': DeckGotoSchema,
  'cloud.remove': v.object({
    type: v.literal('cloud.remove'),
    id: clientId,
    pollId: entityId,
    word: v.pipe(v.string(), v.maxLength(LIMITS.cloudWordLength * 8)),
    undo: v.optional(v.boolean()),
  }),
  'question.ask': v.object({
    type: v.literal('question.ask'),
    id: clientId,
    activityId: entityId,
    text,
    name: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(LIMITS.nameLength)))),
  }),
  'question.upvote': v.object({
    type: v.literal('question.upvote'),
    id: clientId,
    questionId: entityId,
    on: v.boolean(),
  }),
  'question.moderate': v.object({
    type: v.literal('question.moderate'),
    id: clientId,
    questionId: entityId,
    action: v.picklist([
      'approve',
      'reject',
      'requeue',
      'archive',
      'answer',
      'unanswer',
      'stage',
      'unstage',
      'edit',
    ]),
    text: v.optional(text),
  }),
  'question.merge': v.object({
    type: v.literal('question.merge'),
    id: clientId,
    questionId: entityId,
    intoId: entityId,
  }),
  // Exactly one of phase, close and open; the domain says so when it is not (ROUND-3).
  'round.control': v.object({
    type: v.literal('round.control'),
    id: clientId,
    activityId: entityId,
    phase: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    close: v.optional(v.literal(true)),
    open: v.optional(v.literal(true)),
  }),
  // Ranges (positive, at most 12 h, not in the past) are the domain's to say, with a code (CLOCK-5).
  'timer.start': v.object({
    type: v.literal('timer.start'),
    id: clientId,
    durationMs: v.optional(v.pipe(v.number(), v.integer())),
    endsAt: v.optional(v.pipe(v.number(), v.integer())),
    activityId: v.optional(v.nullable(entityId)),
    phase: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    atZero: v.optional(v.picklist(TIMER_AT_ZERO)),
  }),
  'timer.control': v.object({
    type: v.literal('timer.control'),
    id: clientId,
    action: v.picklist(['pause', 'resume', 'add', 'stop']),
    ms: v.optional(v.pipe(v.number(), v.integer())),
  }),
  'visit.start': v.object({
    type: v.literal('visit.start'),
    id: clientId,
    groupId: v.pipe(v.string(), v.minLength(1), v.maxLength(VISIT_LIMITS.groupId)),
    groupName: v.pipe(v.string(), v.minLength(1), v.maxLength(VISIT_LIMITS.groupName)),
    groupNumber: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000)),
    slot: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(VISIT_LIMITS.slots - 1)),
    override: v.optional(v.boolean()),
  }),
};
