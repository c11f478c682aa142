import type { Context } from 'hono';
import { ORGANIZER_COOKIE, readCookie } from '../organizer-session.js';

/**
 * The token of an `Authorization: Bearer …` header (the scheme name is case-insensitive), or
 * else the organizer's session cookie, which the organizer check accepts like the token
 * (AUTH-10). The cookie is SameSite=Strict, so another site's requests never carry it.
 */
export function bearer(c: Context): string | undefined {
  const h = c.req.header('authorization');
  const m = h ? /^Bearer\s+(.+)$/i.exec(h) : null;
  return m?.[1]?.trim() ?? readCookie(c.req.header('cookie'), ORGANIZER_COOKIE);
}
