// The `Idempotency-Key` header of the organizer's writes into many rooms (CONTENT-5): the same
// key builds the same change ids (and the same new activity ids) in each room, so a request
// sent again after a 503 or a lost answer lands once per room.

import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { jsonError } from './errors.js';

const KEY = /^[A-Za-z0-9_-]{8,36}$/;

/** The request's key: none, a valid one, or the error answer for a malformed one. */
export function idempotencyKey(
  c: Context,
): { ok: true; key: string | null } | { ok: false; res: Response } {
  const raw = c.req.header('idempotency-key');
  if (raw === undefined) return { ok: true, key: null };
  if (!KEY.test(raw))
    return {
      ok: false,
      res: jsonError(
        c,
        400,
        'invalid',
        'Idempotency-Key: 8 to 36 letters, digits, "-" or "_"',
        'Idempotency-Key',
      ),
    };
  return { ok: true, key: raw };
}

/** A short id made from the key, the room and a counter: the same on every re-send. */
export function keyedId(key: string, roomId: string, n: number): string {
  return createHash('sha256').update(`${key}\n${roomId}\n${n}`).digest('base64url').slice(0, 10);
}
