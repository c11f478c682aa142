// Organizer routes for setting up and looking after an event: rooms in bulk, chair links,
// the live overview, event settings, and deleting an event with everything in it.

import { writePlan } from '../rooms/plan.js';
import type { ChairLinkBody } from '../../shared/api-types.js';
import { Hono } from 'hono';
import * as v from 'valibot';
import { nanoid } from 'nanoid';
import { idempotencyKey } from './idempotency.js';
import { LIMITS } from '../../shared/limits.js';
import { translate } from '../../shared/i18n/index.js';
import { CloseCode } from '../../shared/protocol.js';
import { TEMPLATES, templateByName } from '../domain/setup.js';
import { templateTodo, type TemplateOp } from '../rooms/server-ops.js';
import type { EventService } from '../events.js';
import type { RoomRegistry } from '../rooms/registry.js';
import type { LiveRoom } from '../rooms/room.js';
import { importCsv, importJson, MAX_ROOMS } from '../rooms-import.js';
import type { RoomRecord, Store } from '../store/types.js';
import { hasControl, hasVisible } from '../../shared/text-check.js';
import { badBody, jsonError, readJson } from './errors.js';
import { organizerRoutes } from './organizer-route.js';
import { roomsPreview } from './rooms-preview.js';

export interface RoomsApiDeps {
  store: Store;
  events: EventService;
  registry: RoomRegistry;
  isAdmin(token: string | undefined): boolean;
}

const PatchSchema = v.strictObject({
  name: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.minLength(1),
      v.maxLength(120),
      v.check(hasVisible, 'name shows no visible characters'),
    ),
  ),
  endsAt: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0)))),
  accentColor: v.optional(
    v.nullable(v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #1a6b3c'))),
  ),
  projectorTheme: v.optional(
    v.nullable(v.picklist(['dark', 'light'], 'projectorTheme is "dark" or "light"')),
  ),
});

const TemplateSchema = v.strictObject({
  template: v.pipe(v.string('template is a name, like "rondetafel"'), v.maxLength(40)),
  rooms: v.optional(
    v.union(
      [
        v.picklist(['all', 'parallel']),
        v.pipe(
          v.array(v.pipe(v.string(), v.maxLength(64))),
          v.minLength(1),
          v.maxLength(MAX_ROOMS),
        ),
      ],
      'rooms is "all", "parallel" or a list of room ids',
    ),
  ),
});

