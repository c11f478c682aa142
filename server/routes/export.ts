// GET /api/events/:code/export.json, .csv and .md: the harvest of an event's rooms, for the
// chair (its link's secret as ?k=) or the organizer (Authorization: Bearer, or ?t=). Who sees
// which rooms is decided in scope.ts.

import { Hono, type Context } from 'hono';
import type { ActivityView, RoomKind } from '../../shared/model.js';
import { harvestRoom, type RoomExport } from '../domain/harvest.js';
import { locationLetters } from '../../shared/visit.js';
import type { RoomState } from '../domain/types.js';
import type { EventService } from '../events.js';
import type { RoomRegistry } from '../rooms/registry.js';
import type { EventRecord, RoomRecord, Store } from '../store/types.js';
import { harvestCsv } from './export-csv.js';
import { decksByRoom, type DeckSummary } from './export-decks.js';
import { harvestMarkdown } from './export-md.js';
import { jsonError } from './errors.js';
import { resolveScope, type Scope } from './scope.js';

export interface ExportDeps {
  store: Store;
  events: EventService;
  registry: RoomRegistry;
  isAdmin(token: string | undefined): boolean;
  /** The zone of the CSV's local times (TIME_ZONE). */
  timeZone?: string;
}

/** The format marker of a complete export; POST /api/events/import reads this version. */
export const EVENT_FORMAT = 'vonk-event';
export const EVENT_FORMAT_VERSION = 1;

/** One room of the JSON export: its setup (enough to recreate it) and its harvest. */
export interface RoomFullExport extends Omit<RoomExport, 'activities'> {
  kind: RoomKind;
  location: string | null;
  arrangement: string | null;
  chairName: string | null;
  /** The room's place in the event (the plenary is 0). */
  order: number;
  /** The activity on screen, or null. */
  currentActivityId: string | null;
  activities: (RoomExport['activities'][number] & { config: ActivityView['config'] })[];
  /** The room's pitch decks: title, pages, size and time, never the PDF (DECK-23). */
  decks: DeckSummary[];
}

/** The rooms in scope, live (loaded from their log when nobody is connected). */
export async function scopeStates(
  registry: RoomRegistry,
  scope: Scope,
  store?: Store,
): Promise<{ record: RoomRecord; state: RoomState; letter: string }[]> {
  const out: { record: RoomRecord; state: RoomState; letter: string }[] = [];
  // Letters come from all the event's rooms, so a one-room export labels its visits alike.
  const letters = locationLetters(store ? await store.listRooms(scope.event.id) : scope.rooms);
  for (const record of scope.rooms) {
    const live = await registry.get(record.id);
    if (live) out.push({ record, state: live.state, letter: letters.get(record.id) ?? 'A' });
  }
  return out;
}

/** A room's setup and harvest; every activity carries its whole configuration. */
export function roomFullExport(
  record: RoomRecord,
  state: RoomState,
  decks: DeckSummary[] = [],
  letter?: string,
): RoomFullExport {
  const harvest = harvestRoom(state, letter);
  const activities = harvest.activities.map((a) => ({
    ...a,
    config: state.activities.get(a.id)!.config,
  }));
  return {
    ...harvest,
    location: record.location,
    arrangement: record.arrangement,
    chairName: record.chairName,
    order: record.sort,
    currentActivityId: state.room.currentActivityId,
    activities,
    decks,
  };
}

export function eventExport(scope: Scope, rooms: RoomFullExport[]) {
  const { event } = scope;
  return {
    format: EVENT_FORMAT,
    version: EVENT_FORMAT_VERSION,
    complete: scope.complete,
    event: {
      id: event.id,
      code: event.code,
      name: event.name,
      language: event.language,
      accentColor: event.accentColor,
      projectorTheme: event.projectorTheme,
      createdAt: new Date(event.createdAt).toISOString(),
    },
    exportedAt: new Date().toISOString(),
    rooms,
  };
}

export function exportRoutes(deps: ExportDeps): Hono {
  const api = new Hono();

  const authorized = async (c: Context): Promise<Scope | Response> => {
    const res = await resolveScope(deps, c);
    if (res.ok) return res.scope;
    const { status, code, message, field } = res.refusal;
    return jsonError(c, status, code, message, field);
  };

  const harvest = async (scope: Scope): Promise<RoomExport[]> =>
    (await scopeStates(deps.registry, scope, deps.store)).map(({ state, letter }) =>
      harvestRoom(state, letter),
    );

  const download = (c: Context, event: EventRecord, ext: string) => {
    const day = new Date().toISOString().slice(0, 10);
    c.header('Content-Disposition', `attachment; filename="vonk-${event.code}-${day}.${ext}"`);
    // What participants wrote: never kept by a proxy or the browser cache.
    c.header('Cache-Control', 'no-store');
  };

  api.get('/events/:code/export.json', async (c) => {
    const scope = await authorized(c);
    if (scope instanceof Response) return scope;
    const decks = await decksByRoom(deps.store, scope.event.id);
    const rooms = (await scopeStates(deps.registry, scope, deps.store)).map(
      ({ record, state, letter }) => roomFullExport(record, state, decks.get(record.id), letter),
    );
    download(c, scope.event, 'json');
    return c.json(eventExport(scope, rooms));
  });

  api.get('/events/:code/export.csv', async (c) => {
    const scope = await authorized(c);
    if (scope instanceof Response) return scope;
    const sep = c.req.query('sep') === 'semicolon' ? ';' : ',';
    let rooms = await harvest(scope);
    // One activity's own table (?activity=ID), from a room the caller may see.
    const activityId = c.req.query('activity');
    if (activityId !== undefined) {
      rooms = rooms
        .map((r) => ({ ...r, activities: r.activities.filter((a) => a.id === activityId) }))
        .filter((r) => r.activities.length > 0);
      if (rooms.length === 0) {
        return jsonError(c, 404, 'not_found', 'no activity with that id here', 'activity');
      }
    }
    const asked = c.req.query('lang');
    if (asked !== undefined && asked !== 'nl' && asked !== 'en')
      return jsonError(c, 400, 'invalid', 'lang is nl or en', 'lang');
    // The event's language unless asked otherwise (EXPORT-8).
    const body = harvestCsv(
      rooms,
      { sep, lang: asked ?? scope.event.language, timeZone: deps.timeZone ?? 'Europe/Amsterdam' },
      // One activity's table holds that activity alone; the whole export lists the decks too.
      activityId === undefined ? await decksByRoom(deps.store, scope.event.id) : undefined,
    );
    download(c, scope.event, activityId !== undefined ? `${activityId}.csv` : 'csv');
    c.header('Content-Type', 'text/csv; charset=utf-8');
    return c.body(body);
  });

  api.get('/events/:code/export.md', async (c) => {
    const scope = await authorized(c);
    if (scope instanceof Response) return scope;
    const { event } = scope;
    const body = harvestMarkdown(
      event.name,
      event.language,
      await harvest(scope),
      await decksByRoom(deps.store, event.id),
      deps.timeZone,
    );
    download(c, event, 'md');
    c.header('Content-Type', 'text/markdown; charset=utf-8');
    return c.body(body);
  });

  return api;
}
