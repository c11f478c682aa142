// Parsing of every inbound frame and request body. Nothing reaches the rooms unparsed.
// Text limits that depend on an activity (a wall's maxLength) are checked by the domain rules.
// The schemas live in schema-fields.ts (building blocks), schema-config.ts (per kind) and
// schema-frames.ts (per frame type); they are re-exported here, so imports stay on this file.

import * as v from 'valibot';
import { LIMITS } from './limits.js';
import { CONTROL_MESSAGE, findControl, hasVisible } from './text-check.js';
import { isClientMessageType } from './frame-types.js';
import { ErrorCode, type ClientMessage } from './protocol.js';
import { language } from './schema-fields.js';
import { CLIENT_SCHEMAS } from './schema-frames.js';

export * from './schema-config.js';
export { CLIENT_SCHEMAS } from './schema-frames.js';

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
