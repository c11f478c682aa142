// GET /api/events/:code/rankings/:id/compare: the plenary's ranking next to the locations'
// (RANK-9, RANK-11), for the chair's "Per locatie" and the plenary's projector. The organizer
// and the event's chair may always ask; anyone else only while the ranking is on the plenary's
// screen, revealed and set to "per locatie" (what the projector then shows anyway). Answers are
// kept a few seconds per ranking, so a hall of projectors does not load every room each time.

import { Hono } from 'hono';
import { isValidCode, normalizeCode } from '../../shared/limits.js';
import { compareRankings, type RankingComparison } from '../../shared/ranking-compare.js';
import { harvestRoom } from '../domain/harvest.js';
import { findRanking } from '../kinds/ranking/ranking.js';
import { jsonError } from './errors.js';
import type { ExportDeps } from './export.js';
import { resolveScope } from './scope.js';

const KEEP_MS = 3000;

export function rankingCompareRoutes(deps: ExportDeps): Hono {
  const api = new Hono();
  const kept = new Map<string, { at: number; comparison: RankingComparison | null }>();

  api.get('/events/:code/rankings/:id/compare', async (c) => {
    const code = normalizeCode(c.req.param('code'));
    const event = isValidCode(code) ? await deps.store.getEventByCode(code) : null;
    if (!event) return jsonError(c, 404, 'not_found', 'unknown event code');
    const rooms = await deps.store.listRooms(event.id);
    const plenary = rooms.find((r) => r.kind === 'plenary');
    const live = plenary ? await deps.registry.get(plenary.id) : null;
    const id = c.req.param('id');
    const ranking = live ? findRanking(live.state, id) : null;
    if (!live || !ranking) return jsonError(c, 404, 'not_found', 'no such ranking in the plenary');
    const shown =
      ranking.revealed &&
      ranking.config.compare === true &&
      live.state.room.currentActivityId === ranking.id;
    if (!shown) {
      const scope = await resolveScope(deps, c, undefined);
      if (!scope.ok) {
        const { status, code: why, message } = scope.refusal;
        return jsonError(c, status, why, message);
      }
      if (!scope.scope.complete) {
        return jsonError(c, 403, 'forbidden', "only the event's chair compares every location");
      }
    }
    c.header('Cache-Control', 'no-store');
    const key = `${event.id}/${id}`;
    const before = kept.get(key);
    if (before && Date.now() - before.at < KEEP_MS)
      return c.json({ comparison: before.comparison });
    const exports = [];
    for (const record of rooms) {
      const room = await deps.registry.get(record.id);
      if (room) exports.push(harvestRoom(room.state));
    }
    const comparison = compareRankings(exports).find((x) => x.rankingId === id) ?? null;
    kept.set(key, { at: Date.now(), comparison });
    if (kept.size > 200) kept.delete(kept.keys().next().value!);
    return c.json({ comparison });
  });

  return api;
}
