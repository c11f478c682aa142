// Limits and counts that hold across instances: two Vonk processes on one PostgreSQL database
// and one Redis, a participant or an address spreading its frames over both.

import { nanoid } from 'nanoid';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RoomOverview } from '../../shared/model.js';
import { ErrorCode, type ServerMessage } from '../../shared/protocol.js';
import { RateLimiter } from '../../server/realtime/rate-limit.js';
import { SharedRateLimiter } from '../../server/realtime/shared-rate-limit.js';
import { startChildServer, type ChildServer } from '../helpers/child-process.js';
import { lettered, startPoll } from '../helpers/polls.js';
import { createTestDatabase, type TestDatabase } from '../helpers/postgres.js';
import { postgresAvailable, redisAvailable, TEST_REDIS_URL } from '../helpers/services.js';
import { chairKey, GENEROUS, startTestServer, type TestServer } from '../helpers/server.js';
import { startTcpProxy } from '../helpers/tcp-proxy.js';
import { TestClient } from '../helpers/ws-client.js';

const hasBackends = (await postgresAvailable()) && (await redisAvailable());

const ADMIN = 'limits-admin-token';
/** Votes per participant: the default burst of 30, never refilled, so the count is exact. */
const VOTE_BURST = 30;
/** Statements from one address: a burst of 10, never refilled. */
const IP_POSTS = 10;
const PRESENCE_MS = 300;

let db: TestDatabase;
let a: ChildServer;
let b: ChildServer;
const clients: TestClient[] = [];

beforeAll(async () => {
  if (!hasBackends) return;
  db = await createTestDatabase();
  const env = {
    DATABASE_URL: db.url,
    REDIS_URL: TEST_REDIS_URL,
    REDIS_CHANNEL: `vonk:test:${nanoid()}`,
    ADMIN_TOKEN: ADMIN,
    PRESENCE_MS: String(PRESENCE_MS),
    RATE_VOTE_PER_SECOND: '0',
    RATE_IP_POSTS_BURST: String(IP_POSTS),
    RATE_IP_POSTS_PER_SECOND: '0',
  };
  // One after the other: the first creates the schema.
  a = await startChildServer(env);
  b = await startChildServer(env);
});
afterAll(async () => {
  for (const c of clients) c.close();
  await a?.kill();
  await b?.kill();
  await db?.drop();
});

async function connect(url: string, hello: Parameters<typeof TestClient.connect>[1]) {
  const c = await TestClient.connect(url, hello);
  clients.push(c);
  return c;
}

