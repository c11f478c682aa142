// Every knob is an environment variable, documented in docs/OPERATIONS.md.

import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import {
  DEFAULT_RATE_LIMITS,
  IP_POSTS,
  NEW_IDENTITIES,
  type RateLimits,
} from './realtime/rate-limit.js';
import { DEFAULT_FANOUT_LIMITS, type FanoutLimits } from './rooms/fanout.js';

export interface Config {
  port: number;
  host: string;
  publicUrl: string;
  dataDir: string;
  adminToken: string | undefined;
  /** Replace the stored organizer token with a new one at this start (`--new-organizer-token`). */
  newOrganizerToken: boolean;
  logLevel: string;
  /** Log bytes held in memory while stdout cannot take them; past it lines are dropped (DUR-4). */
  logQueueBytes?: number;
  /** PostgreSQL instead of SQLite: the store several instances share. */
  databaseUrl: string | undefined;
  /** Most PostgreSQL connections one instance holds. */
  databasePoolMax: number;
  /** Redis pub/sub instead of the in-process bus: how instances hear each other's changes. */
  redisUrl: string | undefined;
  /** Instances that serve the same events use the same channel. */
  redisChannel: string;
  /** When set, GET /metrics needs `Authorization: Bearer <token>`. */
  metricsToken: string | undefined;
  /** Coalescing window for live updates, in ms. */
  tickMs: number;
  tickMinMs: number;
  /** With several instances: how often each tells the others who is connected (ms). */
  presenceMs: number;
  /** With several instances: how long a room's ownership lease lives unrenewed (ms). */
  leaseTtlMs?: number;
  /** How often the overview's sockets are pinged (default 30 s, as /ws); tests set it short. */
  overviewHeartbeatMs?: number;
  fanoutFramesPerSecond: number;
  /** Serve the built client from this folder. */
  clientDir: string;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For. */
  trustProxy: boolean;
  rateLimits: RateLimits;
  fanout: FanoutLimits;
  /** Events are deleted this many days after they end. */
  retentionDays: number;
  /** The zone of the local times in the CSV export (an IANA name). */
  timeZone: string;
  /** Extra words (comma-separated in PROFANITY_WORDS) that send a text to moderation. */
  profanityWords: string[];
}

export function lanAddress(): string | undefined {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) {
      if (a.family === 'IPv4' && !a.internal) return a.address;
    }
  }
  return undefined;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function zoneOf(value: string | undefined): string {
  if (value === undefined || value === '') return 'Europe/Amsterdam';
  if (!isTimeZone(value))
    throw new Error(`TIME_ZONE must be an IANA time zone such as Europe/Amsterdam, got "${value}"`);
  return value;
}

function int(value: string | undefined, fallback: number, name: string, min = 0): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    const what = min > 0 ? `a whole number ≥ ${min}` : 'a whole number';
    throw new Error(`${name} must be ${what}, got "${value}"`);
  }
  return n;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function oneOf(value: string | undefined, fallback: string, name: string, allowed: string[]) {
  if (value === undefined || value === '') return fallback;
  if (!allowed.includes(value)) {
    throw new Error(`${name} must be one of ${allowed.join(', ')}; got "${value}"`);
  }
  return value;
}

/** A service URL with one of the given schemes; the message never repeats the value (passwords). */
function serviceUrl(
  value: string | undefined,
  name: string,
  schemes: string[],
): string | undefined {
  if (value === undefined || value === '') return undefined;
  let scheme: string;
  try {
    scheme = new URL(value).protocol.replace(/:$/, '');
  } catch {
    throw new Error(`${name} is not a URL; expected ${schemes[0]}://host:port/…`);
  }
  if (!schemes.includes(scheme)) {
    throw new Error(
      `${name} must start with ${schemes.map((s) => `${s}://`).join(' or ')}, got ${scheme}://`,
    );
  }
  return value;
}

