// An event's logo: uploaded by the organizer or the event's chair as the raw image, served to
// every screen under a URL named by its hash, so it can be cached for a year and a new logo is
// simply a new URL. Only PNG, JPEG and WebP, recognised by their first bytes: never SVG, which
// can carry script, and never whatever the Content-Type header claims. The structure is walked
// and the size read from the header (image-header.ts): at most 4096 pixels a side.

import { createHash } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { logoPath } from '../../shared/brand.js';
import { isValidCode, normalizeCode } from '../../shared/limits.js';
import type { EventRecord } from '../store/types.js';
import type { ApiDeps } from './api-events.js';
import { bearer } from './auth.js';
import { checkImage } from '../image-header.js';
import { jsonError, needKey } from './errors.js';

export const LOGO_MAX_BYTES = 512 * 1024;
const YEAR_S = 365 * 24 * 60 * 60;

/** The same as the events API's. */
export type BrandingDeps = ApiDeps;

export function brandingRoutes(deps: BrandingDeps): Hono {
  const api = new Hono();

  const find = async (c: Context): Promise<EventRecord | null> => {
    const code = normalizeCode(c.req.param('code') ?? '');
    return isValidCode(code) ? deps.store.getEventByCode(code) : null;
  };

  /** The organizer (Bearer) or the event's chair (`?k=` of the event-wide chair link). */
  const allowed = (c: Context, event: EventRecord): Response | null => {
    const token = bearer(c);
    if (token !== undefined && deps.isAdmin(token)) return null;
    const key = c.req.query('k');
    if (key !== undefined && deps.events.chairAllowed(event, null, key)) return null;
    if (key !== undefined)
      return jsonError(c, 403, 'forbidden', "the event's chair link is needed (not a room's)");
    return needKey(c);
  };

  const tooLarge = (c: Context) => {
    c.header('Connection', 'close');
    return jsonError(c, 413, 'too_large', `a logo may be at most ${LOGO_MAX_BYTES / 1024} KB`);
  };

  api.put(
    '/events/:code/logo',
    bodyLimit({ maxSize: LOGO_MAX_BYTES, onError: tooLarge }),
    async (c) => {
      const event = await find(c);
      if (!event) return jsonError(c, 404, 'not_found', 'unknown event code');
      const refused = allowed(c, event);
      if (refused) return refused;
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      if (bytes.length === 0)
        return jsonError(c, 400, 'invalid', 'send the image itself as the request body');
      if (bytes.length > LOGO_MAX_BYTES) return tooLarge(c);
      const image = checkImage(bytes);
      if (!image.ok) {
        return image.unsupported
          ? jsonError(c, 415, 'unsupported_type', image.message)
          : jsonError(c, 400, 'invalid_image', image.message);
      }
      const { mime } = image;
      const hash = createHash('sha256').update(bytes).digest('hex');
      await deps.store.setLogo(event.id, { hash, mime, bytes, createdAt: Date.now() });
      await deps.registry.refreshEventInfo(event.id);
      return c.json(
        {
          logoUrl: logoPath(event.code, hash),
          mime,
          bytes: bytes.length,
          width: image.width,
          height: image.height,
        },
        201,
      );
    },
  );

  api.delete('/events/:code/logo', async (c) => {
    const event = await find(c);
    if (!event) return jsonError(c, 404, 'not_found', 'unknown event code');
    const refused = allowed(c, event);
    if (refused) return refused;
    await deps.store.setLogo(event.id, null);
    await deps.registry.refreshEventInfo(event.id);
    return c.body(null, 204);
  });

  api.get('/events/:code/logo/:hash', async (c) => {
    const event = await find(c);
    const logo = event ? await deps.store.getLogo(event.id) : null;
    if (!logo || logo.hash !== c.req.param('hash'))
      return jsonError(c, 404, 'not_found', 'no such logo (the event has none, or a newer one)');
    c.header('Content-Type', logo.mime);
    c.header('Cache-Control', `public, max-age=${YEAR_S}, immutable`);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Content-Length', String(logo.bytes.length));
    return c.body(logo.bytes as Uint8Array<ArrayBuffer>);
  });

  return api;
}
