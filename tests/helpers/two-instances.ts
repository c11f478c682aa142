// Two Vonk instances on one PostgreSQL database and one Redis channel, for the scale-out tests:
// started before the file's tests, stopped after them with every socket and child they opened.

import { nanoid } from 'nanoid';
import type { Config } from '../../server/config.js';
import { afterAll, beforeAll, expect } from 'vitest';
import { startChildServer, type ChildServer } from './child-process.js';
import { lettered, startPoll } from './polls.js';
import { createTestDatabase, type TestDatabase } from './postgres.js';
import { postgresAvailable, redisAvailable, TEST_REDIS_URL } from './services.js';
import { chairKey, startTestServer, type CreatedEvent, type TestServer } from './server.js';
import { TestClient } from './ws-client.js';

export const hasBackends = (await postgresAvailable()) && (await redisAvailable());
export const PRESENCE_MS = 300;

/** A counter or gauge from an instance's /metrics, 0 when it is not there yet. */
export async function metric(url: string, re: RegExp): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return Number(re.exec(text)?.[1] ?? 0);
}
/** Appends the store refused because another writer came first. */
export const conflicts = (url: string) =>
  metric(url, /^vonk_store_appends_total\{result="conflict"\} (\d+)$/m);

export interface SharedBackends {
  db: TestDatabase;
  channel: string;
  /** Every instance started, stopped after the file's tests. */
  servers: TestServer[];
  /** Closed after the file's tests. */
  clients: TestClient[];
  /** Run after the file's tests (children, proxies). */
  cleanup: (() => Promise<unknown>)[];
}

export interface Instances extends SharedBackends {
  a: TestServer;
  b: TestServer;
}

/**
 * A fresh PostgreSQL database and Redis channel for the file; `instance()` starts a Vonk on them
 * (with `base` and then `extra` settings). Instances, sockets and `cleanup` go after the tests.
 */
export function useSharedBackends(base: Partial<Config> = {}) {
  const env = { servers: [], clients: [], cleanup: [] } as unknown as SharedBackends;
  beforeAll(async () => {
    if (!hasBackends) return;
    env.db = await createTestDatabase();
    env.channel = `vonk:test:${nanoid()}`;
  });
  afterAll(async () => {
    for (const c of env.clients) c.close();
    for (const f of env.cleanup) await f().catch(() => undefined);
    for (const s of env.servers) await s.stop().catch(() => undefined);
    await env.db?.drop();
  });

  async function instance(extra: Partial<Config> = {}): Promise<TestServer> {
    const s = await startTestServer({
      databaseUrl: env.db.url,
      redisUrl: TEST_REDIS_URL,
      redisChannel: env.channel,
      ...base,
      ...extra,
    });
    env.servers.push(s);
    return s;
  }
  /** A Vonk in a child process on the same backends, killed (as a crash would) after the tests. */
  async function childInstance(dataDir: string): Promise<ChildServer> {
    const child = await startChildServer({
      DATABASE_URL: env.db.url,
      REDIS_URL: TEST_REDIS_URL,
      REDIS_CHANNEL: env.channel,
      ADMIN_TOKEN: 'test-admin-token',
      DATA_DIR: dataDir,
    });
    env.cleanup.push(() => child.kill());
    return child;
  }
  async function connect(url: string, hello: Parameters<typeof TestClient.connect>[1]) {
    const c = await TestClient.connect(url, hello);
    env.clients.push(c);
    return c;
  }
  const chair = (url: string, ev: CreatedEvent) =>
    connect(url, { role: 'chair', eventCode: ev.code, key: chairKey(ev.chairUrl) });
  const participant = (url: string, ev: CreatedEvent, pid: string) =>
    connect(url, { role: 'participant', eventCode: ev.code, participantId: pid });
  /**
   * An event made through `via` with post-moderation (statements go on the wall at once), whose
   * room is first loaded, and so owned, by `owner`: its chair is connected there.
   */
  async function eventOwnedBy(owner: { url: string }, via: TestServer, name: string) {
    const ev = await via.createEvent(name);
    const c = await chair(owner.url, ev);
    const ack = await c.command({
      type: 'activity.update',
      activityId: c.currentWallId(),
      config: { moderation: 'post' },
    });
    expect(ack.type).toBe('ack');
    return { ev, chair: c, roomId: ev.rooms[0]!.id };
  }
  return { env, instance, childInstance, connect, chair, participant, eventOwnedBy };
}

/** `extra`: more server settings for both instances (e.g. generous rate limits). */
export function useTwoInstances(extra: Partial<Config> = {}) {
  const shared = useSharedBackends({ presenceMs: PRESENCE_MS, ...extra });
  const env = shared.env as Instances;
  const { connect, chair, participant, childInstance } = shared;
  beforeAll(async () => {
    if (!hasBackends) return;
    env.a = await shared.instance();
    env.b = await shared.instance();
  });

  /** A fresh event with post-moderation, so statements go on the wall at once. */
  const postModeratedEvent = async (via: TestServer): Promise<CreatedEvent> =>
    (await shared.eventOwnedBy(via, via, 'Schaal')).ev;

  /** An event on instance A with its chair connected and a live single-choice poll (a, b, c). */
  async function openPollOnA(name: string) {
    const ev = await env.a.createEvent(name);
    const c = await chair(env.a.url, ev);
    const pollId = await startPoll(c, {
      pollKind: 'single',
      resultsMode: 'live',
      options: lettered('a', 'b', 'c'),
    });
    return { ev, chair: c, pollId };
  }

  return { env, connect, participant, childInstance, postModeratedEvent, openPollOnA };
}
