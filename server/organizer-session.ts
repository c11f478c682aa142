// The organizer's session cookie (AUTH-10): the first visit with `/o?t=TOKEN` trades the token
// for an HttpOnly, SameSite=Strict cookie and is redirected to `/o`, so the token leaves the
// address bar and the history. The cookie's value is derived from the stored hash of the token,
// so every instance accepts it and `--new-organizer-token` ends every session with the token.

import { createHmac, timingSafeEqual } from 'node:crypto';

export const ORGANIZER_COOKIE = 'vonk_organizer';

/** The session value for the organizer token with this sha256. */
export const sessionFor = (tokenHash: string): string =>
  createHmac('sha256', tokenHash).update('vonk organizer session v1').digest('base64url');

export function sameSecret(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** One cookie's value from a Cookie header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export function sessionCookie(value: string, secure: boolean): string {
  return [
    `${ORGANIZER_COOKIE}=${value}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    // Long enough for a conference week; the token itself does not expire.
    'Max-Age=1209600',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}
