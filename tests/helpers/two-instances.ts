// Two Vonk instances on one PostgreSQL database and one Redis channel, for the scale-out tests:
// started before the file's tests, stopped after them with every socket and child they opened.

import { nanoid } from 'nanoid';
import type { Config } from '../../server/config.js';
import { afterAll, beforeAll, expect } from 'vitest';
import { startPoll } from './polls.js';
import { createTestDatabase, type TestDatabase } from './postgres.js';
import { postgresAvailable, redisAvailable, TEST_REDIS_URL } from './services.js';
import { chairKey, startTestServer, type CreatedEvent, type TestServer } from './server.js';
import { TestClient } from './ws-client.js';

export const hasBackends = (await postgresAvailable()) && (await redisAvailable());
export const PRESENCE_MS = 300;

export interface Instances {
  db: TestDatabase;
  channel: string;
  a: TestServer;
  b: TestServer;
  /** Closed after the file's tests. */
  clients: TestClient[];
  /** Run after the file's tests (children, proxies). */
  cleanup: (() => Promise<unknown>)[];
}

/** `extra`: more server settings for both instances (e.g. generous rate limits). */
export function useTwoInstances(extra: Partial<Config> = {}) {
  const env = { clients: [], cleanup: [] } as unknown as Instances;
  beforeAll(async () => {
    if (!hasBackends) return;
    env.db = await createTestDatabase();
    env.channel = `vonk:test:${nanoid()}`;
    const options = {
      databaseUrl: env.db.url,
      redisUrl: TEST_REDIS_URL,
      redisChannel: env.channel,
      presenceMs: PRESENCE_MS,
      ...extra,
    };
    env.a = await startTestServer(options);
    env.b = await startTestServer(options);
  });
  afterAll(async () => {
    for (const c of env.clients) c.close();
    for (const f of env.cleanup) await f().catch(() => undefined);
    await env.a?.stop();
    await env.b?.stop();
    await env.db?.drop();
  });

  async function connect(url: string, hello: Parameters<typeof TestClient.connect>[1]) {
    const c = await TestClient.connect(url, hello);
    env.clients.push(c);
    return c;
  }
  const chair = (url: string, ev: CreatedEvent) =>
    connect(url, { role: 'chair', eventCode: ev.code, key: chairKey(ev.chairUrl) });
  const participant = (url: string, ev: CreatedEvent, pid: string) =>
    connect(url, { role: 'participant', eventCode: ev.code, participantId: pid });

  /** A fresh event with post-moderation, so statements go on the wall at once. */
  async function postModeratedEvent(via: TestServer): Promise<CreatedEvent> {
    const ev = await via.createEvent('Schaal');
    const c = await chair(via.url, ev);
    const ack = await c.command({
      type: 'activity.update',
      activityId: c.currentWallId(),
      config: { moderation: 'post' },
    });
    expect(ack.type).toBe('ack');
    return ev;
  }

  /** An event on instance A with its chair connected and a live single-choice poll (a, b, c). */
  async function openPollOnA(name: string) {
    const ev = await env.a.createEvent(name);
    const c = await chair(env.a.url, ev);
    const pollId = await startPoll(c, {
      pollKind: 'single',
      resultsMode: 'live',
      options: ['a', 'b', 'c'].map((id) => ({ id, label: id.toUpperCase() })),
    });
    return { ev, chair: c, pollId };
  }

  return { env, connect, participant, postModeratedEvent, openPollOnA };
}
