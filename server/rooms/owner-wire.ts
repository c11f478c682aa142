// What instances say to a room's owner over its channel (SCALE-21, SCALE-40): a forwarded
// command or server write, and the answer; and the owner's stand-in for a socket elsewhere.

import type { Role } from '../../shared/model.js';
import type { Actor } from '../domain/types.js';
import { frameRoleOf, type FrameRole } from '../domain/views.js';
import type { ChairCredential, Conn } from './conn.js';

const ROLES: readonly string[] = ['participant', 'chair', 'projector', 'organizer'];

export type Reply =
  { frames: string[] } | { notOwner: true } | { done: number } | { failed: 'busy' | 'unavailable' };

export interface Request {
  t: 'req';
  id: string;
  from: string;
  room: string;
  client: string;
  role: Role;
  credential?: ChairCredential;
  actor: Actor;
  cmd: string;
}

/** The owner's stand-in for a socket on another instance: keeps what the room sends it. */
export class ForwardedConn implements Conn {
  stale = false;
  staleSince = 0;
  readonly frames: string[] = [];
  readonly viewRole: FrameRole;
  constructor(
    readonly role: Role,
    readonly participantId: string | undefined,
    readonly credential?: ChairCredential,
  ) {
    this.viewRole = frameRoleOf(role);
  }
  send(frame: string): void {
    this.frames.push(frame);
  }
  buffered(): number {
    return 0;
  }
  close(): void {}
}

export function asRequest(m: Record<string, unknown>): Request | null {
  const { t, id, from, room, client, role, credential, actor, cmd } = m;
  if (t !== 'req' || typeof id !== 'string' || typeof from !== 'string') return null;
  if (typeof room !== 'string' || typeof client !== 'string' || typeof cmd !== 'string') {
    return null;
  }
  if (typeof role !== 'string' || !ROLES.includes(role)) return null;
  if (credential !== undefined && credential !== 'event' && credential !== 'room') return null;
  if (typeof actor !== 'object' || actor === null) return null;
  const a = actor as Record<string, unknown>;
  if (typeof a.role !== 'string' || !ROLES.includes(a.role)) return null;
  if (a.participantId !== undefined && typeof a.participantId !== 'string') return null;
  if (a.since !== undefined && typeof a.since !== 'number') return null;
  if (a.presenter !== undefined && a.presenter !== true) return null;
  return m as unknown as Request;
}
