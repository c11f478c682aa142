// The events API. These routes are fixed (docs/API.md) so that other tools can script Vonk.

import { Hono, type Context } from 'hono';
import { isValidCode, normalizeCode } from '../../shared/limits.js';
import { CreateEventSchema, parseBody } from '../../shared/schema.js';
import { createDemoEvent } from '../demo.js';
import type { EventLinks } from '../../shared/api-types.js';
import type { EventService } from '../events.js';
import { mapBounded, ROOM_LOADS } from '../rooms/bounded.js';
import type { RoomRegistry } from '../rooms/registry.js';
import type { EventRecord, Store } from '../store/types.js';
import type { RoomSummary } from '../../shared/model.js';
import { bearer } from './auth.js';
import { badBody, jsonError, readJson } from './errors.js';

export interface ApiDeps {
  store: Store;
  events: EventService;
  registry: RoomRegistry;
  isAdmin(token: string | undefined): boolean;
}

export function eventsApi(deps: ApiDeps): Hono {
  const api = new Hono();
  const admin = (c: Context) => deps.isAdmin(bearer(c));
  const unauthorized = (c: Context) =>
    jsonError(c, 401, 'unauthorized', 'missing or wrong organizer token (Authorization: Bearer …)');

  api.post('/events', async (c) => {
    if (!admin(c)) return unauthorized(c);
    const body = await readJson(c);
    if (!body.ok) return badBody(c, body, 'body must be JSON');
    const parsed = parseBody(CreateEventSchema, body.value);
    if (!parsed.ok) return jsonError(c, 400, parsed.code, parsed.message, parsed.field);
    return c.json(await deps.events.create(parsed.value), 201);
  });

  api.get('/events', async (c) => {
    if (!admin(c)) return unauthorized(c);
    const list = await deps.store.listEvents();
    const rows: EventLinks[] = await Promise.all(list.map((e) => deps.events.links(e)));
    return c.json(rows);
  });

  api.post('/demo', async (c) => {
    if (!admin(c)) return unauthorized(c);
    return c.json(await createDemoEvent(deps.events), 201);
  });

  const publicEvent = async (c: Context) => {
    const code = normalizeCode(c.req.param('code') ?? '');
    return isValidCode(code) ? deps.store.getEventByCode(code) : null;
  };
  const unknownEvent = (c: Context) =>
    jsonError(c, 404, 'not_found', 'Deze code bestaat niet / unknown event code');

  // `?rooms=brief`: the rooms as stored, none loaded to tell what it shows (ORG-22).
  api.get('/events/:code', async (c) => {
    const rooms = c.req.query('rooms');
    if (rooms !== undefined && rooms !== 'brief')
      return jsonError(c, 400, 'invalid', 'rooms: leave it out, or "brief"', 'rooms');
    const event = await publicEvent(c);
    if (!event) return unknownEvent(c);
    if (rooms === 'brief') return c.json(await deps.registry.eventInfo(event));
    return c.json(await publicEventInfo(deps.registry, event));
  });

  // One room's public information with what it shows now: loads that room alone (ORG-22).
  api.get('/events/:code/rooms/:roomId', async (c) => {
    const event = await publicEvent(c);
    if (!event) return unknownEvent(c);
    const room = await deps.store.getRoom(c.req.param('roomId'));
    if (!room || room.eventId !== event.id)
      return jsonError(c, 404, 'not_found', 'unknown room', 'roomId');
    const [info] = await publicRooms(deps.registry, [room]);
    return c.json(info);
  });

  return api;
}

/** Rooms with the kind of what each shows now; rooms not yet loaded load a few at a time (ORG-7). */
function publicRooms(registry: RoomRegistry, rooms: readonly RoomSummary[]) {
  return mapBounded(rooms, ROOM_LOADS, async (r) => {
    const live = await registry.get(r.id);
    const current = live?.state.room.currentActivityId;
    const activity = current ? live?.state.activities.get(current) : undefined;
    const { id, name, kind, location, arrangement } = r;
    return {
      id,
      name,
      kind,
      location,
      arrangement,
      currentActivity: activity ? { kind: activity.kind } : null,
    };
  });
}

/** What anyone with the join code may know of an event, each room with what it shows now. */
export async function publicEventInfo(registry: RoomRegistry, event: EventRecord) {
  const info = await registry.eventInfo(event);
  return { ...info, rooms: await publicRooms(registry, info.rooms) };
}
