// What an operator relies on: /metrics, /readyz against real backends, and clear refusals of
// bad configuration.

import { nanoid } from 'nanoid';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../server/config.js';
import { REDIS_WITHOUT_DATABASE } from '../../server/server.js';
import { createTestDatabase, type TestDatabase } from '../helpers/postgres.js';
import {
  closedPort,
  postgresAvailable,
  redisAvailable,
  TEST_REDIS_URL,
} from '../helpers/services.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';
import { TestClient } from '../helpers/ws-client.js';
import { asChair, asParticipant, asProjector } from '../helpers/scenario.js';

const hasBackends = (await postgresAvailable()) && (await redisAvailable());

const servers: TestServer[] = [];
const clients: TestClient[] = [];
const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  for (const s of servers.splice(0)) await s.stop().catch(() => undefined);
  for (const f of closers.splice(0)) await f().catch(() => undefined);
});
let shared: TestDatabase | undefined;
afterAll(async () => {
  await shared?.drop();
});

async function serve(overrides: Parameters<typeof startTestServer>[0] = {}) {
  const s = await startTestServer(overrides);
  servers.push(s);
  return s;
}

const METRIC_LINE =
  /^[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*="(\\.|[^"\\])*",?)*\})? (-?[0-9.e+-]+|[+-]Inf|NaN)$/;

function metricValue(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  if (!line) throw new Error(`no series ${series} in\n${text}`);
  return Number(line.slice(series.length + 1));
}

