// The event's time plan over HTTP (CLOCK-6): the organizer replaces it as a whole; every
// screen of the event gets it with the event information, live. Its times are in the event's
// zone (TIME_ZONE, CLOCK-7), which both answers name so a screen abroad shows them as meant.

import { Hono, type Context } from 'hono';
import { checkPlan } from '../../shared/clock.js';
import { isValidCode, normalizeCode } from '../../shared/limits.js';
import { readPlan, writePlan } from '../rooms/plan.js';
import type { EventRecord } from '../store/types.js';
import { bearer } from './auth.js';
import { jsonError, readJson } from './errors.js';
import type { OrganizerDeps } from './room-targets.js';

export function planRoutes(deps: OrganizerDeps & { timeZone: string }): Hono {
  const api = new Hono();
  const find = async (c: Context): Promise<EventRecord | null> => {
    const code = normalizeCode(c.req.param('code') ?? '');
    return isValidCode(code) ? deps.store.getEventByCode(code) : null;
  };

  api.get('/events/:code/plan', async (c) => {
    const event = await find(c);
    if (!event) return jsonError(c, 404, 'not_found', 'unknown event code');
    return c.json({ items: await readPlan(deps.store, event.id), timeZone: deps.timeZone });
  });

  api.put('/events/:code/plan', async (c) => {
    if (!deps.isAdmin(bearer(c)))
      return jsonError(c, 401, 'unauthorized', 'missing or wrong organizer token');
    const event = await find(c);
    if (!event) return jsonError(c, 404, 'not_found', 'unknown event code');
    const body = await readJson(c);
    if (!body.ok) return jsonError(c, 400, 'invalid', 'body must be JSON');
    const plan = checkPlan(body.value);
    if (!plan.ok) return jsonError(c, 400, 'invalid', plan.message, plan.field);
    await writePlan(deps.store, event.id, plan.items);
    await deps.registry.refreshEventInfo(event.id);
    return c.json({ items: plan.items, timeZone: deps.timeZone });
  });

  return api;
}
