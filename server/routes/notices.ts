// The organizer's notice to many rooms (NOTICE-1…8): POST sends one to all rooms, the parallel
// ones, an arrangement or chosen rooms; GET lists the notices still active; DELETE withdraws one.
// Everything is checked before anything is sent; each room then gets the notice as a change in
// its own log (stored, on the bus to every instance, in the snapshot after a reconnect).

import { Hono, type Context } from 'hono';
import { nanoid } from 'nanoid';
import * as v from 'valibot';
import { isValidCode, normalizeCode } from '../../shared/limits.js';
import type { NoticeView } from '../../shared/notice.js';
import { NoticeRequestSchema, type NoticeEvent } from '../domain/notice.js';
import type { LiveRoom } from '../rooms/room.js';
import type { EventRecord, RoomRecord } from '../store/types.js';
import { bearer } from './auth.js';
import { badBody, firstIssue, jsonError, readJson } from './errors.js';
import { roomTargets, type OrganizerDeps } from './room-targets.js';

type Deps = OrganizerDeps;

type Found = { ok: true; event: EventRecord } | { ok: false; res: Response };

async function organizerEvent(c: Context, deps: Deps): Promise<Found> {
  if (!deps.isAdmin(bearer(c)))
    return {
      ok: false,
      res: jsonError(c, 401, 'unauthorized', 'missing or wrong organizer token'),
    };
  const code = normalizeCode(c.req.param('code') ?? '');
  const event = isValidCode(code) ? await deps.store.getEventByCode(code) : null;
  if (!event) return { ok: false, res: jsonError(c, 404, 'not_found', 'unknown event code') };
  return { ok: true, event };
}

async function liveRooms(deps: Deps, records: RoomRecord[]): Promise<LiveRoom[]> {
  const rooms = await Promise.all(records.map((r) => deps.registry.get(r.id)));
  return rooms.filter((r): r is LiveRoom => r !== null);
}

export function noticeRoutes(deps: Deps): Hono {
  const api = new Hono();

  api.post('/events/:code/notices', async (c) => {
    const found = await organizerEvent(c, deps);
    if (!found.ok) return found.res;
    const body = await readJson(c);
    if (!body.ok) return badBody(c, body, 'body must be JSON');
    const parsed = v.safeParse(NoticeRequestSchema, body.value);
    if (!parsed.success) {
      const { field, message } = firstIssue(parsed.issues);
      return jsonError(c, 400, 'invalid', field ? `${field}: ${message}` : message, field);
    }
    const req = parsed.output;

    // Which rooms: every one, the parallel ones, one arrangement, or chosen ids; all checked first.
    const all = await deps.store.listRooms(found.event.id);
    const chosen = roomTargets(all, req.rooms);
    if (!chosen.ok)
      return 'unknownRoom' in chosen
        ? jsonError(
            c,
            400,
            'invalid',
            `rooms: no room "${chosen.unknownRoom}" in this event`,
            'rooms',
          )
        : jsonError(
            c,
            400,
            'invalid',
            `rooms.arrangement: no room has the arrangement "${chosen.arrangement}"`,
            'rooms.arrangement',
          );
    const targets = chosen.rooms;
    if (targets.length === 0)
      return jsonError(c, 400, 'invalid', 'rooms: no rooms to send it to', 'rooms');
    const rooms = await liveRooms(deps, targets);
    if (rooms.length !== targets.length)
      return jsonError(c, 409, 'conflict', 'a room was deleted meanwhile; nothing was sent');

    const notice = {
      id: nanoid(10),
      text: req.text,
      audience: [...new Set(req.audience)],
      sentAt: Date.now(),
    };
    const event: NoticeEvent = { type: 'notice.sent', notice };
    await Promise.all(
      rooms.map((room) =>
        room.appendServerChanges(() => [{ clientId: `notice:${notice.id}`, event }]),
      ),
    );
    return c.json({ ...notice, rooms: rooms.map((r) => r.id) }, 201);
  });

  api.get('/events/:code/notices', async (c) => {
    const found = await organizerEvent(c, deps);
    if (!found.ok) return found.res;
    const rooms = await liveRooms(deps, await deps.store.listRooms(found.event.id));
    const byId = new Map<
      string,
      Omit<NoticeView, 'seenAt'> & { rooms: number; toConfirm: number; confirmed: number }
    >();
    for (const room of rooms) {
      const n = room.state.room.notice;
      if (!n) continue;
      let row = byId.get(n.id);
      if (!row) {
        const { seenAt: _, ...rest } = n;
        byId.set(n.id, (row = { ...rest, rooms: 0, toConfirm: 0, confirmed: 0 }));
      }
      row.rooms++;
      if (n.audience.includes('chairs')) {
        row.toConfirm++;
        if (n.seenAt !== null) row.confirmed++;
      }
    }
    return c.json({ notices: [...byId.values()].sort((a, b) => b.sentAt - a.sentAt) });
  });

  api.delete('/events/:code/notices/:id', async (c) => {
    const found = await organizerEvent(c, deps);
    if (!found.ok) return found.res;
    const id = c.req.param('id');
    const rooms = (await liveRooms(deps, await deps.store.listRooms(found.event.id))).filter(
      (r) => r.state.room.notice?.id === id,
    );
    if (rooms.length === 0)
      return jsonError(c, 404, 'not_found', 'no room shows this notice (any more)');
    const event: NoticeEvent = { type: 'notice.withdrawn', noticeId: id };
    await Promise.all(
      rooms.map((room) =>
        room.appendServerChanges(() => [{ clientId: `notice-off:${id}`, event }]),
      ),
    );
    return c.json({ id, rooms: rooms.map((r) => r.id) });
  });

  return api;
}
