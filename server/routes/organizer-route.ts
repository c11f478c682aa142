// Routes for the organizer alone, on the event of `:code`: the token checked first, so an unknown
// code is a 404 only for those who may know; with `body`, the JSON body checked against a schema.

import type { Context } from 'hono';
import type * as v from 'valibot';
import { isValidCode, normalizeCode } from '../../shared/limits.js';
import type { EventRecord, Store } from '../store/types.js';
import { bearer } from './auth.js';
import { jsonError, withBody } from './errors.js';

type Handler = (c: Context, event: EventRecord) => Promise<Response>;

export function organizerRoutes(
  deps: { store: Pick<Store, 'getEventByCode'>; isAdmin(token: string | undefined): boolean },
  /** The 401's message: what the caller should send. */
  unauthorized: string,
) {
  const organizer =
    (handler: Handler) =>
    async (c: Context): Promise<Response> => {
      if (!deps.isAdmin(bearer(c))) return jsonError(c, 401, 'unauthorized', unauthorized);
      const code = normalizeCode(c.req.param('code') ?? '');
      const event = isValidCode(code) ? await deps.store.getEventByCode(code) : null;
      if (!event) return jsonError(c, 404, 'not_found', 'unknown event code');
      return handler(c, event);
    };
  const organizerBody = <S extends v.GenericSchema>(
    schema: S,
    handler: (c: Context, event: EventRecord, body: v.InferOutput<S>) => Promise<Response>,
  ) => organizer(withBody(schema, handler));
  return { organizer, organizerBody };
}
