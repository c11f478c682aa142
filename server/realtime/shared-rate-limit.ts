// Rate limits that hold across instances (SCALE-30): the token buckets live in Redis, so a
// participant or an address spreading frames over several instances is limited as on one.
//
// One Lua script refills and takes atomically, on Redis's clock (TIME), so instances with
// skewed clocks agree. A burst does not cost a round trip per frame: while a bucket is more
// than half full, the script hands out a batch (a tenth of the burst size) and the instance
// spends it locally. Such a batch is only valid for as long as the bucket needs to earn it
// back (batch ÷ rate), so, taken together, the instances never let more through than one
// bucket would; they may refuse early by at most batch − 1 tokens per other instance, and
// only while some of the bucket's tokens sit unspent on another instance. Below half full,
// every take is a round trip and exact. SCALE-31: if Redis cannot be reached, each instance
// falls back to its own buckets (RateLimiter) and says so in the log, once; it never fails a
// frame over it.

import { Redis } from 'ioredis';
import type { CommandType } from '../../shared/frame-types.js';
import { errorMessage } from '../net.js';
import {
  CODE_MISSES,
  commandBuckets,
  NEW_IDENTITIES,
  RateLimiter,
  type Limiter,
  type RateLimits,
  type RateRule,
  DEFAULT_RATE_LIMITS,
} from './rate-limit.js';

// KEYS[1]: the bucket. ARGV: capacity, tokens per second, how many to take (0: only look).
// Returns {granted, wait in ms}.
const TAKE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local cap = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local want = tonumber(ARGV[3])
local b = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(b[1]) or cap
local at = tonumber(b[2]) or now
if now > at and rate > 0 then
  tokens = math.min(cap, tokens + (now - at) / 1000 * rate)
  at = now
end
local grant = 0
if tokens >= 1 and want > 0 then
  grant = 1
  if want > 1 and tokens - want >= cap / 2 then grant = want end
  tokens = tokens - grant
  redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', at)
  local ttl = 86400000
  if rate > 0 then ttl = math.ceil(cap / rate * 1000) + 1000 end
  redis.call('PEXPIRE', KEYS[1], ttl)
