// POST /api/events/import: the organizer recreates an event's setup from its JSON export
// (EXPORT-5). The file is checked whole — its format, every room, every activity by the same
// rules as a chair's — before one transaction stores the new event; a problem is answered with
// where in the file it is, and nothing is created.

import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as v from 'valibot';
import { LIMITS } from '../../shared/limits.js';
import { CONTROL_MESSAGE, findControl } from '../../shared/text-check.js';
import { specFromExport } from '../domain/setup.js';
import { KINDS } from '../kinds/index.js';
import type { KindName } from '../kinds/kind.js';
import type { EventService, ImportedEvent } from '../events.js';
import { MAX_ROOMS } from '../rooms-import.js';
import { bearer } from './auth.js';
import { jsonError } from './errors.js';
import { EVENT_FORMAT, EVENT_FORMAT_VERSION } from './export.js';

/** An export holds the contributions too; a big event's file is several megabytes. */
export const IMPORT_MAX_BYTES = 16 * 1024 * 1024;

export interface ImportDeps {
  events: EventService;
  isAdmin(token: string | undefined): boolean;
}

// Every kind in the table, so a new kind is importable without naming it here.
const KIND_NAMES = Object.keys(KINDS) as KindName[];

const short = (max: number) => v.nullish(v.pipe(v.string(), v.trim(), v.maxLength(max)));

const ActivitySchema = v.object({
  id: v.optional(v.pipe(v.string(), v.maxLength(64))),
  kind: v.picklist(KIND_NAMES, `kind is one of ${KIND_NAMES.join(', ')}`),
  title: v.pipe(v.string(), v.maxLength(LIMITS.titleLength)),
  config: v.record(v.string(), v.unknown(), 'config is an object'),
});

const RoomSchema = v.object({
  name: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, 'a room needs a name'),
    v.maxLength(LIMITS.titleLength),
  ),
  kind: v.picklist(['plenary', 'room'], 'kind is "plenary" or "room"'),
  location: short(LIMITS.titleLength),
  arrangement: short(LIMITS.titleLength),
  chairName: short(LIMITS.titleLength),
  order: v.optional(v.pipe(v.number(), v.integer())),
  currentActivityId: v.nullish(v.pipe(v.string(), v.maxLength(64))),
  activities: v.pipe(
    v.array(ActivitySchema),
    v.maxLength(LIMITS.activitiesPerRoom, `at most ${LIMITS.activitiesPerRoom} activities`),
  ),
});

const FileSchema = v.object({
  format: v.literal(EVENT_FORMAT, `not a Vonk event export (format "${EVENT_FORMAT}")`),
  version: v.literal(EVENT_FORMAT_VERSION, `this Vonk reads version ${EVENT_FORMAT_VERSION}`),
  event: v.object({
    name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120)),
    language: v.picklist(['nl', 'en'], 'language is "nl" or "en"'),
    accentColor: v.nullish(
      v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #1a6b3c')),
    ),
    projectorTheme: v.nullish(v.picklist(['dark', 'light'])),
  }),
  rooms: v.pipe(
    v.array(RoomSchema),
    v.minLength(1, 'an event has at least its plenary room'),
    v.maxLength(MAX_ROOMS + 1, `at most ${MAX_ROOMS} rooms besides the plenary`),
  ),
});

type ImportFile = v.InferOutput<typeof FileSchema>;

/** The setup to create, or the first problem with where it is in the file. */
export function readImport(
  data: unknown,
): { ok: true; value: ImportedEvent } | { ok: false; field: string; message: string } {
  const parsed = v.safeParse(FileSchema, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    return {
      ok: false,
      field: (issue && v.getDotPath(issue)) || '',
      message: issue?.message ?? 'invalid',
    };
  }
  const file: ImportFile = parsed.output;
  const plenaries = file.rooms.filter((r) => r.kind === 'plenary').length;
  if (plenaries !== 1) {
    return {
      ok: false,
      field: 'rooms',
      message: `an event has exactly one plenary room, not ${plenaries}`,
    };
  }
  const seen = new Map<string, number>();
  for (const [i, r] of file.rooms.entries()) {
    const key = r.name.toLowerCase();
    if (seen.has(key)) {
      return {
        ok: false,
        field: `rooms.${i}.name`,
        message: `the name "${r.name}" is also the name of rooms.${seen.get(key)}`,
      };
    }
    seen.set(key, i);
  }
  // The plenary first, then the rooms in their order in the file (or by `order`).
  const rooms = file.rooms
    .map((r, i) => ({ r, i }))
    .sort(
      (a, b) =>
        Number(b.r.kind === 'plenary') - Number(a.r.kind === 'plenary') ||
        (a.r.order ?? a.i) - (b.r.order ?? b.i) ||
        a.i - b.i,
    )
    .map(({ r }) => {
      // A kind whose content is not in the file (a deck item: the PDF) is left out.
      const kept = r.activities.filter((a) => KINDS[a.kind].imported !== false);
      const show = r.currentActivityId ? kept.findIndex((a) => a.id === r.currentActivityId) : -1;
      return {
        name: r.name,
        kind: r.kind,
        location: r.location || null,
        arrangement: r.arrangement || null,
        chairName: r.chairName || null,
        activities: kept.map((a) => specFromExport(a.kind, a.title, a.config)),
        show: show >= 0 ? show : null,
      };
    });
  return {
    ok: true,
    value: {
      name: file.event.name,
      language: file.event.language,
      accentColor: file.event.accentColor ?? null,
      projectorTheme: file.event.projectorTheme ?? null,
      rooms,
    },
  };
}

export function importRoutes(deps: ImportDeps): Hono {
  const api = new Hono();
  api.post(
    '/events/import',
    bodyLimit({
      maxSize: IMPORT_MAX_BYTES,
      onError: (c) => {
        c.header('Connection', 'close');
        return jsonError(c, 413, 'too_large', `the file is over ${IMPORT_MAX_BYTES} bytes`);
      },
    }),
    async (c) => {
      if (!deps.isAdmin(bearer(c))) {
        return jsonError(
          c,
          401,
          'unauthorized',
          'missing or wrong organizer token (Authorization: Bearer …)',
        );
      }
      if (!/^application\/json\b/.test(c.req.header('content-type') ?? '')) {
        return jsonError(c, 415, 'unsupported_type', 'send the JSON export as application/json');
      }
      let data: unknown;
      try {
        data = JSON.parse(await c.req.text());
      } catch {
        return jsonError(c, 400, 'invalid', 'the file is not JSON');
      }
      const control = findControl(data);
      if (control) return jsonError(c, 400, 'invalid', `${control}: ${CONTROL_MESSAGE}`, control);
      const read = readImport(data);
      if (!read.ok) {
        const where = read.field ? `${read.field}: ` : '';
        return jsonError(
          c,
          400,
          'invalid_import',
          `${where}${read.message}`,
          read.field || undefined,
        );
      }
      const created = await deps.events.importEvent(read.value);
      if (!created.ok) {
        return jsonError(c, 400, 'invalid_import', created.error.message, created.error.field);
      }
      return c.json(created.value, 201);
    },
  );
  return api;
}
