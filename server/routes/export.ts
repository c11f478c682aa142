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
import { jsonError } from './errors.js';

export interface ExportDeps {
  store: Store;
  events: EventService;
  registry: RoomRegistry;
  isAdmin(token: string | undefined): boolean;
}

export function exportRoutes(deps: ExportDeps): Hono {
  const api = new Hono();

  /** The event when the caller may export it; otherwise the answer to send instead. */
  const authorized = async (c: Context): Promise<EventRecord | Response> => {
    const code = normalizeCode(c.req.param('code') ?? '');
    const event = isValidCode(code) ? await deps.store.getEventByCode(code) : null;
    if (!event) return jsonError(c, 404, 'not_found', 'unknown event code');
    const token = bearer(c);
    const key = c.req.query('k');
    if (token !== undefined && deps.isAdmin(token)) return event;
    if (key !== undefined && deps.events.chairAllowed(event, null, key)) return event;
    if (key !== undefined) return jsonError(c, 403, 'forbidden', 'wrong or revoked chair link');
    return jsonError(
      c,
      401,
      'unauthorized',
      'the chair link key (?k=) or the organizer token (Authorization: Bearer …) is required',
    );
  };

  const harvest = async (event: EventRecord): Promise<RoomExport[]> => {
    const rooms = await deps.store.listRooms(event.id);
    const out: RoomExport[] = [];
    for (const r of rooms) {
      const live = await deps.registry.get(r.id);
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
    const event = await authorized(c);
    if (event instanceof Response) return event;
    const rooms = await harvest(event);
    download(c, event, 'json');
    return c.json({
      event: { id: event.id, code: event.code, name: event.name, language: event.language },
      exportedAt: new Date().toISOString(),
      rooms,
    });
  });

  api.get('/events/:code/export.csv', async (c) => {
    const event = await authorized(c);
    if (event instanceof Response) return event;
    const sep = c.req.query('sep') === 'semicolon' ? ';' : ',';
    const body = harvestCsv(await harvest(event), sep);
    download(c, event, 'csv');
    c.header('Content-Type', 'text/csv; charset=utf-8');
    return c.body(body);
  });

  return api;
}