/** A dead owner's rooms are taken over within this (plus one renewal period). */
export const DEFAULT_LEASE_TTL_MS = 3000;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = int(env.PORT, 8080, 'PORT');
  const host = env.HOST || '0.0.0.0';
  const lan = lanAddress();
  const publicUrl = (env.PUBLIC_URL || `http://${lan ?? 'localhost'}:${port}`).replace(/\/+$/, '');
  return {
    port,
    host,
    publicUrl,
    dataDir: resolve(env.DATA_DIR || './data'),
    adminToken: env.ADMIN_TOKEN || undefined,
    newOrganizerToken: false,
    logLevel: oneOf(env.LOG_LEVEL, 'info', 'LOG_LEVEL', LOG_LEVELS),
    logQueueBytes: int(env.LOG_QUEUE_BYTES, 1024 * 1024, 'LOG_QUEUE_BYTES', 256),
    databaseUrl: serviceUrl(env.DATABASE_URL, 'DATABASE_URL', ['postgres', 'postgresql']),
    databasePoolMax: int(env.DATABASE_POOL_MAX, 10, 'DATABASE_POOL_MAX', 1),
    redisUrl: serviceUrl(env.REDIS_URL, 'REDIS_URL', ['redis', 'rediss']),
    redisChannel: env.REDIS_CHANNEL || 'vonk:changes',
    metricsToken: env.METRICS_TOKEN || undefined,
    tickMs: int(env.TICK_MS, 100, 'TICK_MS'),
    tickMinMs: int(env.TICK_MIN_MS, 40, 'TICK_MIN_MS'),
    presenceMs: int(env.PRESENCE_MS, 5000, 'PRESENCE_MS', 100),
    leaseTtlMs: int(env.LEASE_TTL_MS, DEFAULT_LEASE_TTL_MS, 'LEASE_TTL_MS', 300),
    fanoutFramesPerSecond: int(env.FANOUT_FRAMES_PER_SECOND, 40_000, 'FANOUT_FRAMES_PER_SECOND', 1),
    clientDir: resolve(env.CLIENT_DIR || './dist/client'),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    rateLimits: {
      post: {
        capacity: int(env.RATE_POST_BURST, DEFAULT_RATE_LIMITS.post.capacity, 'RATE_POST_BURST'),
        perSecond: int(env.RATE_POST_PER_MINUTE, 10, 'RATE_POST_PER_MINUTE') / 60,
      },
      vote: {
        capacity: DEFAULT_RATE_LIMITS.vote.capacity,
        perSecond: int(
          env.RATE_VOTE_PER_SECOND,
          DEFAULT_RATE_LIMITS.vote.perSecond,
          'RATE_VOTE_PER_SECOND',
        ),
      },
      ipCommands: DEFAULT_RATE_LIMITS.ipCommands,
      ipJoins: {
        capacity: DEFAULT_RATE_LIMITS.ipJoins.capacity,
        perSecond: int(
          env.RATE_JOINS_PER_SECOND,
          DEFAULT_RATE_LIMITS.ipJoins.perSecond,
          'RATE_JOINS_PER_SECOND',
        ),
      },
      ipPosts: {
        capacity: int(env.RATE_IP_POSTS_BURST, IP_POSTS.capacity, 'RATE_IP_POSTS_BURST'),
        perSecond: int(
          env.RATE_IP_POSTS_PER_SECOND,
          IP_POSTS.perSecond,
          'RATE_IP_POSTS_PER_SECOND',
        ),
      },
      ipIdentities: {
        capacity: int(env.RATE_IDENTITIES_BURST, NEW_IDENTITIES.capacity, 'RATE_IDENTITIES_BURST'),
        perSecond: int(
          env.RATE_IDENTITIES_PER_SECOND,
          NEW_IDENTITIES.perSecond,
          'RATE_IDENTITIES_PER_SECOND',
        ),
      },
    },
    retentionDays: int(env.RETENTION_DAYS, 30, 'RETENTION_DAYS'),
    timeZone: zoneOf(env.TIME_ZONE),
    fanout: {
      softBytes: int(
        env.SEND_BUFFER_SOFT_BYTES,
        DEFAULT_FANOUT_LIMITS.softBytes,
        'SEND_BUFFER_SOFT_BYTES',
      ),
      hardBytes: int(
        env.SEND_BUFFER_HARD_BYTES,
        DEFAULT_FANOUT_LIMITS.hardBytes,
        'SEND_BUFFER_HARD_BYTES',
      ),
      staleMs: int(env.SLOW_CLIENT_DROP_MS, DEFAULT_FANOUT_LIMITS.staleMs, 'SLOW_CLIENT_DROP_MS'),
    },
    profanityWords: (env.PROFANITY_WORDS ?? '')
      .split(',')
      .map((w) => w.trim())
      .filter(Boolean),
  };
}
