// The organizer's notice to many rooms (NOTICE-1…8): POST sends one to all rooms, the parallel
// ones, an arrangement or chosen rooms; GET lists the notices still active; DELETE withdraws one.
// Everything is checked before anything is sent; then every room gets the notice as a change in
// its own log, all in one store transaction (NOTICE-10): stored, on the bus to every instance,
// in the snapshot after a reconnect, or, when any room fails, in none of them.

import { Hono } from 'hono';
import { nanoid } from 'nanoid';
import { noticeSummaries } from '../../shared/notice.js';
import { NoticeRequestSchema, type NoticeEvent } from '../domain/notice.js';
import type { LiveRoom } from '../rooms/room.js';
import type { RoomRecord } from '../store/types.js';
import { jsonError, readBody } from './errors.js';
import { organizerRoutes } from './organizer-route.js';
import { roomTargets, type OrganizerDeps } from './room-targets.js';

type Deps = OrganizerDeps;

async function liveRooms(deps: Deps, records: RoomRecord[]): Promise<LiveRoom[]> {
  const rooms = await Promise.all(records.map((r) => deps.registry.get(r.id)));
  return rooms.filter((r): r is LiveRoom => r !== null);
}

/** One notice (or its withdrawal) on its way to the rooms of one event. */
type Sending = { eventId: string; rooms: LiveRoom[]; clientId: string; event: NoticeEvent };

type Sent = { ok: true } | { ok: false; status: 409 | 503; code: string; message: string };

/**
 * The notice to every room in one store transaction (NOTICE-10): a room deleted meanwhile, or a
 * store that fails half-way, leaves no room holding it, and the answer says nothing was sent.
 */
async function allOrNothing(deps: Deps, s: Sending): Promise<Sent> {
  const change = {
    clientId: s.clientId,
    actor: { role: 'organizer' as const },
    at: Date.now(),
    event: s.event,
  };
  try {
    await deps.registry.commitToRooms(s.rooms.map((r) => ({ roomId: r.id, change })));
    return { ok: true };
  } catch {
    const still = new Set((await deps.store.listRooms(s.eventId).catch(() => [])).map((r) => r.id));
    if (s.rooms.some((r) => !still.has(r.id)))
      return {
        ok: false,
        status: 409,
        code: 'conflict',
        message: 'a room was deleted meanwhile; nothing was sent',
      };
    return { ok: false, status: 503, code: 'unavailable', message: 'not stored; nothing was sent' };
  }
}

/**
 * One instance: every room in one transaction, all or nothing (NOTICE-10). Several instances:
 * each room's owner commits its copy (SCALE-40), after every target was checked above.
 */
async function sendToAll(deps: Deps, s: Sending): Promise<Sent> {
  if (!s.rooms.some((r) => r.writesThroughOwner)) return allOrNothing(deps, s);
  const changes = [{ clientId: s.clientId, event: s.event }];
  await Promise.all(s.rooms.map((room) => room.write({ t: 'changes', changes })));
  return { ok: true };
}

export function noticeRoutes(deps: Deps): Hono {
  const api = new Hono();
  const { organizer } = organizerRoutes(deps, 'missing or wrong organizer token');

  api.post(
    '/events/:code/notices',
    organizer(async (c, ev) => {
      const parsed = await readBody(c, NoticeRequestSchema, { fieldInMessage: true });
      if (!parsed.ok) return parsed.response;
      const req = parsed.value;

      // Which rooms: every one, the parallel ones, one arrangement, or chosen ids; all checked first.
      const all = await deps.store.listRooms(ev.id);
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
      const clientId = `notice:${notice.id}`;
      const sent = await sendToAll(deps, { eventId: ev.id, rooms, clientId, event });
      if (!sent.ok) return jsonError(c, sent.status, sent.code, sent.message);
      return c.json({ ...notice, rooms: rooms.map((r) => r.id) }, 201);
    }),
  );

  api.get(
    '/events/:code/notices',
    organizer(async (c, ev) => {
      const rows = [];
      for (const rec of await deps.store.listRooms(ev.id)) {
        const room = await deps.registry.get(rec.id);
        if (room) rows.push({ name: rec.name, activeNotice: room.state.room.notice ?? null });
      }
      return c.json({ notices: noticeSummaries(rows) });
    }),
  );

  api.delete(
    '/events/:code/notices/:id',
    organizer(async (c, ev) => {
      const id = c.req.param('id') ?? '';
      const rooms = (await liveRooms(deps, await deps.store.listRooms(ev.id))).filter(
        (r) => r.state.room.notice?.id === id,
      );
      if (rooms.length === 0)
        return jsonError(c, 404, 'not_found', 'no room shows this notice (any more)');
      const event: NoticeEvent = { type: 'notice.withdrawn', noticeId: id };
      const clientId = `notice-off:${id}`;
      const gone = await sendToAll(deps, { eventId: ev.id, rooms, clientId, event });
      if (!gone.ok) return jsonError(c, gone.status, gone.code, gone.message);
      return c.json({ id, rooms: rooms.map((r) => r.id) });
    }),
  );

  return api;
}
