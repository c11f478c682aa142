// The building blocks of the frame schemas (ids, texts, roles), shared by shared/schema-*.ts.

import * as v from 'valibot';
import { CLIENT_ID_RE, ENTITY_ID_RE } from './ids.js';
import { LIMITS } from './limits.js';

// A client's ids never hold the separators of the server's own ids (AUTH-6).
export const CLIENT_CHARS = "only letters, digits, '-' and '_'";
export const clientId = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(LIMITS.clientIdLength),
  v.regex(CLIENT_ID_RE, CLIENT_CHARS),
);
export const entityId = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(LIMITS.entityIdLength),
  v.regex(ENTITY_ID_RE, 'not an id'),
);
// Generous bound at the boundary; the wall's own maxLength is enforced by the domain.
export const text = v.pipe(v.string(), v.maxLength(LIMITS.statementMaxLength * 4));
export const role = v.picklist(['participant', 'chair', 'projector', 'organizer']);
export const language = v.picklist(['nl', 'en']);

export const title = v.pipe(v.string(), v.maxLength(LIMITS.titleLength));

/** A kind's `activity.create` frame: the kind's literal and the schema of its config. */
export const activityCreate = <K extends string, C extends v.GenericSchema>(kind: K, config: C) =>
  v.object({
    type: v.literal('activity.create'),
    id: clientId,
    kind: v.literal(kind),
    title,
    config,
  });

export const optionId = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(32),
  v.regex(CLIENT_ID_RE, CLIENT_CHARS),
);
/** Rows that carry an `optionId` beside their own fields: a poll's options, a round's steps. */
export const rowsWithId = <E extends v.ObjectEntries>(entries: E) =>
  v.array(v.strictObject({ id: optionId, ...entries }));
/** A string of at most `max` characters. */
export const upTo = (max: number) => v.pipe(v.string(), v.maxLength(max));
/** A wall's, Q&A's or round's own text limit: the domain holds texts to it. */
export const textMaxLength = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(10),
  v.maxValue(LIMITS.statementMaxLength),
);
export const moderation = v.picklist(['pre', 'post']);
