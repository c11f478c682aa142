// ABUSE-9: many identities behind one address cannot flood a chair's queue; a hall posting at
// once is only delayed (the phone retries after retryAfterMs).

import { describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMITS, IP_POSTS } from '../../server/realtime/rate-limit.js';
import { GENEROUS } from '../helpers/server.js';
import { asChair, asParticipant, useTestServer } from '../helpers/scenario.js';

const srv = useTestServer({
  rateLimits: { ...GENEROUS, post: DEFAULT_RATE_LIMITS.post, ipPosts: IP_POSTS },
});

describe('posts from one address', () => {
  it('[ABUSE-9] many identities behind one address cannot fill the queue; a refused post goes in after its wait', async () => {
    const ev = await srv.createEvent('Volle wachtrij');
    const chair = await asChair(srv, ev);
    const phones = await Promise.all(
      Array.from({ length: 100 }, (_, i) => asParticipant(srv, ev, `flood-${i}-phone`)),
    );
    const wall = phones[0]!.currentWallId();
    const t0 = performance.now();
    // 100 identities, each within its own limit of 5 at once: 500 posts.
    const answers = (
      await Promise.all(
        phones.flatMap((p, i) =>
          Array.from({ length: 5 }, (_, k) =>
            p.command({ type: 'statement.submit', activityId: wall, text: `Spam ${i}-${k}` }),
          ),
        ),
      )
    ).map((a) => a.type);
    const seconds = (performance.now() - t0) / 1000;
    const stored = answers.filter((t) => t === 'ack').length;
    // Each identity stays within its own limit; the address's budget caps them together.
    expect(stored).toBeLessThanOrEqual(IP_POSTS.capacity + IP_POSTS.perSecond * seconds);
    expect(stored).toBeLessThan(500);
    expect(answers.filter((t) => t === 'error').length).toBe(500 - stored);

    // A hall: one more phone, past the address's budget, is told when to retry, and then gets in.
    const late = await asParticipant(srv, ev, 'late-hall-phone');
    let answer = await late.command({ type: 'statement.submit', activityId: wall, text: 'Echt' });
    while (answer.type === 'error') {
      expect(answer).toMatchObject({ code: 'rate_limited' });
      const wait = (answer as { retryAfterMs?: number }).retryAfterMs ?? 100;
      await new Promise((r) => setTimeout(r, wait));
      answer = await late.command({ type: 'statement.submit', activityId: wall, text: 'Echt' });
    }
    expect(answer.type).toBe('ack');
    await chair.until(() => [...chair.statements.values()].some((s) => s.text === 'Echt'));
    for (const c of [chair, late, ...phones]) c.close();
  }, 60_000);
});