export function roomsApi(deps: RoomsApiDeps): Hono {
  const api = new Hono();
  /** Organizer only; an unknown code is 404 only for those who may know. */
  const { organizer, organizerBody } = organizerRoutes(
    deps,
    'missing or wrong organizer token (Authorization: Bearer …)',
  );

  api.post(
    '/events/:code/rooms',
    organizer(async (c, event) => {
      const type = c.req.header('content-type') ?? '';
      let parsed;
      if (/text\/csv|text\/plain/.test(type)) {
        const text = await c.req.text();
        const bad = text.split(/\r?\n/).findIndex(hasControl);
        if (bad >= 0) {
          const msg = `line ${bad + 1}: control characters (such as NUL) are not allowed`;
          return jsonError(c, 400, 'invalid', msg, 'body');
        }
        parsed = importCsv(text);
      } else {
        const body = await readJson(c);
        if (!body.ok) return badBody(c, body, 'send JSON ({"rooms": [...]}) or text/csv');
        parsed = importJson(body.value);
      }
      const existing = new Set(
        (await deps.store.listRooms(event.id)).map((r) => r.name.toLowerCase()),
      );
      // ROOM-9: what would be created, checked whole, and nothing created.
      if (c.req.query('preview') !== undefined) {
        const csv = /text\/csv|text\/plain/.test(type);
        return c.json(roomsPreview(parsed, existing, csv));
      }
      if (!parsed.ok) {
        const first = parsed.problems[0]!;
        return c.json(
          {
            error: {
              code: 'invalid_rooms',
              message: `line ${first.line}: ${first.message}`,
              problems: parsed.problems,
            },
          },
          400,
        );
      }
      const clash = parsed.rooms.find((r) => existing.has(r.name.toLowerCase()));
      if (clash)
        return jsonError(c, 409, 'room_exists', `a room named "${clash.name}" already exists`);
      const rooms = await deps.events.addRooms(event, parsed.rooms);
      await deps.registry.refreshEventInfo(event.id);
      return c.json({ rooms: rooms.map((r) => deps.events.roomLinks(event, r)) }, 201);
    }),
  );

  api.post(
    '/events/:code/chair-link',
    organizer(async (c, event) => {
      const body = await readJson(c);
      if (!body.ok && body.field) return badBody(c, body, '');
      const roomId =
        body.ok && typeof (body.value as { roomId?: unknown })?.roomId === 'string'
          ? (body.value as { roomId: string }).roomId
          : null;
      const room = roomId ? await deps.store.getRoom(roomId) : null;
      if (roomId && (!room || room.eventId !== event.id))
        return jsonError(c, 404, 'not_found', 'unknown room', 'roomId');
      await deps.events.regenerateChairKey(event, room);
      // Only the chairs that came in with the old link are sent away (ROOM-4): a room's chair
      // keeps working when the event's link is replaced, and the other way round.
      const rooms = room ? [room] : await deps.store.listRooms(event.id);
      const reason = translate(event.language, 'chair.revoked');
      for (const r of rooms) {
        deps.registry.disconnect(
          r.id,
          CloseCode.Revoked,
          reason,
          ['chair'],
          false,
          room ? 'room' : 'event',
        );
      }
      const fresh = await deps.store.getEvent(event.id);
      const links = await deps.events.links(fresh!);
      const answer: ChairLinkBody | undefined = room
        ? links.rooms.find((r) => r.id === room.id)
        : { chairUrl: links.chairUrl };
      return c.json(answer);
    }),
  );

  api.patch(
    '/events/:code',
    organizerBody(PatchSchema, async (c, event, body) => {
      await deps.store.updateEvent(event.id, body);
      await deps.registry.refreshEventInfo(event.id);
      return c.json(await deps.events.links((await deps.store.getEvent(event.id))!));
    }),
  );

  api.delete(
    '/events/:code',
    organizer(async (c, event) => {
      await deleteEvent(deps, event.id);
      return c.body(null, 204);
    }),
  );

  // ROOM-7: one template added to many rooms' agendas at once. Every room is checked first; a
  // room whose agenda has no room left stops the whole request before anything is added.
  api.post(
    '/events/:code/template',
    organizerBody(TemplateSchema, async (c, event, body) => {
      const idem = idempotencyKey(c);
      if (!idem.ok) return idem.res;
      const template = templateByName(body.template);
      if (!template) {
        return jsonError(
          c,
          400,
          'invalid',
          `unknown template "${body.template}": use ${TEMPLATES.join(', ')}`,
          'template',
        );
      }
      const all = await deps.store.listRooms(event.id);
      const which = body.rooms ?? 'parallel';
      let targets: RoomRecord[];
      if (which === 'all') targets = all;
      else if (which === 'parallel') targets = all.filter((r) => r.kind !== 'plenary');
      else {
        const byId = new Map(all.map((r) => [r.id, r]));
        const unknown = which.find((id) => !byId.has(id));
        if (unknown) return jsonError(c, 404, 'not_found', `unknown room ${unknown}`, 'rooms');
        targets = [...new Set(which)].map((id) => byId.get(id)!);
      }
      if (targets.length === 0)
        return jsonError(c, 400, 'invalid', 'no rooms to apply it to', 'rooms');
      // The same Idempotency-Key makes the same change ids: a re-send lands once (CONTENT-5),
      // and what a room took already is not counted against its agenda again (ORG-20).
      const request = idem.key ? `key-${idem.key}` : nanoid(8);
      const op: TemplateOp = { t: 'template', template, language: event.language, request };
      const live: { record: RoomRecord; room: LiveRoom }[] = [];
      for (const record of targets) {
        const room = await deps.registry.get(record.id);
        if (!room) return jsonError(c, 404, 'not_found', `unknown room ${record.id}`, 'rooms');
        const adds = templateTodo(room.state, op, (id) => room.hasClientId(id)).length;
        if (room.state.agenda.length + adds > LIMITS.activitiesPerRoom) {
          return jsonError(
            c,
            409,
            'agenda_full',
            `the agenda of "${record.name}" has no room for ${adds} more activities`,
          );
        }
        live.push({ record, room });
      }
      const applied: { id: string; name: string; added: number }[] = [];
      for (const { record, room } of live) {
        const added = await room.write(op);
        applied.push({ id: record.id, name: record.name, added });
      }
      return c.json({ template, rooms: applied });
    }),
  );

  api.get(
    '/events/:code/overview',
    organizer(async (c, event) => {
      return c.json(await deps.registry.overview(event));
    }),
  );

  return api;
}

/** Deletes an event and everything in it; connected sockets are told it is gone. */
export async function deleteEvent(deps: Pick<RoomsApiDeps, 'store' | 'registry'>, eventId: string) {
  const rooms = await deps.store.listRooms(eventId);
  const deleted = await deps.store.deleteEvent(eventId);
  if (deleted) await writePlan(deps.store, eventId, []);
  // After the delete, so that a client reconnecting at once finds nothing to rejoin.
  for (const r of rooms) {
    deps.registry.disconnect(r.id, CloseCode.NotFound, 'event deleted', null, true);
  }
  return deleted;
}