describe('metrics', () => {
  it('[OPS-1] /metrics is valid Prometheus text and counts connections, frames, commits and latencies', async () => {
    const srv = await serve();
    const ev = await srv.createEvent();
    const projector = await asProjector(srv, ev);
    const p = await asParticipant(srv, ev, 'pid-metrics-1');
    const chair = await asChair(srv, ev);
    clients.push(projector, p, chair);
    const ack = await p.command({
      type: 'statement.submit',
      activityId: p.currentWallId(),
      text: 'Meten is weten',
    });
    expect(ack.type).toBe('ack');
    const scrape = async () => {
      const res = await fetch(`${srv.url}/metrics`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/plain; version=0.0.4');
      return res.text();
    };
    await vi.waitFor(async () =>
      expect(metricValue(await scrape(), 'vonk_submit_broadcast_seconds_count')).toBe(1),
    );
    const text = await scrape();
    for (const line of text.trim().split('\n')) {
      if (!line.startsWith('#')) expect(line).toMatch(METRIC_LINE);
    }
    expect(metricValue(text, 'vonk_info{store="sqlite",bus="memory"}')).toBe(1);
    expect(metricValue(text, 'vonk_connections{role="participant"}')).toBe(1);
    expect(metricValue(text, 'vonk_connections{role="projector"}')).toBe(1);
    expect(metricValue(text, 'vonk_connections{role="chair"}')).toBe(1);
    expect(metricValue(text, 'vonk_connections{role="organizer"}')).toBe(0);
    expect(metricValue(text, 'vonk_sockets')).toBe(3);
    expect(metricValue(text, 'vonk_live_rooms')).toBe(1);
    expect(metricValue(text, 'vonk_commits_total')).toBe(1);
    expect(metricValue(text, 'vonk_command_commit_seconds_count')).toBe(1);
    expect(metricValue(text, 'vonk_ws_frames_sent_total')).toBeGreaterThanOrEqual(4);
    expect(metricValue(text, 'vonk_ws_sent_bytes_total')).toBeGreaterThan(100);
    expect(metricValue(text, 'vonk_store_seconds_count{op="append"}')).toBe(1);
    expect(metricValue(text, 'vonk_store_appends_total{result="ok"}')).toBe(1);
    expect(metricValue(text, 'vonk_fanout_total{result="sent"}')).toBeGreaterThanOrEqual(1);
    expect(metricValue(text, 'vonk_event_loop_delay_seconds{quantile="0.99"}')).toBeGreaterThan(0);
    expect(metricValue(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    // Buckets are cumulative and end in +Inf = count.
    expect(metricValue(text, 'vonk_submit_broadcast_seconds_bucket{le="+Inf"}')).toBe(1);

    p.close();
    await vi.waitFor(async () =>
      expect(metricValue(await scrape(), 'vonk_connections{role="participant"}')).toBe(0),
    );
  });

  it('[OPS-4] with METRICS_TOKEN, /metrics needs it as a bearer token', async () => {
    const srv = await serve({ metricsToken: 'scrape-me' });
    expect((await fetch(`${srv.url}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${srv.url}/metrics`, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    const right = await fetch(`${srv.url}/metrics`, {
      headers: { authorization: 'Bearer scrape-me' },
    });
    expect(right.status).toBe(200);
    expect(await right.text()).toContain('vonk_commits_total');
  });
});

describe('configuration', () => {
  it('[OPS-3] malformed service settings stop the start with a message that names them', () => {
    expect(() => loadConfig({ DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL is not a URL/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://u:pw@h/db' })).toThrow(
      /DATABASE_URL must start with postgres:\/\/ or postgresql:\/\/, got mysql:\/\//,
    );
    expect(() => loadConfig({ REDIS_URL: 'http://h:6379' })).toThrow(/REDIS_URL must start/);
    expect(() => loadConfig({ DATABASE_POOL_MAX: '0' })).toThrow(/DATABASE_POOL_MAX must be/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL must be one of/);
    const ok = loadConfig({
      DATABASE_URL: 'postgresql://u:pw@db:5432/vonk',
      REDIS_URL: 'rediss://cache:6380',
      METRICS_TOKEN: 't',
    });
    expect([ok.databaseUrl, ok.redisUrl, ok.databasePoolMax, ok.redisChannel]).toEqual([
      'postgresql://u:pw@db:5432/vonk',
      'rediss://cache:6380',
      10,
      'vonk:changes',
    ]);
    expect(ok.metricsToken).toBe('t');
  });

  it('[SCALE-5] REDIS_URL without DATABASE_URL is refused', async () => {
    await expect(startTestServer({ redisUrl: TEST_REDIS_URL })).rejects.toThrow(
      REDIS_WITHOUT_DATABASE,
    );
  });

  it.skipIf(!hasBackends)(
    '[OPS-3] an unreachable database or Redis stops the start, naming the setting and not the password',
    async () => {
      const pgDown = `postgres://vonk:s3cret@127.0.0.1:${await closedPort()}/vonk`;
      const err1 = await startTestServer({ databaseUrl: pgDown }).catch((e: unknown) => String(e));
      expect(err1).toMatch(/DATABASE_URL postgres:\/\/vonk:\*\*\*@127\.0\.0\.1/);
      expect(err1).not.toContain('s3cret');
      shared ??= await createTestDatabase();
      const redisDown = `redis://:s3cret@127.0.0.1:${await closedPort()}`;
      const err2 = await startTestServer({ databaseUrl: shared.url, redisUrl: redisDown }).catch(
        (e: unknown) => String(e),
      );
      expect(err2).toContain('REDIS_URL redis://:***@127.0.0.1');
    },
  );
});

describe.skipIf(!hasBackends)('readiness on PostgreSQL and Redis', () => {
  it('[OPS-2] /readyz is 503 while Redis is unreachable, and 200 again when it is back', async () => {
    const u = new URL(TEST_REDIS_URL);
    const proxy: TcpProxy = await startTcpProxy(u.hostname, Number(u.port || 6379));
    closers.push(() => proxy.close());
    shared ??= await createTestDatabase();
    const srv = await serve({
      databaseUrl: shared.url,
      redisUrl: proxy.url(TEST_REDIS_URL),
      redisChannel: `vonk:test:${nanoid()}`,
    });
    const ready = await fetch(`${srv.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ok: true, store: 'postgres', bus: 'redis' });
    await proxy.cut();
    await vi.waitFor(async () => expect((await fetch(`${srv.url}/readyz`)).status).toBe(503));
    const body = (await (await fetch(`${srv.url}/readyz`)).json()) as { error: { code: string } };
    expect(body.error.code).toBe('not_ready');
    await proxy.restore();
    await vi.waitFor(async () => expect((await fetch(`${srv.url}/readyz`)).status).toBe(200), {
      timeout: 5000,
    });
  });

  it('[PROTO-9] shutdown closes the PostgreSQL pool and the Redis connections', async () => {
    shared ??= await createTestDatabase();
    const srv = await startTestServer({
      databaseUrl: shared.url,
      redisUrl: TEST_REDIS_URL,
      redisChannel: `vonk:test:${nanoid()}`,
    });
    await srv.stop();
    await expect(srv.store.ping()).rejects.toThrow();
    await expect(srv.bus.ping()).rejects.toThrow();
    await expect(fetch(`${srv.url}/healthz`)).rejects.toThrow();
  });

  it('[OPS-2] /readyz is 503 when the database is gone, and the process survives', async () => {
    const db = await createTestDatabase();
    const srv = await serve({
      databaseUrl: db.url,
      redisUrl: TEST_REDIS_URL,
      redisChannel: `vonk:test:${nanoid()}`,
    });
    expect((await fetch(`${srv.url}/readyz`)).status).toBe(200);
    await db.drop();
    const res = await fetch(`${srv.url}/readyz`);
    expect(res.status).toBe(503);
    // The API answers with a JSON error instead of hanging or crashing.
    const api = await fetch(`${srv.url}/api/events/ABCDEF`);
    expect(api.status).toBe(500);
    expect((await fetch(`${srv.url}/healthz`)).status).toBe(200);
  });
});
