// The location chair's view of the rotation plan (ROT-10): which group is due here in the slot
// in force and which comes next, and every group the plan brings here. The chair link of the
// room (or the event's, or the organizer token) opens it, like the room's export.

import { Hono } from 'hono';
import { plannedVisits } from '../../shared/visit.js';
import type { RotationService } from '../rotation/service.js';
import { jsonError } from './errors.js';
import { resolveScope, type ScopeDeps } from './scope.js';

export interface VisitRouteDeps extends ScopeDeps {
  rotation: RotationService;
}

export function visitRoutes(deps: VisitRouteDeps): Hono {
  const api = new Hono();
  api.get('/events/:code/visits', async (c) => {
    if (c.req.query('room') === undefined)
      return jsonError(c, 400, 'invalid', 'name the location with ?room=', 'room');
    const res = await resolveScope(deps, c);
    if (!res.ok) {
      const { status, code, message, field } = res.refusal;
      return jsonError(c, status, code, message, field);
    }
    const room = res.scope.rooms[0]!;
    const plan = await deps.rotation.plan(res.scope.event.id);
    const body = plannedVisits(plan, room.id, plan ? deps.rotation.slotOf(plan) : 0);
    return c.json(body);
  });
  return api;
}
