// The Hono app: security headers, body limits, error mapping, and the routes.

import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { LIMITS } from '../shared/limits.js';
import { compressDynamic } from './compression.js';
import type { EventService } from './events.js';
import type { Logger } from './log.js';
import type { RoomRegistry } from './rooms/registry.js';
import { eventsApi } from './routes/api-events.js';
import { importRoutes } from './routes/import.js';
import { brandingRoutes } from './routes/branding.js';
import { planRoutes } from './routes/plan.js';
import { timerRoutes } from './routes/timer.js';
import { DEFAULT_TIME_ZONE } from '../shared/clock.js';
import { deckRoutes } from './routes/decks.js';
import { DECK_SLIDE_PUT, deckSlideRoutes } from './routes/deck-slides.js';
import type { DeckInspector } from './decks/inspect.js';
import { groupPage, rotationRoutes } from './routes/rotation.js';
import { visitRoutes } from './routes/visits.js';
import { RotationService } from './rotation/service.js';
import { roomsApi } from './routes/api-rooms.js';
import { jsonError } from './routes/errors.js';
import { RoomWriteError } from './rooms/server-ops.js';
import { metricsRoutes, type MetricsRouteDeps } from './routes/metrics.js';
import { exportRoutes } from './routes/export.js';
import { rankingCompareRoutes } from './routes/ranking-compare.js';
import { pageRoutes } from './routes/pages.js';
import { contentRoutes } from './routes/content.js';
import { noticeRoutes } from './routes/notices.js';
import { organizerLoginRoutes } from './routes/organizer-login.js';
import { printRoutes } from './routes/print.js';
import { qrRoutes } from './routes/qr.js';
import { reportRoutes } from './routes/report.js';
import type { Store } from './store/types.js';
import type { Bus } from './bus/types.js';
import type { Limiter } from './realtime/rate-limit.js';
import { CODE_PATHS, codeLookupLimit } from './routes/code-limit.js';

export interface AppDeps {
  store: Store;
  bus: Bus;
  events: EventService;
  registry: RoomRegistry;
  log: Logger;
  publicUrl: string;
  clientDir: string;
  isAdmin(token: string | undefined): boolean;
  /** The organizer's session cookie value (AUTH-10). */
  organizerSession: string;
  /** The zone of the CSV export's local times (TIME_ZONE). */
  timeZone?: string;
  metrics?: MetricsRouteDeps;
  /** Limits join-code lookups per address (ABUSE-8); none in tests that build the app alone. */
  rateLimiter?: Limiter;
  trustProxy?: boolean;
  /** Pitch decks (DECK-1…): the bounded PDF inspection and the key of the file links. */
  decks: { inspector: DeckInspector; key: string };
  /** The rotation plan at run time (ROT-*); made here when the caller has none. */
  rotation?: RotationService;
}

