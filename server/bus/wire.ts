// What travels on the Redis channel: a committed Change as JSON, or {"notice": Notice}.
// Everything that arrives is checked, since anyone with access to Redis can publish.

import type { Role } from '../../shared/model.js';
import type { Change } from '../domain/types.js';
import type { Notice, PresenceCounts } from './types.js';

export type Message = { kind: 'change'; change: Change } | { kind: 'notice'; notice: Notice };

const ROLES: readonly string[] = ['participant', 'chair', 'projector', 'organizer'];

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const encodeChange = (change: Change): string => JSON.stringify(change);
export const encodeNotice = (notice: Notice): string => JSON.stringify({ notice });

function asChange(v: Record<string, unknown>): Change | null {
  const { roomId, seq, clientId, actor, at, event } = v;
  if (typeof roomId !== 'string' || !Number.isSafeInteger(seq) || (seq as number) < 1) return null;
  if (clientId !== null && typeof clientId !== 'string') return null;
  if (!isObject(actor) || typeof actor.role !== 'string') return null;
  if (typeof at !== 'number' || !isObject(event) || typeof event.type !== 'string') return null;
  return v as unknown as Change;
}

function asNotice(v: unknown): Notice | null {
  if (!isObject(v)) return null;
  if (v.type === 'event.changed') {
    return typeof v.eventId === 'string' ? { type: 'event.changed', eventId: v.eventId } : null;
  }
  if (v.type === 'rotation.changed') {
    return typeof v.eventId === 'string' ? { type: 'rotation.changed', eventId: v.eventId } : null;
  }
  if (v.type === 'presence') return asPresence(v);
  if (v.type !== 'room.disconnect') return null;
  const { roomId, code, reason, roles, unload, credential } = v;
  if (credential !== undefined && credential !== 'event' && credential !== 'room') return null;
  if (typeof roomId !== 'string' || !Number.isInteger(code) || typeof reason !== 'string') {
    return null;
  }
  if (typeof unload !== 'boolean') return null;
  if (roles !== null && !(Array.isArray(roles) && roles.every((r) => ROLES.includes(r)))) {
    return null;
  }
  return {
    type: 'room.disconnect',
    roomId,
    code: code as number,
    reason,
    roles: roles as Role[] | null,
    unload,
    ...(credential ? { credential } : {}),
  };
}

const isCount = (n: unknown) => Number.isSafeInteger(n) && (n as number) >= 0;

function asPresence(v: Record<string, unknown>): Notice | null {
  const { instance, rooms } = v;
  if (typeof instance !== 'string' || !isObject(rooms)) return null;
  const out: Record<string, PresenceCounts> = {};
  for (const [roomId, c] of Object.entries(rooms)) {
    if (!isObject(c) || !isCount(c.participants) || !isCount(c.chairs) || !isCount(c.projectors)) {
      return null;
    }
    const groups = c.groups;
    if (groups !== undefined && !(isObject(groups) && Object.values(groups).every(isCount)))
      return null;
    out[roomId] = {
      participants: c.participants as number,
      chairs: c.chairs as number,
      projectors: c.projectors as number,
      ...(groups ? { groups: groups as Record<string, number> } : {}),
    };
  }
  return { type: 'presence', instance, rooms: out };
}

/** A message from the wire, or null when it is not one of ours. */
export function parseMessage(raw: string): Message | null {
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isObject(v)) return null;
  if ('notice' in v) {
    const notice = asNotice(v.notice);
    return notice ? { kind: 'notice', notice } : null;
  }
  const change = asChange(v);
  return change ? { kind: 'change', change } : null;
}
