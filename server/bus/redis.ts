// The scale-out bus: Redis pub/sub on one channel. Every instance hears every committed change
// (as a JSON Change) and every notice, and hands changes to the rooms it has loaded; the others
// ignore them. Pub/sub keeps nothing for a subscriber that is away, so after a reconnect
// subscribers resync from the store.

import { Redis } from 'ioredis';
import { errorMessage, redactUrl, withTimeout } from '../net.js';
import { REDIS_OPTIONS, watchConnections } from './redis-conn.js';
import type { Bus, Subscriber } from './types.js';
import { encodeChange, encodeNotice, parseMessage } from './wire.js';

export interface RedisBusOptions {
  /** Instances that should hear each other use the same channel. */
  channel?: string;
  log?: (msg: string, extra?: Record<string, unknown>) => void;
}

export const DEFAULT_CHANNEL = 'vonk:changes';
const PING_TIMEOUT_MS = 2000;

export async function openRedisBus(url: string, opts: RedisBusOptions = {}): Promise<Bus> {
  const channel = opts.channel ?? DEFAULT_CHANNEL;
  const log = opts.log ?? (() => undefined);
  // A connection in subscriber mode can do nothing else, hence two.
  const pub = new Redis(url, REDIS_OPTIONS);
  const sub = new Redis(url, { ...REDIS_OPTIONS, autoResubscribe: false });
  const subscribers = new Set<Subscriber>();

  watchConnections({ pub, sub }, log, 'redis connection lost');

  sub.on('message', (ch: string, raw: string) => {
    if (ch !== channel) return;
    const msg = parseMessage(raw);
    if (!msg) {
      log('bus message dropped: not a change or notice', { length: raw.length });
      return;
    }
    for (const s of subscribers) {
      try {
        if (msg.kind === 'change') s.change(msg.change);
        else s.notice?.(msg.notice);
      } catch (err) {
        log('bus subscriber failed', { err: errorMessage(err) });
      }
    }
  });

  let started = false;
  sub.on('ready', () => {
    if (!started) return;
    // Subscribe again before resyncing: a change committed after the resync's read then
    // arrives as a message instead of falling between the two.
    sub.subscribe(channel).then(
      () => {
        for (const s of subscribers) s.resync?.();
      },
      (err: unknown) => log('redis resubscribe failed', { err: errorMessage(err) }),
    );
  });

  try {
    await Promise.all([pub.connect(), sub.connect()]);
    await sub.subscribe(channel);
    started = true;
  } catch (err) {
    pub.disconnect();
    sub.disconnect();
    throw new Error(`REDIS_URL ${redactUrl(url)}: ${errorMessage(err)}`);
  }

  let closing: Promise<void> | null = null;
  const send = (message: string, about: Record<string, unknown>) => {
    if (closing) throw new Error('the bus is closed');
    // Not awaited: while Redis is away the client queues it, and no caller (a room, an HTTP
    // request) should wait for the broker. A subscriber that misses a change resyncs.
    pub.publish(channel, message).catch((err: unknown) => {
      log('publish failed', { err: errorMessage(err), ...about });
    });
  };
  const quit = async (conn: Redis) => {
    if (conn.status !== 'ready') return conn.disconnect();
    await withTimeout(conn.quit(), 1000, 'redis quit').catch(() => conn.disconnect());
  };

  return {
    kind: 'redis',
    async publish(change) {
      send(encodeChange(change), { room: change.roomId });
    },
    async notify(notice) {
      send(encodeNotice(notice), { notice: notice.type });
    },
    subscribe(subscriber) {
      subscribers.add(subscriber);
      return () => subscribers.delete(subscriber);
    },
    async ping() {
      for (const conn of [pub, sub]) {
        if (conn.status !== 'ready') throw new Error(`redis is not connected (${conn.status})`);
      }
      await withTimeout(pub.ping(), PING_TIMEOUT_MS, 'redis ping');
    },
    close() {
      return (closing ??= (async () => {
        subscribers.clear();
        await Promise.all([quit(pub), quit(sub)]);
      })());
    },
  };
}
