// The rotation plan over HTTP (ROT-1…ROT-7): the organizer reads it, generates it from the rooms'
// arrangements, imports it (CSV or JSON, with a preview that creates nothing), replaces it, fixes
// one row, and moves everyone to the next slot. A group's join code leads to /g/<code>.

import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { normalizeCode } from '../../shared/limits.js';
import {
  buildPlan,
  carousel,
  planProblems,
  planRows,
  type PlanProblem,
  type PlanRow,
  type RotationPlan,
} from '../../shared/rotation.js';
import { readCsvRows, readJsonRows, type ReadRows } from '../rotation/import.js';
import { newGroupCode, type RotationService } from '../rotation/service.js';
import type { EventRecord, RoomRecord, Store } from '../store/types.js';
import { badBody, jsonError, readJson } from './errors.js';
import { organizerRoutes } from './organizer-route.js';

export interface RotationRouteDeps {
  store: Store;
  rotation: RotationService;
  isAdmin(token: string | undefined): boolean;
}

const HHMM = v.nullish(v.pipe(v.string(), v.regex(/^\d{1,2}:\d{2}$/, 'a time like 10:00')));
const GenerateSchema = v.strictObject({
  slots: v.optional(v.pipe(v.array(v.strictObject({ start: HHMM, end: HHMM })), v.maxLength(24))),
});
const FixSchema = v.strictObject({
  groupId: v.pipe(v.string(), v.maxLength(16)),
  slot: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(23)),
  roomId: v.pipe(v.string(), v.maxLength(64)),
});
const NextSchema = v.strictObject({
  slot: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(23))),
});

/** What a plan would be, as the organizer's preview shows it (like the rooms preview, ROOM-9). */
export interface RotationPreview {
  groups: number;
  slots: number;
  locations: number;
  visits: number;
  first: PlanRow[];
  problems: PlanProblem[];
}

const PREVIEW_ROWS = 5;

function preview(result: ReturnType<typeof buildPlan>, rooms: RoomRecord[]): RotationPreview {
  if (!result.ok)
    return { groups: 0, slots: 0, locations: 0, visits: 0, first: [], problems: result.problems };
  const { plan } = result;
  return {
    groups: plan.groups.length,
    slots: plan.slots.length,
    locations: new Set(plan.visits.map((x) => x.roomId)).size,
    visits: plan.visits.length,
    first: planRows(plan, rooms).slice(0, PREVIEW_ROWS),
    problems: [],
  };
}

const invalidPlan = (c: Context, problems: PlanProblem[]) => {
  const first = problems[0]!;
  const message = `line ${first.line}: ${first.message}`;
  return c.json({ error: { code: 'invalid_plan', message, problems } }, 400);
};

