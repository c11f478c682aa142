// A room's timer over HTTP (CLOCK-9): the organizer sets or clears it with the Bearer token,
// under the same rules as the chair's `timer.start` / `timer.control stop` over the socket
// (CLOCK-5): the command is decided inside the room's queue on its current state and becomes
// the same one `timer.set` change; a refused one changes nothing and answers with its code.
// Pause, resume and +time follow `timer.control` the same way (CLOCK-13).

import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { nanoid } from 'nanoid';
import { isValidCode, normalizeCode } from '../../shared/limits.js';
import { ErrorCode, type TimerControl, type TimerStart } from '../../shared/protocol.js';
import { parseClientMessage } from '../../shared/schema.js';
import { decideTimer } from '../domain/clock.js';
import type { Actor, DomainError } from '../domain/types.js';
import type { LiveRoom } from '../rooms/room.js';
import { bearer } from './auth.js';
import { badBody, jsonError, readJson } from './errors.js';
import type { OrganizerDeps } from './room-targets.js';

const ORGANIZER: Actor = { role: 'organizer' };

/** The HTTP status of a refused timer command. */
const STATUS: Partial<Record<string, ContentfulStatusCode>> = {
  [ErrorCode.TimerInPast]: 422,
  [ErrorCode.OutOfRange]: 422,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.NoTimer]: 404,
};

/** What a PUT may say: the fields of the socket's `timer.start`, no more. */
const FIELDS = new Set(['durationMs', 'endsAt', 'activityId', 'phase', 'atZero']);

type Found = { ok: true; room: LiveRoom } | { ok: false; res: Response };

async function organizerRoom(c: Context, deps: OrganizerDeps): Promise<Found> {
  const no = (status: 401 | 404, code: string, message: string) => ({
    ok: false as const,
    res: jsonError(c, status, code, message),
  });
  if (!deps.isAdmin(bearer(c))) return no(401, 'unauthorized', 'missing or wrong organizer token');
  const code = normalizeCode(c.req.param('code') ?? '');
  const event = isValidCode(code) ? await deps.store.getEventByCode(code) : null;
  if (!event) return no(404, 'not_found', 'unknown event code');
  const rec = await deps.store.getRoom(c.req.param('roomId') ?? '');
  const room = rec?.eventId === event.id ? await deps.registry.get(rec.id) : null;
  if (!room) return no(404, 'not_found', 'no such room in this event');
  return { ok: true, room };
}

/** Runs the command in the room's queue: the committed timer, or why it was refused. */
async function run(
  room: LiveRoom,
  cmd: TimerStart | TimerControl,
): Promise<{ ok: true } | { ok: false; error: DomainError }> {
  let refused: DomainError | null = null;
  await room.appendServerChanges((state) => {
    const result = decideTimer(state, ORGANIZER, cmd, Date.now());
    if (!result.ok) {
      refused = result.error;
      return [];
    }
    return [{ clientId: cmd.id, event: result.value }];
  });
  return refused ? { ok: false, error: refused } : { ok: true };
}

function refusedRes(c: Context, error: DomainError, room?: LiveRoom) {
  // A timer in the wrong state (pause a paused one) conflicts; no timer at all is not found.
  const conflict = error.code === ErrorCode.NoTimer && room?.state.room.timer != null;
  const status = conflict ? 409 : (STATUS[error.code] ?? 400);
  return jsonError(c, status, error.code, error.message, error.field);
}

/** The body of `POST …/timer/add`: nothing (one minute) or `{"ms": n}`. */
async function addMs(
  c: Context,
): Promise<{ ok: true; ms?: number } | { ok: false; res: Response }> {
  const text = await c.req.text();
  if (text.trim() === '') return { ok: true };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, res: jsonError(c, 400, 'invalid', 'body must be JSON') };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return { ok: false, res: jsonError(c, 400, 'invalid', 'send {"ms": …} or nothing') };
  const unknown = Object.keys(body).find((k) => k !== 'ms');
  if (unknown !== undefined)
    return { ok: false, res: jsonError(c, 400, 'invalid', `${unknown}: not a field`, unknown) };
  const ms = (body as { ms?: unknown }).ms;
  if (ms === undefined) return { ok: true };
  if (typeof ms !== 'number' || !Number.isInteger(ms))
    return { ok: false, res: jsonError(c, 400, 'invalid', 'ms: a whole number of ms', 'ms') };
  return { ok: true, ms };
}

export function timerRoutes(deps: OrganizerDeps): Hono {
  const api = new Hono();

  api.put('/events/:code/rooms/:roomId/timer', async (c) => {
    const found = await organizerRoom(c, deps);
    if (!found.ok) return found.res;
    const body = await readJson(c);
    if (!body.ok) return badBody(c, body, 'body must be JSON');
    if (typeof body.value !== 'object' || body.value === null || Array.isArray(body.value))
      return jsonError(c, 400, 'invalid', 'send {"durationMs": …} or {"endsAt": …}');
    const unknown = Object.keys(body.value).find((k) => !FIELDS.has(k));
    if (unknown !== undefined)
      return jsonError(c, 400, 'invalid', `${unknown}: not a field of a timer`, unknown);
    const frame = { ...body.value, type: 'timer.start', id: `http-timer-${nanoid(10)}` };
    const parsed = parseClientMessage(JSON.stringify(frame));
    if (!parsed.ok || parsed.value.type !== 'timer.start')
      return jsonError(
        c,
        400,
        parsed.ok ? 'invalid' : parsed.code,
        parsed.ok ? 'not a timer' : parsed.message,
        parsed.ok ? undefined : parsed.field,
      );
    const out = await run(found.room, parsed.value);
    if (!out.ok) return refusedRes(c, out.error);
    return c.json({ timer: found.room.state.room.timer ?? null, serverTime: Date.now() });
  });

  api.delete('/events/:code/rooms/:roomId/timer', async (c) => {
    const found = await organizerRoom(c, deps);
    if (!found.ok) return found.res;
    const cmd: TimerControl = {
      type: 'timer.control',
      id: `http-timer-${nanoid(10)}`,
      action: 'stop',
    };
    const out = await run(found.room, cmd);
    if (!out.ok) return refusedRes(c, out.error);
    return c.body(null, 204);
  });

  // Pause, resume and add time (CLOCK-13): the socket's other `timer.control` actions.
  for (const action of ['pause', 'resume', 'add'] as const)
    api.post(`/events/:code/rooms/:roomId/timer/${action}`, async (c) => {
      const found = await organizerRoom(c, deps);
      if (!found.ok) return found.res;
      const body = action === 'add' ? await addMs(c) : ({ ok: true } as const);
      if (!body.ok) return body.res;
      const cmd: TimerControl = {
        type: 'timer.control',
        id: `http-timer-${nanoid(10)}`,
        action,
        ...('ms' in body && body.ms !== undefined ? { ms: body.ms } : {}),
      };
      const out = await run(found.room, cmd);
      if (!out.ok) return refusedRes(c, out.error, found.room);
      return c.json({ timer: found.room.state.room.timer ?? null, serverTime: Date.now() });
    });

  return api;
}
