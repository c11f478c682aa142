// Token buckets per participant and per IP address. Venue Wi-Fi puts hundreds of phones behind
// one address, so the per-IP buckets are wide and only stop floods; the per-participant ones
// stop a single phone from spamming the wall.

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
  /** Hellos (joins) from one IP address. */
  ipJoins: RateRule;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  post: { capacity: 5, perSecond: 10 / 60 },
  vote: { capacity: 30, perSecond: 10 },
  ipCommands: { capacity: 2000, perSecond: 400 },
  ipJoins: { capacity: 1000, perSecond: 100 },
};

/** Frame types that put text in front of a moderator; everything else counts as a vote. */
const POST_TYPES = new Set(['statement.submit', 'question.ask']);

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly limits: RateLimits = DEFAULT_RATE_LIMITS) {}

  /** Takes one token; returns 0 when allowed, else the milliseconds until one is free. */
  private take(key: string, rule: RateRule, now: number): number {
    let b = this.buckets.get(key);
    if (!b) this.buckets.set(key, (b = { tokens: rule.capacity, at: now }));
    b.tokens = Math.min(rule.capacity, b.tokens + ((now - b.at) / 1000) * rule.perSecond);
    b.at = now;
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - b.tokens) / rule.perSecond) * 1000);
  }

  /** A participant command; chairs, projectors and organizers are not limited. */
  command(participantId: string, type: string, ip: string, now = Date.now()): number {
    const cls = POST_TYPES.has(type) ? 'post' : 'vote';
    const own = this.take(`${cls}:${participantId}`, this.limits[cls], now);
    if (own > 0) return own;
    return this.take(`ipc:${ip}`, this.limits.ipCommands, now);
  }

  join(ip: string, now = Date.now()): number {
    return this.take(`ipj:${ip}`, this.limits.ipJoins, now);
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
