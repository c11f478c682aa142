// Who may see which rooms of an event: one place for the exports, the printable report and the
// agenda templates. The organizer token (`Authorization: Bearer` or `?t=`) and the event's chair
// secret open every room; a room's chair secret (`?k=`) opens that room only.

import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isValidCode, normalizeCode } from '../../shared/limits.js';
import type { EventService } from '../events.js';
import type { EventRecord, RoomRecord, Store } from '../store/types.js';
import { bearer } from './auth.js';

export interface ScopeDeps {
  store: Store;
  events: EventService;
  isAdmin(token: string | undefined): boolean;
}

export interface Scope {
  event: EventRecord;
  /** The rooms asked for and allowed, in the event's order. */
  rooms: RoomRecord[];
  /** Who asked: the organizer, the event's chair, or one room's chair. */
  caller: 'organizer' | 'event-chair' | 'room-chair';
  /** True when the caller sees every room of the event (nothing narrowed it). */
  complete: boolean;
}

export interface ScopeRefusal {
  status: ContentfulStatusCode;
  code: 'not_found' | 'forbidden' | 'unauthorized';
  message: string;
  field?: string;
  /** The event, when it is known: a refusal page is in its language. */
  event: EventRecord | null;
}

export type ScopeResult = { ok: true; scope: Scope } | { ok: false; refusal: ScopeRefusal };

/** The organizer token of a request: the Bearer header, or `?t=` for links that are opened. */
export function organizerToken(c: Context): string | undefined {
  return bearer(c) ?? c.req.query('t');
}

/**
 * The event of `:code` and the rooms the caller may see. `wanted` (from `?room=` or a body)
 * narrows to those rooms; a room the caller's link does not open is a refusal, not a silent drop.
 */
export async function resolveScope(
  deps: ScopeDeps,
  c: Context,
  wanted: string[] | undefined = roomQuery(c),
): Promise<ScopeResult> {
  const refuse = (
    status: ContentfulStatusCode,
    code: ScopeRefusal['code'],
    message: string,
    event: EventRecord | null,
    field?: string,
  ): ScopeResult => ({
    ok: false,
    refusal: { status, code, message, event, ...(field ? { field } : {}) },
  });
  const code = normalizeCode(c.req.param('code') ?? '');
  const event = isValidCode(code) ? await deps.store.getEventByCode(code) : null;
  if (!event) return refuse(404, 'not_found', 'unknown event code', null);
  const token = organizerToken(c);
  const key = c.req.query('k');
  const rooms = await deps.store.listRooms(event.id);

  let caller: Scope['caller'] | null = null;
  let allowed: RoomRecord[] = [];
  if (token !== undefined && deps.isAdmin(token)) [caller, allowed] = ['organizer', rooms];
  else if (key !== undefined && deps.events.chairAllowed(event, null, key)) {
    [caller, allowed] = ['event-chair', rooms];
  } else if (key !== undefined) {
    const own = rooms.find((r) => deps.events.chairAllowed(event, r, key));
    if (own) [caller, allowed] = ['room-chair', [own]];
  }
  if (caller === null) {
    if (key !== undefined) return refuse(403, 'forbidden', 'wrong or revoked chair link', event);
    return refuse(
      401,
      'unauthorized',
      'the chair link key (?k=) or the organizer token (Authorization: Bearer …) is required',
      event,
    );
  }
  if (wanted !== undefined) {
    for (const id of wanted) {
      if (!rooms.some((r) => r.id === id))
        return refuse(404, 'not_found', 'unknown room', event, 'room');
      if (!allowed.some((r) => r.id === id)) {
        return refuse(403, 'forbidden', 'this chair link opens another room', event, 'room');
      }
    }
    const set = new Set(wanted);
    allowed = allowed.filter((r) => set.has(r.id));
  }
  return {
    ok: true,
    scope: { event, rooms: allowed, caller, complete: allowed.length === rooms.length },
  };
}

function roomQuery(c: Context): string[] | undefined {
  const room = c.req.query('room');
  return room === undefined ? undefined : [room];
}