async function createEvent(url: string, name: string) {
  const res = await fetch(`${url}/api/events`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { code: string; chairUrl: string };
}

const participant = (url: string, code: string, pid: string) =>
  connect(url, { role: 'participant', eventCode: code, participantId: pid });

const refusedForRate = (m: ServerMessage) =>
  m.type === 'error' && m.code === ErrorCode.RateLimited && (m.retryAfterMs ?? 0) > 0;

describe.skipIf(!hasBackends)('limits and counts shared by two instances', () => {
  it('[SCALE-30] a participant spreading votes over two instances is limited as on one', async () => {
    const ev = await createEvent(a.url, 'Gedeeld');
    const chair = await connect(a.url, {
      role: 'chair',
      eventCode: ev.code,
      key: chairKey(ev.chairUrl),
    });
    const pollId = await startPoll(chair, {
      pollKind: 'single',
      resultsMode: 'live',
      options: lettered('a', 'b'),
    });
    const onA = await participant(a.url, ev.code, 'spread-voter-pid');
    const onB = await participant(b.url, ev.code, 'spread-voter-pid');
    const answers: ServerMessage[] = [];
    // One at a time, alternating: each instance alone would allow 30 of these 40.
    for (let i = 0; i < VOTE_BURST + 10; i++) {
      const via = i % 2 ? onB : onA;
      answers.push(
        await via.command({ type: 'poll.vote', pollId, optionIds: [i % 3 ? 'a' : 'b'] }),
      );
    }
    const acked = answers.filter((m) => m.type === 'ack').length;
    expect(acked).toBe(VOTE_BURST);
    expect(answers.slice(VOTE_BURST).every(refusedForRate)).toBe(true);
    // Another participant at the same address is not held back by it.
    const other = await participant(b.url, ev.code, 'other-voter-pid');
    expect((await other.command({ type: 'poll.vote', pollId, optionIds: ['a'] })).type).toBe('ack');
  });

  it('[SCALE-30] an address over its limit on instance A is limited on instance B', async () => {
    const ev = await createEvent(b.url, 'Zaal');
    const onA = await Promise.all(
      Array.from({ length: IP_POSTS + 2 }, (_, i) => participant(a.url, ev.code, `hall-a${i}-pid`)),
    );
    const answersA = [];
    for (const p of onA) {
      answersA.push(
        await p.command({
          type: 'statement.submit',
          activityId: p.currentWallId(),
          text: 'Hartenkreet',
        }),
      );
    }
    expect(answersA.filter((m) => m.type === 'ack').length).toBe(IP_POSTS);
    const onB = await Promise.all(
      Array.from({ length: 3 }, (_, i) => participant(b.url, ev.code, `hall-b${i}-pid`)),
    );
    for (const p of onB) {
      const answer = await p.command({
        type: 'statement.submit',
        activityId: p.currentWallId(),
        text: 'Hartenkreet',
      });
      expect(refusedForRate(answer)).toBe(true);
    }
  });

  it('[SCALE-8] the overview counts the people on both processes, and drops those who leave', async () => {
    const ev = await createEvent(a.url, 'Overal');
    const people = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        participant(i < 2 ? a.url : b.url, ev.code, `where-${i}-pid`),
      ),
    );
    const projector = await connect(a.url, { role: 'projector', eventCode: ev.code });
    const overview = async (url: string) => {
      const res = await fetch(`${url}/api/events/${ev.code}/overview`, {
        headers: { authorization: `Bearer ${ADMIN}` },
      });
      expect(res.status).toBe(200);
      return ((await res.json()) as RoomOverview[])[0]!.connected;
    };
    await vi.waitFor(
      async () => {
        for (const url of [a.url, b.url]) {
          expect(await overview(url)).toEqual({ participants: 5, chairs: 0, projectors: 1 });
        }
      },
      { timeout: 20 * PRESENCE_MS, interval: 100 },
    );
    for (const p of people.slice(0, 3)) p.close();
    projector.close();
    await vi.waitFor(
      async () => {
        for (const url of [a.url, b.url]) {
          expect(await overview(url)).toEqual({ participants: 2, chairs: 0, projectors: 0 });
        }
      },
      { timeout: 20 * PRESENCE_MS, interval: 100 },
    );
  });
});

describe.skipIf(!hasBackends)('join-code guesses over HTTP, two instances', () => {
  const MISSES = 5;
  let db2: TestDatabase;
  const servers: TestServer[] = [];
  beforeAll(async () => {
    db2 = await createTestDatabase();
    const config = {
      databaseUrl: db2.url,
      redisUrl: TEST_REDIS_URL,
      redisChannel: `vonk:test:${nanoid()}`,
      rateLimits: { ...GENEROUS, codeMisses: { capacity: MISSES, perSecond: 0 } },
    };
    servers.push(await startTestServer(config));
    servers.push(await startTestServer(config));
  });
  afterAll(async () => {
    for (const s of servers) await s.stop();
    await db2?.drop();
  });

  it('[SCALE-30][ABUSE-8] an address that spent its unknown codes on one instance gets 429 on the other', async () => {
    const [one, two] = servers as [TestServer, TestServer];
    const ev = await two.createEvent('Echt');
    const statuses: number[] = [];
    for (let i = 0; i < MISSES + 3; i++) {
      statuses.push((await fetch(`${one.url}/api/events/ZZZZZ${i}`)).status);
    }
    expect(statuses.filter((s) => s === 404)).toHaveLength(MISSES);
    expect(statuses.slice(MISSES).every((s) => s === 429)).toBe(true);
    // On the other instance too, whatever the code, so a refusal tells nothing about it.
    await vi.waitFor(async () => {
      const res = await fetch(`${two.url}/api/events/${ev.code}`);
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    });
  });
});

