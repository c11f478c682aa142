import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import * as v from 'valibot';
import type { ApiErrorBody } from '../../shared/api-types.js';
import { CONTROL_MESSAGE, findControl } from '../../shared/text-check.js';

/** Every API error has one shape: { error: { code, message, field? } }. */
export function jsonError(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  field?: string,
) {
  const body: ApiErrorBody = { error: field ? { code, message, field } : { code, message } };
  return c.json(body, status);
}

/** The 401 for a request with neither the organizer token nor a chair link's secret. */
export const needKey = (c: Context) =>
  jsonError(
    c,
    401,
    'unauthorized',
    'send the organizer token (Authorization: Bearer …) or the chair link secret (?k=)',
  );

export type JsonBody = { ok: true; value: unknown } | { ok: false; field?: string };

/**
 * Reads a JSON body. Not ok when it is not JSON (the caller answers 400), or when a string in
 * it holds a control character: then `field` names it (ABUSE-5).
 */
export async function readJson(c: Context): Promise<JsonBody> {
  let value: unknown;
  try {
    value = await c.req.json();
  } catch {
    return { ok: false };
  }
  const field = findControl(value);
  return field ? { ok: false, field } : { ok: true, value };
}

/** The 400 for a body readJson refused: the field with a control character, or `fallback`. */
export function badBody(c: Context, body: { ok: false; field?: string }, fallback: string) {
  return body.field
    ? jsonError(c, 400, 'invalid', `${body.field}: ${CONTROL_MESSAGE}`, body.field)
    : jsonError(c, 400, 'invalid', fallback);
}

/**
 * Reads a JSON body and checks it against a schema: its output, or the 400 to answer (not JSON,
 * a control character, or the schema's first issue with its field; with `fieldInMessage` the
 * message starts with that field too: "audience: …").
 */
export async function readBody<S extends v.GenericSchema>(
  c: Context,
  schema: S,
  opts: { fieldInMessage?: boolean } = {},
): Promise<{ ok: true; value: v.InferOutput<S> } | { ok: false; response: Response }> {
  const body = await readJson(c);
  if (!body.ok) return { ok: false, response: badBody(c, body, 'body must be JSON') };
  const parsed = v.safeParse(schema, body.value);
  if (parsed.success) return { ok: true, value: parsed.output };
  const { field, message } = firstIssue(parsed.issues);
  const text = field && opts.fieldInMessage ? `${field}: ${message}` : message;
  return { ok: false, response: jsonError(c, 400, 'invalid', text, field) };
}

/** A failed schema's first issue: the dotted path of its field (if any) and its message. */
export function firstIssue(issues: readonly v.BaseIssue<unknown>[]): {
  field?: string;
  message: string;
} {
  const issue = issues[0];
  const field = issue ? (v.getDotPath(issue) ?? undefined) : undefined;
  const message = issue?.message ?? 'invalid';
  return field ? { field, message } : { message };
}

/** A handler that runs only with a body that passed `schema`; otherwise the 400 of readBody. */
export const withBody =
  <S extends v.GenericSchema, T>(
    schema: S,
    handler: (c: Context, target: T, body: v.InferOutput<S>) => Promise<Response>,
  ) =>
  async (c: Context, target: T): Promise<Response> => {
    const parsed = await readBody(c, schema);
    return parsed.ok ? handler(c, target, parsed.value) : parsed.response;
  };
