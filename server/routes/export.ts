// GET /api/events/:code/export.json and .csv: the harvest of every room of an event, for the
// chair (its link's secret as ?k=) or the organizer (Authorization: Bearer).

import { Hono, type Context } from 'hono';
import { isValidCode, normalizeCode } from '../../shared/limits.js';
import { harvestRoom, type RoomExport } from '../domain/harvest.js';
import type { EventService } from '../events.js';
import type { RoomRegistry } from '../rooms/registry.js';
import type { EventRecord, Store } from '../store/types.js';
import { bearer } from './auth.js';
import { harvestCsv } from './export-csv.js';
import { harvestMarkdown } from './export-md.js';
import { jsonError } from './errors.js';

export interface ExportDeps {
  store: Store;
  events: EventService;
  registry: RoomRegistry;
  isAdmin(token: string | undefined): boolean;
}

interface Scope {
  event: EventRecord;
  roomIds: string[];
}

export function exportRoutes(deps: ExportDeps): Hono {
  const api = new Hono();

  /**
   * The event and the rooms the caller may export (`?room=` narrows to one): the organizer and
   * the event's chair get every room, a room's chair only that room. Otherwise the refusal.
   */
  const authorized = async (c: Context): Promise<Scope | Response> => {
    const code = normalizeCode(c.req.param('code') ?? '');
    const event = isValidCode(code) ? await deps.store.getEventByCode(code) : null;
    if (!event) return jsonError(c, 404, 'not_found', 'unknown event code');
    const token = bearer(c);
    const key = c.req.query('k');
    const wanted = c.req.query('room');
    const rooms = await deps.store.listRooms(event.id);
    if (wanted !== undefined && !rooms.some((r) => r.id === wanted)) {
      return jsonError(c, 404, 'not_found', 'unknown room', 'room');
    }
    const pick = (ids: string[]) => ({
      event,
      roomIds: wanted ? ids.filter((id) => id === wanted) : ids,
    });
    const all = rooms.map((r) => r.id);
    if (token !== undefined && deps.isAdmin(token)) return pick(all);
    if (key !== undefined && deps.events.chairAllowed(event, null, key)) return pick(all);
    const own =
      key === undefined ? undefined : rooms.find((r) => deps.events.chairAllowed(event, r, key));
    if (own) {
      if (wanted && wanted !== own.id)
        return jsonError(c, 403, 'forbidden', 'this chair link opens another room');
      return pick([own.id]);
    }
    if (key !== undefined) return jsonError(c, 403, 'forbidden', 'wrong or revoked chair link');
    return jsonError(
      c,
      401,
      'unauthorized',
      'the chair link key (?k=) or the organizer token (Authorization: Bearer …) is required',
    );
  };

  const harvest = async (scope: Scope): Promise<RoomExport[]> => {
    const out: RoomExport[] = [];
    for (const id of scope.roomIds) {
      const live = await deps.registry.get(id);
      if (live) out.push(harvestRoom(live.state));
    }
    return out;
  };

  const download = (c: Context, event: EventRecord, ext: string) => {
    const day = new Date().toISOString().slice(0, 10);
    c.header('Content-Disposition', `attachment; filename="vonk-${event.code}-${day}.${ext}"`);
    // What participants wrote: never kept by a proxy or the browser cache.
    c.header('Cache-Control', 'no-store');
  };

  api.get('/events/:code/export.json', async (c) => {
    const scope = await authorized(c);
    if (scope instanceof Response) return scope;
    const { event } = scope;
    const rooms = await harvest(scope);
    download(c, event, 'json');
    return c.json({
      event: { id: event.id, code: event.code, name: event.name, language: event.language },
      exportedAt: new Date().toISOString(),
      rooms,
    });
  });

  api.get('/events/:code/export.csv', async (c) => {
    const scope = await authorized(c);
    if (scope instanceof Response) return scope;
    const sep = c.req.query('sep') === 'semicolon' ? ';' : ',';
    const body = harvestCsv(await harvest(scope), sep);
    download(c, scope.event, 'csv');
    c.header('Content-Type', 'text/csv; charset=utf-8');
    return c.body(body);
  });

  api.get('/events/:code/export.md', async (c) => {
    const scope = await authorized(c);
    if (scope instanceof Response) return scope;
    const { event } = scope;
    const body = harvestMarkdown(event.name, event.language, await harvest(scope));
    download(c, event, 'md');
    c.header('Content-Type', 'text/markdown; charset=utf-8');
    return c.body(body);
  });

  return api;
}
