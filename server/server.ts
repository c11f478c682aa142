// Wires config → store → bus → app → listen, and shuts down gracefully. Used by main.ts and
// by the tests, which start real servers on port 0.

import { DeckInspector } from './decks/inspect.js';
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';
import { CloseCode } from '../shared/protocol.js';
import { resolveAdminToken, type AdminToken } from './admin-token.js';
import { ORGANIZER_COOKIE, readCookie, sameSecret } from './organizer-session.js';
import { overviewSockets } from './realtime/overview-ws.js';
import { createApp } from './app.js';
import { createMemoryBus } from './bus/memory.js';
import { openRedisLeases } from './bus/lease.js';
import { openRedisBus } from './bus/redis.js';
import type { Bus } from './bus/types.js';
import { DEFAULT_LEASE_TTL_MS, type Config } from './config.js';
import { EventService } from './events.js';
import { createLogger, type Logger } from './log.js';
import { DEFAULT_BLOCKED_WORDS } from './domain/profanity.js';
import { createVonkMetrics, type VonkMetrics } from './metrics/vonk.js';
import { identityIssuer } from './identity.js';
import { RateLimiter, type Limiter } from './realtime/rate-limit.js';
import { SharedRateLimiter } from './realtime/shared-rate-limit.js';
import { deleteExpired } from './retention.js';
import { attachRealtime, type Realtime } from './realtime/ws.js';
import { Admission } from './rooms/admission.js';
import { RotationService } from './rotation/service.js';
import { createHarvester } from './rooms/harvest.js';
import { Owners } from './rooms/owners.js';
import { withStoredDeck } from './decks/item.js';
import { RoomRegistry } from './rooms/registry.js';
import { nanoid } from 'nanoid';
import { newKey } from './secrets.js';
import { instrumentStore } from './store/instrumented.js';
import { openPostgresStore } from './store/postgres.js';
import { openSqliteStore } from './store/sqlite.js';
import type { Store } from './store/types.js';

export interface RunningServer {
  url: string;
  publicUrl: string;
  port: number;
  /** Known only on the start that generated it, or from ADMIN_TOKEN: stores keep its hash. */
  adminToken: string | null;
  /** How this start came by the token (see AdminToken.origin). */
  adminTokenOrigin: AdminToken['origin'];
  store: Store;
  bus: Bus;
  registry: RoomRegistry;
  events: EventService;
  realtime: Realtime;
  metrics: VonkMetrics;
  /** Which rooms this instance owns, and the forwarding of commands to owners elsewhere. */
  owners: Owners;
  log: Logger;
  close(): Promise<void>;
}

export const REDIS_WITHOUT_DATABASE =
  'REDIS_URL is set but DATABASE_URL is not: instances that share a bus must share one PostgreSQL database. Set DATABASE_URL as well, or unset REDIS_URL to run one instance on SQLite.';

async function openBackends(config: Config, log: Logger): Promise<{ store: Store; bus: Bus }> {
  const warn = (msg: string, extra?: Record<string, unknown>) => log.warn(extra ?? {}, msg);
  if (config.redisUrl && !config.databaseUrl) throw new Error(REDIS_WITHOUT_DATABASE);
  const store = config.databaseUrl
    ? await openPostgresStore(config.databaseUrl, { poolMax: config.databasePoolMax, log: warn })
    : openSqliteStore(join(config.dataDir, 'vonk.sqlite'));
  try {
    const bus = config.redisUrl
      ? await openRedisBus(config.redisUrl, { channel: config.redisChannel, log: warn })
      : createMemoryBus();
    return { store, bus };
  } catch (err) {
    await store.close();
    throw err;
  }
}