end
if grant > 0 or tokens >= 1 then return {grant, 0} end
if rate <= 0 then return {0, 86400000} end
return {0, math.ceil((1 - tokens) / rate * 1000)}
`;

/** A batch handed out by Redis, spent here until it runs out or expires. */
interface Lease {
  tokens: number;
  /** performance.now() after which the rest is forgotten. */
  until: number;
}

export interface SharedRateLimiterOptions {
  /** Key prefix; instances that share limits use the same one. */
  prefix: string;
  log?: (msg: string, extra?: Record<string, unknown>) => void;
  /** A take that Redis has not answered in this time is decided locally. */
  timeoutMs?: number;
}

export interface SharedRateLimiterStats {
  /** Takes answered by Redis (round trips). */
  remote: number;
  /** Takes answered from a local batch. */
  leased: number;
  /** Takes decided by this instance's own buckets while Redis was away. */
  fallback: number;
}

/** After a failed call, how long the local buckets decide before Redis is asked again. */
const RETRY_MS = 1000;

type Taken = { granted: number; wait: number };

export class SharedRateLimiter implements Limiter {
  private readonly redis: Redis;
  private readonly local: RateLimiter;
  private readonly leases = new Map<string, Lease>();
  private readonly inflight = new Map<string, Promise<unknown>>();
  private readonly log: NonNullable<SharedRateLimiterOptions['log']>;
  /** Redis failed: decide locally (and say so once) until it answers again. */
  private degraded = false;
  private retryAt = 0;
  readonly stats: SharedRateLimiterStats = { remote: 0, leased: 0, fallback: 0 };

  constructor(
    url: string,
    private readonly limits: RateLimits = DEFAULT_RATE_LIMITS,
    private readonly opts: SharedRateLimiterOptions,
  ) {
    this.local = new RateLimiter(limits);
    this.log = opts.log ?? (() => undefined);
    this.redis = new Redis(url, {
      lazyConnect: true,
      connectTimeout: 2000,
      // Nothing queues while Redis is away: the local buckets decide at once instead.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: opts.timeoutMs ?? 500,
      retryStrategy: (attempt: number) => Math.min(attempt * 200, 2000),
    });
    this.redis.defineCommand('vonkTake', { numberOfKeys: 1, lua: TAKE });
    this.redis.on('error', (err: unknown) => this.lost(err));
    this.redis.on('ready', () => this.back());
    this.redis.connect().catch((err: unknown) => this.lost(err));
  }

  private lost(err: unknown): void {
    if (!this.degraded) {
      this.log('rate limits per instance: redis is unreachable', { err: errorMessage(err) });
    }
    this.degraded = true;
    this.retryAt = performance.now() + RETRY_MS;
  }

  private back(): void {
    if (this.degraded) this.log('rate limits shared across instances again (redis answers)');
    this.degraded = false;
    this.retryAt = 0;
  }

  private async remote(key: string, rule: RateRule, want: number): Promise<Taken> {
    const call = this.redis as unknown as {
      vonkTake(k: string, cap: number, rate: number, want: number): Promise<[number, number]>;
    };
    const [granted, wait] = await call.vonkTake(
      `${this.opts.prefix}${key}`,
      rule.capacity,
      rule.perSecond,
      want,
    );
    this.stats.remote++;
    if (this.degraded) this.back();
    return { granted, wait };
  }

  /**
   * Takes one token from the shared bucket (or, with `peek`, only looks): 0 when allowed,
   * else the ms to wait. While Redis is away, this instance's own bucket of that key decides.
   */
  private async take(key: string, rule: RateRule, peek = false): Promise<number> {
    const fallback = () => {
      this.stats.fallback++;
      return peek ? this.local.peek(key, rule, Date.now()) : this.local.take(key, rule, Date.now());
    };
    for (;;) {
      const lease = this.leases.get(key);
      if (lease && lease.tokens >= 1 && performance.now() < lease.until) {
        if (!peek) lease.tokens--;
        this.stats.leased++;
        return 0;
      }
      if (performance.now() < this.retryAt || this.redis.status !== 'ready') return fallback();
      // One round trip per key at a time: the others wait for its batch.
      const pending = this.inflight.get(key);
      if (pending) {
        await pending.catch(() => undefined);
        continue;
      }
      const batch = peek ? 0 : Math.max(1, Math.floor(rule.capacity / 10));
      const sent = performance.now();
      const call = this.remote(key, rule, batch);
      this.inflight.set(key, call);
      try {
        const { granted, wait } = await call;
        if (granted > 1) {
          // Valid while the bucket could not have earned it back, counted from the request.
          this.leases.set(key, {
            tokens: granted - 1,
            until: sent + (granted / rule.perSecond) * 1000,
          });
        }
        return wait;
      } catch (err) {
        this.lost(err);
        return fallback();
      } finally {
        this.inflight.delete(key);
      }
    }
  }

  async command(participantId: string, type: CommandType, ip: string): Promise<number> {
    for (const [key, rule] of commandBuckets(this.limits, participantId, type, ip)) {
      const wait = await this.take(key, rule);
      if (wait > 0) return wait;
    }
    return 0;
  }

  join(ip: string): Promise<number> {
    return this.take(`ipj:${ip}`, this.limits.ipJoins);
  }

  async codeLookup(ip: string): Promise<number> {
    const wait = await this.take(`ipm:${ip}`, this.limits.codeMisses ?? CODE_MISSES, true);
    if (wait > 0) return wait;
    return this.take(`ipl:${ip}`, this.limits.ipJoins);
  }

  identity(ip: string): Promise<number> {
    return this.take(`ipi:${ip}`, this.limits.ipIdentities ?? NEW_IDENTITIES);
  }

  codeMiss(ip: string): void {
    void this.take(`ipm:${ip}`, this.limits.codeMisses ?? CODE_MISSES);
  }

  sweep(): void {
    const now = performance.now();
    for (const [key, lease] of this.leases) if (now >= lease.until) this.leases.delete(key);
    this.local.sweep();
  }

  async close(): Promise<void> {
    if (this.redis.status === 'ready') {
      await this.redis.quit().catch(() => this.redis.disconnect());
    } else this.redis.disconnect();
  }
}
