// The HTML pages (built by Vite into CLIENT_DIR) and their static assets. Role checks that can
// be made before any script runs are made here: a wrong chair link gets a 403 page.

import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { translate, type MessageKey } from '../../shared/i18n/index.js';
import { isValidCode, normalizeCode } from '../../shared/limits.js';
import type { Language } from '../../shared/model.js';
import { escapeHtml } from '../domain/html.js';
import type { EventService } from '../events.js';
import type { RoomRegistry } from '../rooms/registry.js';
import type { Store } from '../store/types.js';
import { languageChunks, pageLanguage, withLanguage } from './page-lang.js';

type Page = 'index' | 'participant' | 'chair' | 'projector' | 'organizer' | 'speaker';

const PAGE_CSS = readFileSync(fileURLToPath(new URL('./page.css', import.meta.url)), 'utf8');

export { escapeHtml };

function pickLanguage(c: Context): Language {
  return /^en\b/i.test(c.req.header('accept-language') ?? '') ? 'en' : 'nl';
}

/** A small server-rendered page for refusals: no script needed to read it. */
export function messagePage(lang: Language, titleKey: MessageKey, bodyKey: MessageKey): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(translate(lang, titleKey))} · Vonk</title>
<link rel="stylesheet" href="/_vonk/page.css"></head>
<body><main data-testid="message-page"><h1>${escapeHtml(translate(lang, titleKey))}</h1>
<p>${escapeHtml(translate(lang, bodyKey))}</p><p><a href="/">Vonk</a></p></main></body></html>`;
}

export function pageRoutes(deps: {
  store: Store;
  events: EventService;
  registry: RoomRegistry;
  clientDir: string;
}): Hono {
  const app = new Hono();
  // Re-read when the file changes, so a rebuild never leaves pages pointing at gone assets.
  const cache = new Map<Page, { mtime: number; text: string }>();
  const html = (page: Page): string | null => {
    const file = join(deps.clientDir, page === 'index' ? 'index.html' : join(page, 'index.html'));
    try {
      const mtime = statSync(file).mtimeMs;
      const hit = cache.get(page);
      if (hit && hit.mtime === mtime) return hit.text;
      const text = readFileSync(file, 'utf8');
      cache.set(page, { mtime, text });
      return text;
    } catch {
      return null;
    }
  };
  const chunkOf = languageChunks(deps.clientDir);
  const serve = (
    c: Context,
    page: Page,
    status: 200 | 404 = 200,
    eventLanguage?: Language,
    eventInfo?: unknown,
  ) => {
    const text = html(page);
    if (text === null) return c.text('The client is not built: run `npm run build`.', 503);
    c.header('Cache-Control', 'no-cache');
    // The language (and so the page) follows the vonk_lang cookie.
    c.header('Vary', 'Cookie');
    const lang = pageLanguage(c, eventLanguage);
    return c.html(withLanguage(text, lang, chunkOf(lang), eventInfo), status);
  };
  const eventFor = async (raw: string) => {
    const code = normalizeCode(raw);
    return isValidCode(code) ? deps.store.getEventByCode(code) : null;
  };

  app.get('/_vonk/page.css', (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    return c.body(PAGE_CSS);
  });
  // The build wrote a .br and a .gz next to each asset (scripts/precompress.ts): the best one the
  // browser accepts goes out as it is, with its own length. Vary on every answer, compressed or
  // not, so no cache in between hands one browser's encoding to another.
  const varyOnEncoding: MiddlewareHandler = async (c, next) => {
    await next();
    if (!/accept-encoding/i.test(c.res.headers.get('Vary') ?? '')) {
      c.res.headers.append('Vary', 'Accept-Encoding');
    }
  };
  app.use(
    '/assets/*',
    varyOnEncoding,
    serveStatic({
      root: deps.clientDir,
      precompressed: true,
      onFound: (_path, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable'),
    }),
  );
  // The phone's service worker (client/sw.ts): checked with the server at every visit, so a
  // deploy reaches the phones (NET-5).
  app.use(
    '/sw.js',
    varyOnEncoding,
    serveStatic({
      root: deps.clientDir,
      precompressed: true,
      onFound: (_path, c) => c.header('Cache-Control', 'no-cache'),
    }),
  );
  app.use(
    '/favicon.svg',
    varyOnEncoding,
    serveStatic({ root: deps.clientDir, precompressed: true }),
  );
  app.get('/favicon.ico', (c) => c.redirect('/favicon.svg', 301));
  app.get('/', (c) => serve(c, 'index'));
  app.get('/o', (c) => serve(c, 'organizer'));

  /** The event and, when the path names one, its room; null when either is unknown. */
  const target = async (c: Context) => {
    const event = await eventFor(c.req.param('code') ?? '');
    const roomId = c.req.param('roomId');
    if (!event || !roomId) return event ? { event, room: null } : null;
    const room = await deps.store.getRoom(roomId);
    return room && room.eventId === event.id ? { event, room } : null;
  };
  const participant = async (c: Context) => {
    const found = await target(c);
    if (!found) return serve(c, 'participant', 404);
    // The rooms as stored (ORG-22): a join page never loads the event's rooms.
    const info = await deps.registry.eventInfo(found.event);
    return serve(c, 'participant', 200, found.event.language, info);
  };
  app.get('/j/:code', participant);
  app.get('/j/:code/:roomId', participant);

  // The projector, and the speaker's tablet: public and read-only like it (QA-11).
  const screen = (page: 'projector' | 'speaker') => async (c: Context) => {
    const found = await target(c);
    if (found) return serve(c, page, 200, found.event.language);
    return c.html(messagePage(pickLanguage(c), 'error.not_found', 'page.screenUnknown'), 404);
  };
  app.get('/p/:code', screen('projector'));
  app.get('/p/:code/:roomId', screen('projector'));
  app.get('/s/:code', screen('speaker'));
  app.get('/s/:code/:roomId', screen('speaker'));

  const chair = async (c: Context) => {
    const event = await eventFor(c.req.param('code') ?? '');
    const lang = event?.language ?? pickLanguage(c);
    if (!event) return c.html(messagePage(lang, 'error.not_found', 'page.chairUnknown'), 404);
    const roomId = c.req.param('roomId');
    const room = roomId ? await deps.store.getRoom(roomId) : null;
    if (roomId && (!room || room.eventId !== event.id)) {
      return c.html(messagePage(lang, 'error.not_found', 'error.not_found'), 404);
    }
    if (!deps.events.chairAllowed(event, room, c.req.query('k'))) {
      // A wrong key is almost always an old link or sheet: say what to do, not "forbidden" (CHAIR-5).
      return c.html(messagePage(lang, 'chair.revoked.title', 'chair.revoked.body'), 403);
    }
    return serve(c, 'chair', 200, event.language);
  };
  app.get('/c/:code', chair);
  app.get('/c/:code/:roomId', chair);
  return app;
}
