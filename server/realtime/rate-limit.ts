// Token buckets per participant and per IP address. Venue Wi-Fi puts hundreds of phones behind
// one address, so the per-IP buckets are wide and only stop floods; the per-participant ones
// stop a single phone from spamming the wall.

import { rateClass, type CommandType } from '../../shared/frame-types.js';

export interface RateRule {
  /** Burst size. */
  capacity: number;
  /** Tokens added per second. */
  perSecond: number;
}

export interface RateLimits {
  /** Statements and questions, per participant. */
  post: RateRule;
  /** Hearts, votes and upvotes, per participant. */
  vote: RateRule;
  /** All participant commands from one IP address. */
  ipCommands: RateRule;
  /** Hellos (joins) from one IP address; also every join-code lookup over HTTP. */
  ipJoins: RateRule;
  /** Lookups of join codes that do not exist, from one IP address (ABUSE-8). */
  codeMisses?: RateRule;
  /** New participant identities issued to one IP address (AUTH-8). */
  ipIdentities?: RateRule;
  /** Statements and questions from all participants behind one IP address (ABUSE-9). */
  ipPosts?: RateRule;
}

/**
 * A hall posting its hartenkreten at once is delayed a few seconds at most (the phones retry
 * after `retryAfterMs`); a script with a thousand identities no longer fills the queue.
 */
export const IP_POSTS: RateRule = { capacity: 300, perSecond: 20 };

/**
 * 650 phones joining in two minutes behind one venue address fit in the burst; 5,000 in ten
 * seconds do not (1,000 + 100).
 */
export const NEW_IDENTITIES: RateRule = { capacity: 1000, perSecond: 10 };

/**
 * A hall that mistypes its code now and then stays far below this; a script guessing codes
 * (31^6 of them) is held to about one guess a second.
 */
export const CODE_MISSES: RateRule = { capacity: 100, perSecond: 1 };

export const DEFAULT_RATE_LIMITS: RateLimits = {
  post: { capacity: 5, perSecond: 10 / 60 },
  vote: { capacity: 30, perSecond: 10 },
  ipCommands: { capacity: 2000, perSecond: 400 },
  ipJoins: { capacity: 1000, perSecond: 100 },
};

interface Bucket {
  tokens: number;
  at: number;
}

/** Milliseconds to wait (0: allowed), now or once a shared store has answered. */
export type Wait = number | Promise<number>;

/**
 * What the socket and HTTP paths ask. RateLimiter answers from this instance's buckets;
 * SharedRateLimiter (shared-rate-limit.ts) from buckets in Redis that every instance shares.
 */
export interface Limiter {
  command(participantId: string, type: CommandType, ip: string): Wait;
  join(ip: string): Wait;
  codeLookup(ip: string): Wait;
  identity(ip: string): Wait;
  codeMiss(ip: string): void;
  sweep(): void;
  close?(): Promise<void>;
}

/** The buckets a participant command takes from, in order: its own, then its address's. */
export function commandBuckets(
  limits: RateLimits,
  participantId: string,
  type: CommandType,
  ip: string,
): [string, RateRule][] {
  const cls = rateClass(type);
  const buckets: [string, RateRule][] = [[`${cls}:${participantId}`, limits[cls]]];
  if (cls === 'post') buckets.push([`ipp:${ip}`, limits.ipPosts ?? IP_POSTS]);
  buckets.push([`ipc:${ip}`, limits.ipCommands]);
  return buckets;
}

/** A bucket that never refills (rate 0) is retried after a day. */
export const NO_REFILL_WAIT_MS = 86_400_000;

/** The ms until a bucket holding `tokens` has one. */
function waitFor(tokens: number, rule: RateRule): number {
  if (rule.perSecond <= 0) return NO_REFILL_WAIT_MS;
  return Math.ceil(((1 - tokens) / rule.perSecond) * 1000);
}

export class RateLimiter implements Limiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly limits: RateLimits = DEFAULT_RATE_LIMITS) {}

  /** Takes one token; returns 0 when allowed, else the milliseconds until one is free. */
  take(key: string, rule: RateRule, now: number): number {
    let b = this.buckets.get(key);
    if (!b) this.buckets.set(key, (b = { tokens: rule.capacity, at: now }));
    b.tokens = Math.min(rule.capacity, b.tokens + ((now - b.at) / 1000) * rule.perSecond);
    b.at = now;
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return waitFor(b.tokens, rule);
  }

  /** A participant command; chairs, projectors and organizers are not limited. */
  command(participantId: string, type: CommandType, ip: string, now = Date.now()): number {
    for (const [key, rule] of commandBuckets(this.limits, participantId, type, ip)) {
      const wait = this.take(key, rule, now);
      if (wait > 0) return wait;
    }
    return 0;
  }

  join(ip: string, now = Date.now()): number {
    return this.take(`ipj:${ip}`, this.limits.ipJoins, now);
  }

  /**
   * A join code looked up over HTTP or in a hello: 0 when allowed, else the milliseconds to
   * wait. Refused while the address's unknown-code budget is spent, whatever the code, so a
   * refusal tells nothing about whether a code exists.
   */
  codeLookup(ip: string, now = Date.now()): number {
    const rule = this.limits.codeMisses ?? CODE_MISSES;
    const misses = this.peek(`ipm:${ip}`, rule, now);
    if (misses > 0) return misses;
    return this.take(`ipl:${ip}`, this.limits.ipJoins, now);
  }

  /** A new participant identity for this address: 0 when allowed, else the wait in ms. */
  identity(ip: string, now = Date.now()): number {
    return this.take(`ipi:${ip}`, this.limits.ipIdentities ?? NEW_IDENTITIES, now);
  }

  /** A lookup found no event: one from the address's budget of misses. */
  codeMiss(ip: string, now = Date.now()): void {
    this.take(`ipm:${ip}`, this.limits.codeMisses ?? CODE_MISSES, now);
  }

  /** Like take, without taking: the wait until a token is there. */
  peek(key: string, rule: RateRule, now: number): number {
    const b = this.buckets.get(key);
    if (!b) return 0;
    const tokens = Math.min(rule.capacity, b.tokens + ((now - b.at) / 1000) * rule.perSecond);
    return tokens >= 1 ? 0 : waitFor(tokens, rule);
  }

  /** Forgets buckets that have refilled, so memory stays bounded over a long day. */
  sweep(now = Date.now()): void {
    for (const [key, b] of this.buckets) {
      if (now - b.at > 10 * 60_000) this.buckets.delete(key);
    }
  }

  get size(): number {
    return this.buckets.size;
  }
}
