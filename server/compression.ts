// Compression of what the server writes per request (JSON, HTML pages, the report). The built
// assets are compressed once at build time and sent as they are (routes/pages.ts); this is for
// the rest, through Hono's own middleware.
//
// BREACH: when a compressed body holds a secret and also text an attacker can choose, the
// compressed length leaks the secret a guess at a time. Vonk's secrets (the organizer token, the
// chair keys) only appear in answers to requests that carry one, so those answers are sent
// uncompressed. Public answers (the phone's event info, the join page) carry no secret.

import type { MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';
import { COMPRESSIBLE_CONTENT_TYPE_REGEX } from 'hono/utils/compress';

/** Bodies smaller than this gain less than the header costs. */
export const COMPRESS_THRESHOLD = 1024;

/** The query parameters that carry a secret: the organizer token and a chair key. */
const SECRET_PARAMS = ['t', 'k'] as const;

/** Text that shrinks; never a stream of events, which must reach the browser as it is written. */
function compressible(type: string): boolean {
  return !/^\s*text\/event-stream/i.test(type) && COMPRESSIBLE_CONTENT_TYPE_REGEX.test(type);
}

export function compressDynamic(): MiddlewareHandler {
  const gzip = compress({ threshold: COMPRESS_THRESHOLD, contentTypeFilter: compressible });
  // Hono's middleware applies its threshold to Content-Length, which c.json() and c.html() do
  // not set; the body is already whole in memory, so measuring it costs a copy.
  const withLength: MiddlewareHandler = async (c, next) => {
    await next();
    const res = c.res;
    const type = res.headers.get('Content-Type') ?? '';
    if (!res.body || res.headers.has('Content-Length') || res.headers.has('Content-Encoding'))
      return;
    if (!compressible(type)) return;
    const bytes = await res.arrayBuffer();
    c.res = new Response(bytes, res);
    c.res.headers.set('Content-Length', String(bytes.byteLength));
  };
  return async (c, next) => {
    const url = new URL(c.req.url);
    const carriesSecret =
      c.req.header('authorization') !== undefined ||
      SECRET_PARAMS.some((p) => url.searchParams.has(p));
    // The WebSocket upgrade is answered outside Hono; this is only a second line of defence.
    if (carriesSecret || url.pathname === '/ws') {
      await next();
      return;
    }
    await gzip(c, async () => {
      await withLength(c, next);
    });
  };
}
