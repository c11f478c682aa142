// POST /api/events/:code/content (CONTENT-1…4): a dilemma, poll or wall question written once by
// the organizer and sent to all rooms, an arrangement or chosen rooms. Everything is checked
// for every room first; only then is anything appended. What was sent is remembered per
// content id (in the settings table), so sending an edited version updates each room's copy
// and first asks before it overwrites a copy the room changed.

import { Hono, type Context } from 'hono';
import { nanoid } from 'nanoid';
import { idempotencyKey, keyedId } from './idempotency.js';
import * as v from 'valibot';
import { isValidCode, LIMITS, normalizeCode } from '../../shared/limits.js';
import { decideAgenda } from '../domain/agenda.js';
import { contentSpecs, ContentSchema, fingerprint } from '../domain/content.js';
import { planActivities, type ActivitySpec } from '../domain/setup.js';
import type { DomainEvent, RoomState } from '../domain/types.js';
import type { LiveRoom } from '../rooms/room.js';
import type { EventRecord, RoomRecord } from '../store/types.js';
import { bearer } from './auth.js';
import { firstIssue, jsonError, readJson } from './errors.js';
import { roomTargets, type OrganizerDeps } from './room-targets.js';

/** What was sent to each room: its activity ids and their fingerprints when sent. */
type Sent = Record<string, { ids: string[]; prints: string[] }>;

type Plan =
  | { kind: 'create'; events: DomainEvent[] }
  | { kind: 'update'; events: DomainEvent[]; ids: string[] }
  | { kind: 'kept'; ids: string[] };

function planFor(
  state: RoomState,
  specs: ActivitySpec[],
  sent: Sent[string] | undefined,
  overwrite: 'all' | 'unedited' | undefined,
  newId: () => string,
): { ok: true; plan: Plan; edited: boolean } | { ok: false; message: string } {
  const copies = sent?.ids.map((id) => state.activities.get(id));
  if (!sent || !copies || copies.some((a) => !a)) {
    const planned = planActivities(state, specs, newId);
    if (!planned.ok) return { ok: false, message: planned.error.message };
    return { ok: true, plan: { kind: 'create', events: planned.value }, edited: false };
  }
  const edited = copies.some((a, i) => fingerprint(a!) !== sent.prints[i]);
  if (edited && overwrite === 'unedited')
    return { ok: true, plan: { kind: 'kept', ids: sent.ids }, edited };
  const events: DomainEvent[] = [];
  for (const [i, a] of copies.entries()) {
    const spec = specs[i]!;
    const res = decideAgenda(
      state,
      { role: 'system' },
      {
        type: 'activity.update',
        id: nanoid(10),
        activityId: a!.id,
        title: spec.title,
        config: spec.config as never,
      },
    );
    if (!res.ok) return { ok: false, message: res.error.message };
    events.push(res.value);
  }
  return { ok: true, plan: { kind: 'update', events, ids: sent.ids }, edited };
}