export function rotationRoutes(deps: RotationRouteDeps): Hono {
  const api = new Hono();
  const { organizer, organizerBody } = organizerRoutes(deps, 'missing or wrong organizer token');

  /** The plan as the organizer sees it: the plan, the slot in force, the rooms it names. */
  const answer = async (c: Context, event: EventRecord, plan: RotationPlan | null, status = 200) =>
    c.json(
      {
        plan,
        slot: plan ? deps.rotation.slotOf(plan) : null,
        rooms: (await deps.store.listRooms(event.id)).map((r) => ({
          id: r.id,
          name: r.name,
          location: r.location,
          arrangement: r.arrangement,
        })),
      },
      status as 200,
    );

  /** Keeps the join codes of groups that keep their name: printed badges stay valid. */
  const codesOf = async (eventId: string) => {
    const old = await deps.store.getRotation(eventId);
    return new Map((old?.groups ?? []).map((g) => [g.name.toLowerCase(), g.code]));
  };

  api.get(
    '/events/:code/rotation',
    organizer(async (c, event) => answer(c, event, await deps.store.getRotation(event.id))),
  );

  api.delete(
    '/events/:code/rotation',
    organizer(async (c, event) => {
      await deps.rotation.save(event.id, null);
      return c.body(null, 204);
    }),
  );

  // ROT-2: the carousel from the rooms' arrangements.
  api.post(
    '/events/:code/rotation/generate',
    organizerBody(GenerateSchema, async (c, event, body) => {
      const rooms = await deps.store.listRooms(event.id);
      const plan = carousel(rooms, newGroupCode, body.slots ?? []);
      if (plan.groups.length === 0) {
        const message = 'no room has an arrangement: import the rooms with an arrangement column';
        return jsonError(c, 400, 'no_arrangements', message);
      }
      const problems = planProblems(plan, rooms);
      if (c.req.query('preview') !== undefined)
        return c.json(
          preview(problems.length ? { ok: false, problems } : { ok: true, plan }, rooms),
        );
      if (problems.length) return invalidPlan(c, problems);
      await deps.rotation.save(event.id, plan);
      return answer(c, event, plan, 201);
    }),
  );

  // ROT-3: an explicit plan, from CSV or JSON; with ?preview nothing is created.
  const rowsFrom = async (c: Context): Promise<ReadRows | Response> => {
    const type = c.req.header('content-type') ?? '';
    if (/text\/csv|text\/plain/.test(type)) return readCsvRows(await c.req.text());
    const body = await readJson(c);
    if (!body.ok) return badBody(c, body, 'send JSON ({"rows": [...]}) or text/csv');
    return readJsonRows(body.value);
  };
  const replace = (createdStatus: 200 | 201) =>
    organizer(async (c, event) => {
      const read = await rowsFrom(c);
      if (read instanceof Response) return read;
      const rooms = await deps.store.listRooms(event.id);
      const share = ['1', 'true', 'yes', 'ja'].includes(c.req.query('share') ?? '');
      const built = read.ok
        ? buildPlan(read.rows, rooms, {
            newCode: newGroupCode,
            codes: await codesOf(event.id),
            shareLocations: share,
          })
        : ({ ok: false, problems: read.problems } as const);
      if (c.req.query('preview') !== undefined) return c.json(preview(built, rooms));
      if (!built.ok) return invalidPlan(c, built.problems);
      await deps.rotation.save(event.id, built.plan);
      return answer(c, event, built.plan, createdStatus);
    });
  api.post('/events/:code/rotation/import', replace(201));
  api.put('/events/:code/rotation', replace(200));

  // ROT-4: the organizer fixes one row of the table: where a group is in a slot.
  api.patch(
    '/events/:code/rotation/visits',
    organizerBody(FixSchema, async (c, event, body) => {
      const plan = await deps.store.getRotation(event.id);
      if (!plan) return jsonError(c, 404, 'not_found', 'the event has no rotation plan');
      const { groupId, slot, roomId } = body;
      if (!plan.groups.some((g) => g.id === groupId))
        return jsonError(c, 404, 'not_found', `unknown group ${groupId}`, 'groupId');
      if (slot >= plan.slots.length)
        return jsonError(c, 400, 'invalid', `the plan has ${plan.slots.length} slots`, 'slot');
      const rooms = await deps.store.listRooms(event.id);
      if (!rooms.some((r) => r.id === roomId))
        return jsonError(c, 404, 'not_found', `unknown location ${roomId}`, 'roomId');
      const visits = plan.visits.filter((x) => !(x.groupId === groupId && x.slot === slot));
      const fixed = { ...plan, visits: [...visits, { groupId, slot, roomId }] };
      const problems = planProblems(fixed, rooms);
      if (problems.length) {
        const message = problems.map((p) => p.message).join('; ');
        return c.json({ error: { code: 'plan_conflict', message, problems } }, 409);
      }
      await deps.rotation.save(event.id, fixed);
      return answer(c, event, fixed);
    }),
  );

  // ROT-6: everyone to the next slot (or to the slot named), now.
  api.post(
    '/events/:code/rotation/next',
    organizerBody(NextSchema, async (c, event, body) => {
      const plan = await deps.rotation.next(event.id, body.slot);
      if (!plan) return jsonError(c, 404, 'not_found', 'the event has no rotation plan');
      return answer(c, event, plan);
    }),
  );

  // ROT-5: a group's join code, public like an event's: where the group is now.
  api.get('/groups/:code', async (c) => {
    const code = normalizeCode(c.req.param('code'));
    const found = /^[A-Z0-9]{4,16}$/.test(code) ? await deps.store.groupByCode(code) : null;
    const event = found ? await deps.store.getEvent(found.eventId) : null;
    if (!found || !event) return jsonError(c, 404, 'not_found', 'unknown group code');
    const visit = await deps.rotation.visit(event.id, found.groupId);
    return c.json({ eventCode: event.code, group: code, visit });
  });

  return api;
}

/** /g/<code>: the group's card or badge; the phone joins where the group is now. */
export function groupPage(deps: Pick<RotationRouteDeps, 'store' | 'rotation'>): Hono {
  const app = new Hono();
  app.get('/g/:code', async (c) => {
    const code = normalizeCode(c.req.param('code'));
    const found = /^[A-Z0-9]{4,16}$/.test(code) ? await deps.store.groupByCode(code) : null;
    const event = found ? await deps.store.getEvent(found.eventId) : null;
    if (!found || !event) return c.text('Onbekende groepscode · Unknown group code', 404);
    const visit = await deps.rotation.visit(event.id, found.groupId);
    const where = visit ? `/${visit.roomId}` : '';
    return c.redirect(`/j/${event.code}${where}?group=${code}`, 302);
  });
  return app;
}
