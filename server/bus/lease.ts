// Room ownership leases in Redis, and a channel per instance for commands forwarded to a
// room's owner (server/rooms/owners.ts decides what to do with them).
//
// A lease is one key per room, `<prefix>:lease:<roomId>` = `<instance>:<token>`, set only when
// absent and with a time to live (SET NX PX, done in a script together with the INCR of
// `<prefix>:lease-token:<roomId>` that gives each new holder a larger fencing token). The owner
// extends its leases every ttl/3; when it dies the key runs out and the next instance that asks
// takes it. Redis rather than PostgreSQL: the lease must lapse on its own when the owner is
// killed (a TTL does; a PostgreSQL lease row needs a clock of its own), and the forwarded
// commands travel over Redis anyway, so one service answers both questions.

import { Redis } from 'ioredis';
import { errorMessage, redactUrl, withTimeout } from '../net.js';
import { REDIS_OPTIONS, watchConnections } from './redis-conn.js';

export interface Lease {
  /** The instance holding it. */
  owner: string;
  /** Fencing token: larger for each new holder of this room's lease. */
  token: number;
}

export interface Leases {
  readonly instance: string;
  /** Whether Redis answers now (when not, an instance acts alone on the store's seq fence). */
  ready(): boolean;
  /** The room's lease, taken by this instance when nobody holds it. */
  acquire(roomId: string): Promise<Lease>;
  /** Extends this instance's leases; returns the rooms whose lease it no longer holds. */
  renew(rooms: ReadonlyMap<string, number>): Promise<string[]>;
  release(roomId: string, token: number): Promise<void>;
  /** Sends to one instance's channel; resolves with how many listened (0: it is gone). */
  send(instance: string, message: string): Promise<number>;
  onMessage(handler: (raw: string) => void): void;
  close(): Promise<void>;
}

// KEYS: lease, token counter. ARGV: instance, ttl. Returns "<owner>:<token>".
const ACQUIRE = `
local cur = redis.call('GET', KEYS[1])
if cur then
  if string.sub(cur, 1, string.len(ARGV[1]) + 1) == ARGV[1] .. ':' then
    redis.call('PEXPIRE', KEYS[1], ARGV[2])
  end
  return cur
end
local token = redis.call('INCR', KEYS[2])
local val = ARGV[1] .. ':' .. token
redis.call('SET', KEYS[1], val, 'NX', 'PX', ARGV[2])
return val`;

// KEYS: lease. ARGV: "<instance>:<token>", ttl. 1 when still ours (and extended), else 0.
const RENEW = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
return 0`;

const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/** A Redis that does not answer within this is treated as away (the instance acts alone). */
const TIMEOUT_MS = 800;

export async function openRedisLeases(
  url: string,
  opts: {
    instance: string;
    prefix: string;
    ttlMs: number;
    log?: (msg: string, extra?: Record<string, unknown>) => void;
  },
): Promise<Leases> {
  const { instance, prefix, ttlMs } = opts;
  const log = opts.log ?? (() => undefined);
  const cmd = new Redis(url, REDIS_OPTIONS);
  const sub = new Redis(url, REDIS_OPTIONS);
  watchConnections({ cmd, sub }, log, 'redis connection lost (leases)');
  const leaseKey = (roomId: string) => `${prefix}:lease:${roomId}`;
  const inbox = (id: string) => `${prefix}:instance:${id}`;
  const handlers: ((raw: string) => void)[] = [];
  sub.on('message', (ch: string, raw: string) => {
    if (ch !== inbox(instance)) return;
    for (const h of handlers) h(raw);
  });
  try {
    await Promise.all([cmd.connect(), sub.connect()]);
    await sub.subscribe(inbox(instance));
  } catch (err) {
    cmd.disconnect();
    sub.disconnect();
    throw new Error(`REDIS_URL ${redactUrl(url)}: ${errorMessage(err)}`);
  }

  const parse = (v: unknown): Lease => {
    const s = String(v);
    const at = s.lastIndexOf(':');
    return { owner: s.slice(0, at), token: Number(s.slice(at + 1)) };
  };
  const quit = async (conn: Redis) => {
    if (conn.status !== 'ready') return conn.disconnect();
    await withTimeout(conn.quit(), 1000, 'redis quit').catch(() => conn.disconnect());
  };

  return {
    instance,
    ready: () => cmd.status === 'ready' && sub.status === 'ready',
    async acquire(roomId) {
      const key = leaseKey(roomId);
      const v = await withTimeout(
        cmd.eval(ACQUIRE, 2, key, `${prefix}:lease-token:${roomId}`, instance, ttlMs),
        TIMEOUT_MS,
        'lease acquire',
      );
      return parse(v);
    },
    async renew(rooms) {
      if (rooms.size === 0) return [];
      const pipe = cmd.pipeline();
      const ids = [...rooms.keys()];
      for (const id of ids)
        pipe.eval(RENEW, 1, leaseKey(id), `${instance}:${rooms.get(id)}`, ttlMs);
      const res = (await withTimeout(pipe.exec(), TIMEOUT_MS, 'lease renew')) ?? [];
      return ids.filter((_, i) => {
        const [err, v] = res[i] ?? [null, 0];
        return !err && v === 0;
      });
    },
    async release(roomId, token) {
      await withTimeout(
        cmd.eval(RELEASE, 1, leaseKey(roomId), `${instance}:${token}`),
        TIMEOUT_MS,
        'lease release',
      );
    },
    send(to, message) {
      return withTimeout(cmd.publish(inbox(to), message), TIMEOUT_MS, 'forward');
    },
    onMessage(handler) {
      handlers.push(handler);
    },
    async close() {
      handlers.length = 0;
      await Promise.all([quit(cmd), quit(sub)]);
    },
  };
}
