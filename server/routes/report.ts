// GET /r/:code: the printable report (EXPORT-4), for a chair or the organizer, with the same
// credentials and room scope as the exports (scope.ts). The stylesheet is served next to it,
// because the CSP allows no inline style.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import type { MessageKey } from '../../shared/i18n/index.js';
import type { Language } from '../../shared/model.js';
import { harvestItems, participation } from '../domain/report-facts.js';
import type { EventService } from '../events.js';
import type { RoomRegistry } from '../rooms/registry.js';
import type { Store } from '../store/types.js';
import { decksByRoom } from './export-decks.js';
import { roomFullExport, scopeStates } from './export.js';
import { messagePage } from './pages.js';
import { reportHtml } from './report-html.js';
import { resolveScope } from './scope.js';

const REPORT_CSS = readFileSync(fileURLToPath(new URL('./report.css', import.meta.url)), 'utf8');

export function reportRoutes(deps: {
  store: Store;
  events: EventService;
  registry: RoomRegistry;
  isAdmin(t: string | undefined): boolean;
  /** The event's zone: the visits' times (ROT-31). */
  timeZone?: string;
}): Hono {
  const app = new Hono();
  app.get('/_vonk/report.css', (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    return c.body(REPORT_CSS);
  });

  app.get('/r/:code', async (c) => {
    const asked = c.req.query('lang');
    if (asked !== undefined && asked !== 'nl' && asked !== 'en') {
      return c.html(messagePage('nl', 'error.invalid', 'report.badLang'), 400);
    }
    const lang: Language = asked ?? 'nl';
    const res = await resolveScope(deps, c);
    if (!res.ok) {
      const { status, field } = res.refusal;
      const body: MessageKey =
        status === 404
          ? field === 'room'
            ? 'error.not_found'
            : 'home.unknownCode'
          : status === 401
            ? 'report.unauthorized'
            : field === 'room'
              ? 'report.room.forbidden'
              : 'chair.forbidden';
      const title: MessageKey =
        status === 404
          ? 'error.not_found'
          : status === 401
            ? 'error.unauthorized'
            : 'error.forbidden';
      return c.html(
        messagePage(lang, title, body),
        status === 404 ? 404 : status === 401 ? 401 : 403,
      );
    }
    const { scope } = res;
    const states = await scopeStates(deps.registry, scope, deps.store);
    // The harvest lives on the plenary: a room's chair sees what their own room sent.
    const inScope = new Set(scope.rooms.map((r) => r.id));
    const plenaryRec = (await deps.store.listRooms(scope.event.id)).find(
      (r) => r.kind === 'plenary',
    );
    const plenary = plenaryRec ? await deps.registry.get(plenaryRec.id) : null;
    const harvest = plenary
      ? harvestItems(plenary.state).filter((h) => inScope.has(plenary.id) || inScope.has(h.roomId))
      : [];
    const counts = participation(states.map((s) => s.state));
    const decks = await decksByRoom(deps.store, scope.event.id);
    c.header('Cache-Control', 'no-store');
    return c.html(
      reportHtml({
        lang,
        event: { name: scope.event.name, createdAt: scope.event.createdAt },
        rooms: states.map(({ record, state, letter }) =>
          roomFullExport(record, state, decks.get(record.id), letter),
        ),
        harvest,
        ...counts,
        complete: scope.complete,
        ...(deps.timeZone ? { timeZone: deps.timeZone } : {}),
      }),
    );
  });
  return app;
}