export function createApp(deps: AppDeps): Hono {
  const app = new Hono();

  // The projector page may be framed by Vonk's own pages (the chair console mirrors the beamer);
  // every other page stays unframeable. Registered first, so it rewrites what secureHeaders set.
  app.use('/p/*', async (c, next) => {
    await next();
    const csp = c.res.headers.get('Content-Security-Policy');
    if (csp) {
      c.res.headers.set(
        'Content-Security-Policy',
        csp.replace("frame-ancestors 'none'", "frame-ancestors 'self'"),
      );
    }
    c.res.headers.set('X-Frame-Options', 'SAMEORIGIN');
  });
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        // The phone's service worker, /sw.js (NET-4): said outright, not left to script-src.
        workerSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      // Chair and organizer links carry secrets: never leak them in a Referer header.
      referrerPolicy: 'no-referrer',
      crossOriginEmbedderPolicy: false,
      xFrameOptions: 'DENY',
    }),
  );
  app.use('*', compressDynamic());
  const apiBodyLimit = bodyLimit({
    maxSize: LIMITS.bodyBytes,
    onError: (c) => {
      // The rest of the body is never read: the connection cannot be reused.
      c.header('Connection', 'close');
      return jsonError(c, 413, 'too_large', `request body over ${LIMITS.bodyBytes} bytes`);
    },
  });
  // A logo upload, a deck upload, a slide image and an event import have limits of their own
  // (routes/branding.ts, decks.ts, deck-slides.ts, import.ts).
  app.use('/api/*', (c, next) =>
    (c.req.method === 'PUT' && /^\/api\/events\/[^/]+\/logo$/.test(c.req.path)) ||
    (c.req.method === 'POST' && /^\/api\/events\/[^/]+\/rooms\/[^/]+\/decks$/.test(c.req.path)) ||
    (c.req.method === 'PUT' && DECK_SLIDE_PUT.test(c.req.path)) ||
    (c.req.method === 'POST' && c.req.path === '/api/events/import')
      ? next()
      : apiBodyLimit(c, next),
  );

  app.get('/healthz', (c) => c.json({ ok: true }));
  app.get('/readyz', async (c) => {
    try {
      await Promise.all([deps.store.ping(), deps.bus.ping()]);
      return c.json({ ok: true, store: deps.store.kind, bus: deps.bus.kind });
    } catch (err) {
      deps.log.warn({ err: String(err) }, 'not ready');
      return jsonError(c, 503, 'not_ready', 'the store or the bus is unreachable');
    }
  });

  if (deps.rateLimiter) {
    const limit = codeLookupLimit(deps.rateLimiter, deps.trustProxy ?? false);
    for (const path of CODE_PATHS) app.use(path, limit);
  }
  if (deps.metrics) app.route('/', metricsRoutes(deps.metrics));
  app.route('/api', qrRoutes(deps.store, deps.publicUrl));
  app.route('/api', importRoutes(deps));
  app.route('/api', eventsApi(deps));
  app.route('/api', roomsApi(deps));
  app.route('/api', contentRoutes(deps));
  app.route('/api', noticeRoutes(deps));
  app.route('/api', timerRoutes(deps));
  app.route('/api', brandingRoutes(deps));
  app.route('/api', planRoutes({ ...deps, timeZone: deps.timeZone ?? DEFAULT_TIME_ZONE }));
  app.route('/api', deckRoutes({ ...deps, ...deps.decks, deckKey: deps.decks.key }));
  app.route('/api', deckSlideRoutes({ ...deps, deckKey: deps.decks.key }));
  const rotation =
    deps.rotation ??
    new RotationService({ store: deps.store, bus: deps.bus, timeZone: deps.timeZone ?? 'UTC' });
  app.route('/api', rotationRoutes({ ...deps, rotation }));
  app.route('/', groupPage({ ...deps, rotation }));
  app.route('/api', visitRoutes({ ...deps, rotation }));
  app.route('/', printRoutes(deps));
  app.route('/', reportRoutes(deps));
  app.route('/api', exportRoutes(deps));
  app.route('/api', rankingCompareRoutes(deps));
  app.route('/', organizerLoginRoutes({ ...deps, session: deps.organizerSession }));
  app.route('/', pageRoutes(deps));

  app.all('/api/*', (c) =>
    jsonError(c, 404, 'not_found', `no route ${c.req.method} ${c.req.path}`),
  );
  app.notFound((c) => c.text('Not found', 404));
  app.onError((err, c) => {
    // A room's owner too busy or out of reach (SCALE-42): worth a retry in a moment.
    if (err instanceof RoomWriteError) {
      deps.log.warn({ err: err.message, path: c.req.path }, 'room write not stored');
      c.header('Retry-After', '5');
      return jsonError(c, 503, err.code, err.message);
    }
    deps.log.error({ err: String(err), path: c.req.path }, 'request failed');
    return jsonError(c, 500, 'internal', 'internal error');
  });
  return app;
}