export async function startServer(config: Config, log = createLogger(config.logLevel)) {
  mkdirSync(config.dataDir, { recursive: true });
  const backends = await openBackends(config, log);
  const metrics = createVonkMetrics({ store: backends.store.kind, bus: backends.bus.kind });
  const store = instrumentStore(backends.store, metrics.store);
  const bus = backends.bus;
  let server: Server | null = null;
  let limiterRef: Limiter | null = null;
  try {
    const admin = await resolveAdminToken(config, store, { replace: config.newOrganizerToken });
    const hmacKey = await store.initSetting('hmac_key', newKey());
    // Listen first, so that with PORT=0 (tests) the public URL can name the real port.
    let app: Hono | null = null;
    const http = createAdaptorServer({
      fetch: (req, env) => (app ? app.fetch(req, env) : new Response('starting', { status: 503 })),
    }) as Server;
    server = http;
    await new Promise<void>((resolve, reject) => {
      http.once('error', reject);
      http.listen(config.port, config.host, () => resolve());
    });
    const port = (http.address() as AddressInfo).port;
    const publicUrl = config.publicUrl || `http://127.0.0.1:${port}`;
    const events = new EventService(store, hmacKey, publicUrl, bus);
    let registryRef: RoomRegistry | null = null;
    // One writer per room (SCALE-20): with Redis, each live room's lease names its owner.
    const leaseTtlMs = config.leaseTtlMs ?? DEFAULT_LEASE_TTL_MS;
    const leases = config.redisUrl
      ? await openRedisLeases(config.redisUrl, {
          instance: nanoid(10),
          prefix: config.redisChannel,
          ttlMs: leaseTtlMs,
          log: (msg, extra) => log.warn(extra ?? {}, msg),
        })
      : null;
    const owners = new Owners({
      leases,
      ttlMs: leaseTtlMs,
      room: (id) => registryRef!.get(id),
      isLive: (id) => registryRef?.peek(id) !== undefined,
      stats: metrics.owners,
      log: (msg, extra) => log.warn(extra ?? {}, msg),
    });
    const harvester = createHarvester({
      store,
      registry: () => registryRef!,
      log: (msg, extra) => log.warn(extra ?? {}, msg),
    });
    const rotation = new RotationService({
      store,
      bus,
      timeZone: config.timeZone,
      log: (msg, extra) => log.warn(extra ?? {}, msg),
    });
    const registry = new RoomRegistry({
      store,
      onCommitted: harvester.onCommitted,
      // With several instances, organizer content, notices and harvests are committed by the
      // room's owner (SCALE-40); alone, the room commits them itself (and a notice to many rooms
      // is one transaction, NOTICE-10).
      write: leases ? (room, op) => owners.write(room, op) : undefined,
      // At a timer's zero the owner acts; the others only if it has not within two leases.
      clockStandbyMs: (roomId) => (owners.owns(roomId) ? 0 : 2 * leaseTtlMs),
      onLoaded: (room, changes) => {
        harvester.onLoaded?.(room, changes);
        owners.claim(room);
      },
      bus,
      tickMs: config.tickMs,
      tickMinMs: config.tickMinMs,
      presenceMs: config.presenceMs,
      framesPerSecond: config.fanoutFramesPerSecond,
      baseWords: [...DEFAULT_BLOCKED_WORDS, ...config.profanityWords],
      limits: config.fanout,
      retentionDays: config.retentionDays,
      timeZone: config.timeZone,
      stats: metrics.fanout,
      onCommit: metrics.onCommit,
      onBroadcast: metrics.onBroadcast,
      log: (msg, extra) => log.warn(extra ?? {}, msg),
      dueVisits: (eventId) => rotation.due(eventId),
    });
    registryRef = registry;
    // The token, or the session cookie it was traded for (AUTH-10).
    const isAdmin = (t: string | undefined) => admin.verify(t) || sameSecret(t, admin.session);
    // One limiter for the socket and HTTP paths: a join code costs the same either way. With
    // Redis, its buckets are shared by every instance (SCALE-30).
    const rateLimiter: Limiter = config.redisUrl
      ? new SharedRateLimiter(config.redisUrl, config.rateLimits, {
          prefix: `${config.redisChannel}:limits:`,
          log: (msg, extra) => log.warn(extra ?? {}, msg),
        })
      : new RateLimiter(config.rateLimits);
    limiterRef = rateLimiter;
    app = createApp({
      rotation,
      decks: { inspector: new DeckInspector(), key: hmacKey },
      store,
      bus,
      events,
      registry,
      log,
      publicUrl,
      clientDir: config.clientDir,
      isAdmin,
      organizerSession: admin.session,
      timeZone: config.timeZone,
      metrics: { render: metrics.render, token: config.metricsToken },
      rateLimiter,
      trustProxy: config.trustProxy,
    });
    const admission = new Admission({
      store,
      registry,
      events,
      isAdmin,
      identities: identityIssuer(hmacKey),
      rotation,
    });
    const realtime = attachRealtime(http, {
      admission,
      rotation,
      log,
      overview: overviewSockets({
        admission,
        registry,
        heartbeatMs: config.overviewHeartbeatMs,
        authorize: (req, token) =>
          isAdmin(token ?? readCookie(req.headers.cookie, ORGANIZER_COOKIE)),
      }),
      onJoin: metrics.onJoin,
      onFrameOut: metrics.onFrameOut,
      route: async (room, conn, actor, cmd) => {
        // A deck item names a stored deck: looked up here, so the room's rules stay pure.
        const found = await withStoredDeck(store, hmacKey, room.id, cmd);
        if (!found.ok)
          return room.sendError(conn, { code: found.code, message: found.message }, cmd.id);
        return owners.command(room, conn, actor, found.cmd);
      },
      rateLimiter,
      trustProxy: config.trustProxy,
    });
    metrics.setSources({
      sockets: realtime.connections,
      liveRooms: () => [...registry.all()].length,
      ownedRooms: () => (leases ? owners.owned() : [...registry.all()].length),
    });
    const evictTimer = setInterval(() => registry.evictIdle(), 10 * 60_000);
    evictTimer.unref();
    const sweep = () =>
      deleteExpired(store, registry, config.retentionDays).then(
        (n) => n > 0 && log.info({ deleted: n }, 'deleted events past their retention'),
        (err: unknown) => log.error({ err: String(err) }, 'retention sweep failed'),
      );
    void sweep();
    const retentionTimer = setInterval(sweep, 60 * 60_000);
    retentionTimer.unref();

    let closing: Promise<void> | null = null;
    const close = () =>
      (closing ??= (async () => {
        clearInterval(evictTimer);
        clearInterval(retentionTimer);
        // Stop accepting, let commands in flight commit, then tell clients to come back.
        http.close();
        await Promise.all([...registry.all()].map((r) => r.idle()));
        realtime.closeAll(CloseCode.Restarting, 'restarting');
        http.closeAllConnections?.();
        realtime.wss.close();
        // Hand the rooms on before going: the next instance need not wait for the leases to lapse.
        await owners.close();
        registry.close();
        await rateLimiter.close?.();
        await bus.close();
        await store.close();
        metrics.stop();
      })());

    const running: RunningServer = {
      url: `http://127.0.0.1:${port}`,
      publicUrl,
      port,
      adminToken: admin.token,
      adminTokenOrigin: admin.origin,
      store,
      bus,
      registry,
      events,
      realtime,
      metrics,
      owners,
      log,
      close,
    };
    return running;
  } catch (err) {
    // A failed start must not leave connections open that keep the process alive.
    server?.close();
    await limiterRef?.close?.();
    metrics.stop();
    await bus.close().catch(() => undefined);
    await store.close().catch(() => undefined);
    throw err;
  }
}
