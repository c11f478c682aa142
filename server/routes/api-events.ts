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

  api.get('/events/:code', async (c) => {
    const code = normalizeCode(c.req.param('code'));
    const event = isValidCode(code) ? await deps.store.getEventByCode(code) : null;
    if (!event)
      return jsonError(c, 404, 'not_found', 'Deze code bestaat niet / unknown event code');
    return c.json(await publicEventInfo(deps.registry, event));
  });

  return api;
}

/** What anyone with the join code may know of an event: also put in the join page (NET-3). */
export async function publicEventInfo(registry: RoomRegistry, event: EventRecord) {
  const info = await registry.eventInfo(event);
  // Rooms not yet loaded load a few at a time (ORG-7), not 600 at once.
  const rooms = await mapBounded(info.rooms, ROOM_LOADS, async (r) => {
    const live = await registry.get(r.id);
    const current = live?.state.room.currentActivityId;
    const activity = current ? live?.state.activities.get(current) : undefined;
    return { ...r, currentActivity: activity ? { kind: activity.kind } : null };
  });
  return { ...info, rooms };
}
