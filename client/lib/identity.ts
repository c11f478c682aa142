import { nanoid } from 'nanoid';
import { readString, writeString } from './storage.js';

const KEY = 'vonk.participantId';

/** The anonymous id of this phone; the server uses it for one-heart-per-person and "mine". */
export function getParticipantId(): string {
  const existing = readString(KEY);
  if (existing && existing.length > 0 && existing.length <= 64) return existing;
  const made = nanoid();
  writeString(KEY, made);
  return made;
}

/** The server may hand out a different id (for example when ours was unusable); keep that one. */
export function adoptParticipantId(id: string): void {
  if (id && id !== readString(KEY)) writeString(KEY, id);
}
