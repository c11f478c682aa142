// Wires config → store → bus → app → listen, and shuts down gracefully. Used by main.ts and
// by the tests, which start real servers on port 0.

import { createHash, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';
import { CloseCode } from '../shared/protocol.js';
import { createApp } from './app.js';
import { createMemoryBus } from './bus/memory.js';
import type { Bus } from './bus/types.js';
import type { Config } from './config.js';
import { EventService } from './events.js';
import { createLogger, type Logger } from './log.js';
import { DEFAULT_BLOCKED_WORDS } from './domain/profanity.js';
import { RateLimiter } from './realtime/rate-limit.js';
import { deleteExpired } from './retention.js';
import { attachRealtime, type Realtime } from './realtime/ws.js';
import { RoomRegistry } from './rooms/registry.js';
import { newKey } from './secrets.js';
import { openSqliteStore } from './store/sqlite.js';
import type { Store } from './store/types.js';

export interface RunningServer {
  url: string;
  publicUrl: string;
  port: number;
  adminToken: string;
  adminTokenGenerated: boolean;
  store: Store;
  bus: Bus;
  registry: RoomRegistry;
  events: EventService;
  realtime: Realtime;
  log: Logger;
  close(): Promise<void>;
}

/** ADMIN_TOKEN, or the one generated on first start and kept in DATA_DIR. */
function adminToken(config: Config): { token: string; generated: boolean } {
  if (config.adminToken) return { token: config.adminToken, generated: false };
  const file = join(config.dataDir, 'admin-token');
  if (existsSync(file)) return { token: readFileSync(file, 'utf8').trim(), generated: false };
  const token = newKey(24);
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  return { token, generated: true };
}

export async function startServer(config: Config, log = createLogger(config.logLevel)) {
  mkdirSync(config.dataDir, { recursive: true });
  if (config.databaseUrl || config.redisUrl) {
    throw new Error(
      'DATABASE_URL / REDIS_URL: the PostgreSQL + Redis backend is not available yet',
    );
  }
  const store = openSqliteStore(join(config.dataDir, 'vonk.sqlite'));
  const bus = createMemoryBus();
  const admin = adminToken(config);
  const adminHash = createHash('sha256').update(admin.token).digest();
  const isAdmin = (token: string | undefined) => {
    if (!token) return false;
    const h = createHash('sha256').update(token).digest();
    return timingSafeEqual(h, adminHash);
  };
  const hmacKey = await store.initSetting('hmac_key', newKey());
  // Listen first, so that with PORT=0 (tests) the public URL can name the real port.
  let app: Hono | null = null;
  const server = createAdaptorServer({
    fetch: (req, env) => (app ? app.fetch(req, env) : new Response('starting', { status: 503 })),
  }) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const publicUrl = config.publicUrl || `http://127.0.0.1:${port}`;
  const events = new EventService(store, hmacKey, publicUrl, bus);
  const registry = new RoomRegistry({
    store,
    bus,
    tickMs: config.tickMs,
    baseWords: [...DEFAULT_BLOCKED_WORDS, ...config.profanityWords],
    limits: config.fanout,
    retentionDays: config.retentionDays,
    log: (msg, extra) => log.warn(extra ?? {}, msg),
  });
  app = createApp({
    store,
    bus,
    events,
    registry,
    log,
    publicUrl,
    clientDir: config.clientDir,
    isAdmin,
  });
  const realtime = attachRealtime(server, {
    store,
    registry,
    events,
    log,
    isAdmin,
    rateLimiter: new RateLimiter(config.rateLimits),
    trustProxy: config.trustProxy,
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
      server.close();
      await Promise.all([...registry.all()].map((r) => r.idle()));
      realtime.closeAll(CloseCode.Restarting, 'restarting');
      server.closeAllConnections?.();
      realtime.wss.close();
      registry.close();
      await bus.close();
      await store.close();
    })());

  const running: RunningServer = {
    url: `http://127.0.0.1:${port}`,
    publicUrl,
    port,
    adminToken: admin.token,
    adminTokenGenerated: admin.generated,
    store,
    bus,
    registry,
    events,
    realtime,
    log,
    close,
  };
  return running;
}
