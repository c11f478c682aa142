// Parsing of every inbound frame and request body. Nothing reaches the rooms unparsed.
// Text limits that depend on an activity (a wall's maxLength) are checked by the domain rules.

import * as v from 'valibot';
import { TIMER_AT_ZERO } from './clock.js';
import { CLIENT_ID_RE, ENTITY_ID_RE } from './ids.js';
import { LIMITS } from './limits.js';
import { CONTROL_MESSAGE, findControl, hasVisible } from './text-check.js';
import { POLL_KINDS } from './model.js';
import { isClientMessageType, type ClientMessageType } from './frame-types.js';
import { ErrorCode, type ClientMessage } from './protocol.js';
import { WALL_DWELL, WALL_ORDERS } from './wall-order.js';

// A client's ids never hold the separators of the server's own ids (AUTH-6).
const CLIENT_CHARS = "only letters, digits, '-' and '_'";
const clientId = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(LIMITS.clientIdLength),
  v.regex(CLIENT_ID_RE, CLIENT_CHARS),
);
const entityId = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(LIMITS.entityIdLength),
  v.regex(ENTITY_ID_RE, 'not an id'),
);
// Generous bound at the boundary; the wall's own maxLength is enforced by the domain.
const text = v.pipe(v.string(), v.maxLength(LIMITS.statementMaxLength * 4));
const role = v.picklist(['participant', 'chair', 'projector', 'organizer']);
const language = v.picklist(['nl', 'en']);

const wallConfig = v.partial(
  v.strictObject({
    prompt: v.pipe(v.string(), v.maxLength(LIMITS.promptLength)),
    maxLength: v.pipe(
      v.number(),
      v.integer(),
      v.minValue(10),
      v.maxValue(LIMITS.statementMaxLength),
    ),
    moderation: v.picklist(['pre', 'post']),
    open: v.boolean(),
    harvest: v.boolean(),
    order: v.picklist(WALL_ORDERS),
    dwell: v.pipe(v.number(), v.integer(), v.minValue(WALL_DWELL.min), v.maxValue(WALL_DWELL.max)),
  }),
);

const title = v.pipe(v.string(), v.maxLength(LIMITS.titleLength));

const optionId = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(32),
  v.regex(CLIENT_ID_RE, CLIENT_CHARS),
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
      v.array(
        v.strictObject({
          id: optionId,
          label: v.pipe(v.string(), v.maxLength(LIMITS.optionLabelLength)),
          drawback: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.drawbackLength))),
        }),
      ),
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
export const WallConfigPatchSchema = wallConfig;

const qaConfig = v.partial(
  v.strictObject({
    pitch: v.pipe(v.string(), v.maxLength(LIMITS.titleLength)),
    speaker: v.pipe(v.string(), v.maxLength(LIMITS.speakerLength)),
    maxLength: v.pipe(
      v.number(),
      v.integer(),
      v.minValue(10),
      v.maxValue(LIMITS.statementMaxLength),
    ),
    moderation: v.picklist(['pre', 'post']),
    open: v.boolean(),
  }),
);

// A round's steps are replaced whole; ids keep contributions with their step (ROUND-6).
export const RoundConfigPatchSchema = v.partial(
  v.strictObject({
    dilemma: v.pipe(v.string(), v.maxLength(LIMITS.dilemmaLength)),
    phases: v.pipe(
      v.array(
        v.strictObject({
          id: optionId,
          title: v.pipe(v.string(), v.maxLength(LIMITS.phaseTitleLength)),
          prompt: v.pipe(v.string(), v.maxLength(LIMITS.phasePromptLength)),
        }),
      ),
      v.minLength(1),
      v.maxLength(LIMITS.roundPhasesMax),
    ),
    moderation: v.picklist(['pre', 'post']),
    maxLength: v.pipe(
      v.number(),
      v.integer(),
      v.minValue(10),
      v.maxValue(LIMITS.statementMaxLength),
    ),
  }),
);

// One schema per activity kind, chosen by `kind`, so a wall's config never passes as a Q&A's.
export const ActivityCreateSchema = v.variant('kind', [
  v.object({
    type: v.literal('activity.create'),
    id: clientId,
    kind: v.literal('wall'),
    title,
    config: wallConfig,
  }),
  v.object({
    type: v.literal('activity.create'),
    id: clientId,
    kind: v.literal('poll'),
    title,
    config: PollConfigPatchSchema,
  }),
  v.object({
    type: v.literal('activity.create'),
    id: clientId,
    kind: v.literal('qa'),
    title,
    config: qaConfig,
  }),
  v.object({
    type: v.literal('activity.create'),
    id: clientId,
    kind: v.literal('round'),
    title,
    config: RoundConfigPatchSchema,
  }),
]);

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
      v.union([wallConfig, PollConfigPatchSchema, qaConfig, RoundConfigPatchSchema]),
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
};

export type ParseResult<T> =
  | { ok: true; value: T }
  | { ok: false; code: ErrorCode; message: string; field?: string; id?: string };

/** Parses one raw frame. Never throws. */
export function parseClientMessage(raw: string): ParseResult<ClientMessage> {
  if (raw.length > LIMITS.frameBytes) {
    return {
      ok: false,
      code: ErrorCode.TooLarge,
      message: `frame over ${LIMITS.frameBytes} bytes`,
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, code: ErrorCode.BadFrame, message: 'frame is not valid JSON' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, code: ErrorCode.BadFrame, message: 'frame must be a JSON object' };
  }
  const rec = data as Record<string, unknown>;
  const id =
    typeof rec.id === 'string' && rec.id.length <= LIMITS.clientIdLength ? rec.id : undefined;
  const control = findControl(rec);
  if (control) {
    return {
      ok: false,
      code: ErrorCode.Invalid,
      message: `${control}: ${CONTROL_MESSAGE}`,
      field: control,
      ...(id && !findControl(id) ? { id } : {}),
    };
  }
  if (!isClientMessageType(rec.type)) {
    return {
      ok: false,
      code: ErrorCode.UnknownType,
      message: `unknown frame type ${JSON.stringify(String(rec.type)).slice(0, 60)}`,
      ...(id ? { id } : {}),
    };
  }
  const schema: v.GenericSchema<unknown, ClientMessage> = CLIENT_SCHEMAS[rec.type];
  return fromValibot(v.safeParse(schema, data), id);
}

function fromValibot<T>(
  result: v.SafeParseResult<v.GenericSchema<unknown, T>>,
  id?: string,
): ParseResult<T> {
  if (result.success) return { ok: true, value: result.output };
  const issue = result.issues[0];
  const field = issue ? (v.getDotPath(issue) ?? undefined) : undefined;
  return {
    ok: false,
    code: ErrorCode.Invalid,
    message: field ? `${field}: ${issue?.message ?? 'invalid'}` : (issue?.message ?? 'invalid'),
    ...(field ? { field } : {}),
    ...(id ? { id } : {}),
  };
}

// ---------------------------------------------------------------- HTTP bodies

export const CreateEventSchema = v.object({
  name: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, 'name is required'),
    v.maxLength(LIMITS.eventNameLength),
    v.check(hasVisible, 'name shows no visible characters'),
  ),
  language: v.optional(language, 'nl'),
  /** When the event ends, ms since epoch; data is deleted RETENTION_DAYS later. */
  endsAt: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0)))),
});
export type CreateEventBody = v.InferOutput<typeof CreateEventSchema>;

export function parseBody<T>(schema: v.GenericSchema<unknown, T>, data: unknown): ParseResult<T> {
  return fromValibot(v.safeParse(schema, data));
}
