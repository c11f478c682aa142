// A real Vonk server on port 0 with its own data folder, for integration and e2e tests.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Config } from '../../server/config.js';
import { createLogger } from '../../server/log.js';
import type { RateLimits } from '../../server/realtime/rate-limit.js';
import { DEFAULT_FANOUT_LIMITS } from '../../server/rooms/fanout.js';
import { startServer, type RunningServer } from '../../server/server.js';

export interface TestServer extends RunningServer {
  dataDir: string;
  /** Creates an event through the public API, as an organizer would. */
  createEvent(name?: string, language?: 'nl' | 'en'): Promise<CreatedEvent>;
  stop(): Promise<void>;
}

export interface CreatedEvent {
  id: string;
  code: string;
  name: string;
  joinUrl: string;
  projectorUrl: string;
  speakerUrl: string;
  chairUrl: string;
  rooms: { id: string; name: string; kind: string; chairUrl: string }[];
}

/** Limits no test of something else will run into. */
export const GENEROUS: RateLimits = {
  codeMisses: { capacity: 1_000_000, perSecond: 1_000_000 },
  ipIdentities: { capacity: 1_000_000, perSecond: 1_000_000 },
  ipPosts: { capacity: 1_000_000, perSecond: 1_000_000 },
  post: { capacity: 100_000, perSecond: 100_000 },
  vote: { capacity: 100_000, perSecond: 100_000 },
  ipCommands: { capacity: 1_000_000, perSecond: 1_000_000 },
  ipJoins: { capacity: 100_000, perSecond: 100_000 },
};

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    publicUrl: '',
    dataDir: mkdtempSync(join(tmpdir(), 'vonk-test-')),
    adminToken: 'test-admin-token',
    newOrganizerToken: false,
    logLevel: process.env.LOG_LEVEL ?? 'silent',
    databaseUrl: undefined,
    databasePoolMax: 4,
    redisUrl: undefined,
    redisChannel: 'vonk:changes',
    metricsToken: undefined,
    tickMs: 100,
    // A fixed window, as the tests of coalescing expect; tests of the adaptive one set their own.
    tickMinMs: 100,
    fanoutFramesPerSecond: 40_000,
    presenceMs: 5000,
    clientDir: resolve('dist/client'),
    trustProxy: false,
    // Tests of other things never run into the limits; the abuse tests set their own.
    rateLimits: GENEROUS,
    fanout: DEFAULT_FANOUT_LIMITS,
    retentionDays: 30,
    profanityWords: [],
    ...overrides,
  };
}

export async function startTestServer(overrides: Partial<Config> = {}): Promise<TestServer> {
  const config = testConfig(overrides);
  const running = await startServer(config, createLogger(config.logLevel));
  return {
    ...running,
    dataDir: config.dataDir,
    async createEvent(name = 'Testbijeenkomst', language = 'nl') {
      const res = await fetch(`${running.url}/api/events`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${running.adminToken}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ name, language }),
      });
      if (res.status !== 201) throw new Error(`create event: ${res.status} ${await res.text()}`);
      return (await res.json()) as CreatedEvent;
    },
    async stop() {
      await running.close();
      rmSync(config.dataDir, { recursive: true, force: true });
    },
  };
}

/** The chair secret from a chair URL. */
export function chairKey(chairUrl: string): string {
  return new URL(chairUrl).searchParams.get('k') ?? '';
}