export function contentRoutes(deps: OrganizerDeps): Hono {
  const api = new Hono();
  api.post('/events/:code/content', async (c: Context) => {
    if (!deps.isAdmin(bearer(c)))
      return jsonError(c, 401, 'unauthorized', 'missing or wrong organizer token');
    const code = normalizeCode(c.req.param('code') ?? '');
    const event: EventRecord | null = isValidCode(code)
      ? await deps.store.getEventByCode(code)
      : null;
    if (!event) return jsonError(c, 404, 'not_found', 'unknown event code');
    const idem = idempotencyKey(c);
    if (!idem.ok) return idem.res;
    const body = await readJson(c);
    if (!body.ok) return jsonError(c, 400, 'invalid', 'body must be JSON');
    const parsed = v.safeParse(ContentSchema, body.value);
    if (!parsed.success) {
      const { field, message } = firstIssue(parsed.issues);
      return jsonError(c, 400, 'invalid', `${field ?? 'body'}: ${message}`, field);
    }
    const req = parsed.output;

    // Which rooms: every one, the parallel ones, one arrangement, or chosen ids.
    const all = await deps.store.listRooms(event.id);
    const chosen = roomTargets(all, req.rooms);
    if (!chosen.ok)
      return 'unknownRoom' in chosen
        ? jsonError(c, 404, 'not_found', `unknown room ${chosen.unknownRoom}`, 'rooms')
        : jsonError(
            c,
            404,
            'not_found',
            `no room has the arrangement "${chosen.arrangement}"`,
            'rooms.arrangement',
          );
    const targets = chosen.rooms;
    if (targets.length === 0)
      return jsonError(c, 400, 'invalid', 'no rooms to send it to', 'rooms');

    // With an Idempotency-Key, a re-send makes the same content id, activity ids and change
    // ids, so rooms that already took it do not take it twice (CONTENT-5).
    const contentId = req.contentId ?? (idem.key ? `key-${idem.key}` : nanoid(10));
    const key = `content:${event.id}:${contentId}`;
    const sent: Sent = JSON.parse((await deps.store.getSetting(key)) ?? '{}') as Sent;
    const specs = contentSpecs(req.content, req.title, event.language);

    // Checked whole first: nothing is sent unless every room can take it.
    const plans: { record: RoomRecord; room: LiveRoom; plan: Plan }[] = [];
    const edited: { id: string; name: string }[] = [];
    for (const record of targets) {
      const room = await deps.registry.get(record.id);
      if (!room) return jsonError(c, 404, 'not_found', `unknown room ${record.id}`, 'rooms');
      const ikey = idem.key;
      // The same key stopped before it kept what it sent (CONTENT-6): a room that holds every
      // copy under the key's ids took it, and counts as sent, not as full (ORG-23).
      if (ikey && !sent[record.id]) {
        const ids = specs.map((_, i) => keyedId(ikey, record.id, i));
        const copies = ids.map((id) => room.state.activities.get(id));
        if (copies.every((a) => a !== undefined))
          sent[record.id] = { ids, prints: copies.map((a) => fingerprint(a)) };
      }
      if (!sent[record.id] && room.state.agenda.length + specs.length > LIMITS.activitiesPerRoom)
        return jsonError(c, 409, 'agenda_full', `the agenda of "${record.name}" is full`);
      let n = 0;
      const newId = ikey ? () => keyedId(ikey, record.id, n++) : () => nanoid(10);
      const res = planFor(room.state, specs, sent[record.id], req.overwrite, newId);
      if (!res.ok) return jsonError(c, 409, 'invalid', `${record.name}: ${res.message}`, 'rooms');
      if (res.edited) edited.push({ id: record.id, name: record.name });
      plans.push({ record, room, plan: res.plan });
    }
    if (edited.length > 0 && req.overwrite === undefined) {
      return c.json(
        {
          error: {
            code: 'local_edits',
            message: `${edited.length} rooms changed their copy; send again with "overwrite": "all" or "unedited"`,
            rooms: edited,
          },
        },
        409,
      );
    }

    const request = idem.key ? `key-${idem.key}` : nanoid(8);
    const result: { id: string; name: string; result: Plan['kind'] }[] = [];
    for (const { record, room, plan } of plans) {
      if (plan.kind !== 'kept') {
        await room.write({
          t: 'changes',
          changes: plan.events.map((e, i) => ({ clientId: `content:${request}:${i}`, event: e })),
        });
      }
      const ids =
        plan.kind === 'create'
          ? plan.events.map((e) => (e.type === 'activity.created' ? e.activity.id : ''))
          : plan.ids;
      const prints =
        plan.kind === 'kept'
          ? sent[record.id]!.prints
          : ids.map((id) => {
              const a = room.state.activities.get(id);
              return a ? fingerprint(a) : '';
            });
      sent[record.id] = { ids, prints };
      result.push({ id: record.id, name: record.name, result: plan.kind });
    }
    await deps.store.putSetting(key, JSON.stringify(sent));
    return c.json({ contentId, rooms: result });
  });
  return api;
}
