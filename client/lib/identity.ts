// The participant's id and its token per event, kept on the phone and sent in every hello.
import { nanoid } from 'nanoid';
import { normalizeCode } from '../../shared/limits.js';
import { readString, writeString } from './storage.js';

const KEY = 'vonk.participantId';
/** The server's token for this phone's identity, one per event (AUTH-8). */
const tokenKey = (eventCode: string) => `vonk.token.${normalizeCode(eventCode)}`;

/** The anonymous id of this phone; the server uses it for one-heart-per-person and "mine". */
export function getParticipantId(): string {
  const existing = readString(KEY);
  if (existing && /^[A-Za-z0-9_-]{8,64}$/.test(existing)) return existing;
  const made = nanoid();
  writeString(KEY, made);
  return made;
}

/** The server may hand out a different id (for example when ours was unusable); keep that one. */
export function adoptParticipantId(id: string): void {
  if (id && id !== readString(KEY)) writeString(KEY, id);
}

/** The token the server gave this phone for the event, sent in every hello. */
export function getParticipantToken(eventCode: string): string | null {
  return readString(tokenKey(eventCode));
}

/** Keeps the token of the welcome, so the phone stays the same participant after a reload. */
export function keepParticipantToken(eventCode: string, token: string): void {
  if (token !== readString(tokenKey(eventCode))) writeString(tokenKey(eventCode), token);
}