describe.skipIf(!hasBackends)('the shared limiter itself', () => {
  const limits = {
    post: { capacity: 3, perSecond: 0 },
    vote: { capacity: 30, perSecond: 0 },
    ipCommands: { capacity: 1000, perSecond: 0 },
    ipJoins: { capacity: 1000, perSecond: 0 },
  };

  it('[SCALE-30] three instances taking at once from one bucket never let more through than it holds', async () => {
    const prefix = `vonk:test:${nanoid()}:limits:`;
    // Burst 30, never refilled: batches of 3 while the bucket is over half full.
    const three = [0, 1, 2].map(() => new SharedRateLimiter(TEST_REDIS_URL, limits, { prefix }));
    try {
      await vi.waitFor(async () => {
        for (const l of three) {
          await l.join('10.0.0.9');
          expect(l.stats.remote).toBeGreaterThan(0);
        }
      });
      const waits = await Promise.all(
        three.flatMap((l) =>
          Array.from({ length: 20 }, () => l.command('pid-many', 'poll.vote', '10.0.0.9')),
        ),
      );
      const allowed = waits.filter((w) => w === 0).length;
      // Never more than the one bucket; at most a batch less one short per other instance.
      expect(allowed).toBeLessThanOrEqual(30);
      expect(allowed).toBeGreaterThanOrEqual(30 - 2 * 2);
      expect(three.some((l) => l.stats.leased > 0)).toBe(true);
    } finally {
      await Promise.all(three.map((l) => l.close()));
    }
  });

  it('[SCALE-31] with Redis unreachable from the start, each instance limits on its own', async () => {
    const logged: string[] = [];
    const limiter = new SharedRateLimiter('redis://127.0.0.1:1', limits, {
      prefix: `vonk:test:${nanoid()}:limits:`,
      log: (msg) => logged.push(msg),
    });
    const local = new RateLimiter(limits);
    try {
      const shared = [];
      const own = [];
      for (let i = 0; i < 5; i++) {
        shared.push(await limiter.command('pid-1', 'statement.submit', '10.0.0.1'));
        own.push(local.command('pid-1', 'statement.submit', '10.0.0.1'));
      }
      expect(shared.map((w) => w > 0)).toEqual(own.map((w) => w > 0));
      expect(shared.filter((w) => w === 0)).toHaveLength(3);
      await vi.waitFor(() =>
        expect(logged).toContain('rate limits per instance: redis is unreachable'),
      );
      expect(limiter.stats.remote).toBe(0);
    } finally {
      await limiter.close();
    }
  });

  it('[SCALE-31] Redis lost mid-way: frames are decided locally, never failed; shared again once it is back', async () => {
    const u = new URL(TEST_REDIS_URL);
    const proxy = await startTcpProxy(u.hostname, Number(u.port || 6379));
    const logged: string[] = [];
    const limiter = new SharedRateLimiter(proxy.url(TEST_REDIS_URL), limits, {
      prefix: `vonk:test:${nanoid()}:limits:`,
      log: (msg) => logged.push(msg),
    });
    try {
      // Shared while Redis answers.
      await vi.waitFor(async () => {
        await limiter.join('10.0.0.2');
        expect(limiter.stats.remote).toBeGreaterThan(0);
      });
      await proxy.cut();
      const waits = [];
      for (let i = 0; i < 4; i++)
        waits.push(await limiter.command('pid-2', 'heart.set', '10.0.0.2'));
      expect(waits.every((w) => w === 0)).toBe(true);
      await vi.waitFor(() =>
        expect(logged).toContain('rate limits per instance: redis is unreachable'),
      );
      await proxy.restore();
      const before = limiter.stats.remote;
      await vi.waitFor(
        async () => {
          await limiter.command('pid-3', 'statement.submit', '10.0.0.3');
          expect(limiter.stats.remote).toBeGreaterThan(before);
        },
        { timeout: 10_000, interval: 100 },
      );
    } finally {
      await limiter.close();
      await proxy.close();
    }
  });
});
