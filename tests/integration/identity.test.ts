// AUTH-8: participant identities are issued by the server, and an address gets new ones only
// at the pace of a hall: 650 phones behind one venue NAT join, a script minting thousands is
// stopped, and a phone that kept its token always gets back in.

import { describe, expect, it } from 'vitest';
import { NEW_IDENTITIES } from '../../server/realtime/rate-limit.js';
import { GENEROUS } from '../helpers/server.js';
import { TestClient } from '../helpers/ws-client.js';
import { useTestServer } from '../helpers/scenario.js';

const srv = useTestServer({ rateLimits: { ...GENEROUS, ipIdentities: NEW_IDENTITIES } });

describe('issuing participant identities', () => {
  it('[AUTH-8] a hall of 650 behind one address gets in; a burst of thousands does not', async () => {
    const ev = await srv.createEvent('Zaal achter één adres');
    const join = async (participantId: string, token?: string) => {
      const c = await TestClient.connect(srv.url, {
        role: 'participant',
        eventCode: ev.code,
        participantId,
        ...(token ? { token } : {}),
      });
      const w = c.messages.find((m) => m.type === 'welcome');
      c.close();
      return { welcome: w?.type === 'welcome' ? w : null, first: c.messages[0], closed: c.closed };
    };

    const t0 = performance.now();
    let kept = '';
    for (let batch = 0; batch < 13; batch++) {
      const joined = await Promise.all(
        Array.from({ length: 50 }, (_, i) => join(`hall-${batch}-${i}-phone`)),
      );
      for (const j of joined) expect(j.welcome?.identity?.token).toMatch(/\./);
      if (batch === 0) kept = joined[0]!.welcome!.identity!.token;
    }

    // A script mints identities as fast as it can: it is stopped well before 5,000.
    let minted = 0;
    let refused: Awaited<ReturnType<typeof join>> | null = null;
    while (!refused && minted < 5000) {
      const tries = await Promise.all(
        Array.from({ length: 50 }, (_, i) => join(`script-${minted + i}-xxxx`)),
      );
      for (const t of tries) {
        if (t.welcome) minted++;
        else refused ??= t;
      }
    }
    // What the rule allows in that time (burst plus refill, minus the hall), and one batch
    // in flight: far below the thousands asked for, however slow this machine is.
    const seconds = (performance.now() - t0) / 1000;
    const budget = NEW_IDENTITIES.capacity + NEW_IDENTITIES.perSecond * seconds - 650;
    expect(minted).toBeLessThanOrEqual(budget + 50);
    expect(minted).toBeLessThan(5000);
    expect(refused?.first).toMatchObject({ type: 'error', code: 'rate_limited' });
    expect(refused?.closed?.code).toBe(4006);

    // A phone of the hall that kept its token is not new: it gets back in at once.
    const back = await join('hall-0-0-phone', kept);
    expect(back.welcome?.identity?.token).toBe(kept);
  }, 120_000);
});
