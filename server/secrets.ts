// Capability secrets. Chair secrets are derived from an instance key (so the organizer can
// show a chair link again) and stored only as a hash; comparisons are constant-time.

import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { customAlphabet } from 'nanoid';
import { CODE_ALPHABET, CODE_LENGTH } from '../shared/limits.js';

export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

export function newKey(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export const newJoinCode = customAlphabet(CODE_ALPHABET, CODE_LENGTH);

/** The chair secret for an event (roomId null) or one room, at a given link version. */
export function chairSecret(
  hmacKey: string,
  eventId: string,
  roomId: string | null,
  version: number,
) {
  return createHmac('sha256', hmacKey)
    .update(`chair:${eventId}:${roomId ?? '*'}:${version}`)
    .digest('base64url')
    .slice(0, 24);
}

/**
 * The speaker link's secret of a room (DECK-7): it lets the speaker screen move the slides of a
 * deck on screen, nothing else. Derived from the room's chair link version, so revoking the
 * chair link revokes it too.
 */
export function speakerSecret(hmacKey: string, eventId: string, roomId: string, version: number) {
  return createHmac('sha256', hmacKey)
    .update(`speaker:${eventId}:${roomId}:${version}`)
    .digest('base64url')
    .slice(0, 24);
}

/** Compares a candidate secret with a stored sha256 hash in constant time. */
export function matchesHash(candidate: string | undefined, hash: string | null): boolean {
  if (!candidate || !hash) return false;
  const a = Buffer.from(sha256(candidate), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
