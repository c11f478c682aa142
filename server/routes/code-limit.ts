// Join codes looked up over HTTP are limited per address like the WebSocket path (ABUSE-8):
// every lookup takes from the address's join budget, and one that finds no event from its
// budget of misses. A hall behind one venue NAT mostly finds its code; a script guessing codes
// mostly does not, and is answered 429 until its budget refills.

import type { Context, MiddlewareHandler } from 'hono';
import type { Limiter } from '../realtime/rate-limit.js';
import { jsonError } from './errors.js';

export function requestIp(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const first = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (first) return first;
  }
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)
    ?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}

export function codeLookupLimit(limiter: Limiter, trustProxy: boolean): MiddlewareHandler {
  // `/x/:code` and `/x/:code/*` can both match one path: a request is counted once.
  const seen = new WeakSet<Request>();
  return async (c, next) => {
    if (seen.has(c.req.raw)) return next();
    seen.add(c.req.raw);
    const ip = requestIp(c, trustProxy);
    const wait = await limiter.codeLookup(ip);
    if (wait > 0) {
      const s = Math.ceil(wait / 1000);
      c.header('Retry-After', String(s));
      return jsonError(
        c,
        429,
        'rate_limited',
        `too many join codes looked up from this address; try again in ${s} s`,
      );
    }
    await next();
    if (c.res.status === 404) limiter.codeMiss(ip);
  };
}

/** The routes that look an event (or a group) up by its code in the path. */
export const CODE_PATHS = [
  '/api/events/:code',
  '/api/events/:code/*',
  '/j/:code',
  '/j/:code/*',
  '/p/:code',
  '/p/:code/*',
  '/s/:code',
  '/s/:code/*',
  '/c/:code',
  '/c/:code/*',
  '/r/:code',
  '/o/:code/*',
  // A group's join code (ROT-5) is guessed no more cheaply than an event's.
  '/g/:code',
  '/api/groups/:code',
];
