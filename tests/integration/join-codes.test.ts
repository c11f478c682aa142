// ABUSE-8: join codes cannot be guessed over HTTP (or the socket) at speed, while a whole hall
// behind one venue address still joins.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CODE_ALPHABET } from '../../shared/limits.js';
import { DEFAULT_RATE_LIMITS } from '../../server/realtime/rate-limit.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { TestClient } from '../helpers/ws-client.js';

let srv: TestServer;
beforeAll(async () => {
  // The real limits: every test request comes from one address, 127.0.0.1, like a venue NAT.
  srv = await startTestServer({ rateLimits: DEFAULT_RATE_LIMITS });
});
afterAll(async () => {
  await srv.stop();
});

const randomCode = () =>
  Array.from({ length: 6 }, () => CODE_ALPHABET[Math.floor(Math.random() * 31)]).join('');

describe('join-code lookups', () => {
  it('[ABUSE-8] a hall of 650 behind one address joins, with some typos; a guessing script is stopped', async () => {
    const ev = await srv.createEvent('Volle zaal');
    // 650 phones open the join page and the event, 40 of them mistype the code first.
    let misses = 0;
    for (let i = 0; i < 650; i++) {
      if (i % 16 === 0) {
        const typo = await fetch(`${srv.url}/api/events/${randomCode()}`);
        expect(typo.status).toBe(404);
        misses++;
      }
      const res = await fetch(`${srv.url}/api/events/${ev.code}`);
      expect(res.status).toBe(200);
      await res.arrayBuffer();
    }
    expect(misses).toBeGreaterThan(30);
    const page = await fetch(`${srv.url}/j/${ev.code}`);
    expect(page.status).toBe(200);

    // A script tries codes as fast as it can: within its budget of misses it is refused.
    let limited: Response | null = null;
    for (let i = 0; i < 200 && !limited; i++) {
      const res = await fetch(`${srv.url}/api/events/${randomCode()}`);
      if (res.status === 429) limited = res;
      else expect(res.status).toBe(404);
    }
    expect(limited).not.toBeNull();
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited!.json()).toMatchObject({ error: { code: 'rate_limited' } });
    // Refused whatever the code, so a refusal says nothing about which codes exist.
    expect((await fetch(`${srv.url}/api/events/${ev.code}`)).status).toBe(429);
    expect((await fetch(`${srv.url}/j/${ev.code}`)).status).toBe(429);
    // The socket path shares the budget.
    const socket = await TestClient.connect(srv.url, {
      role: 'participant',
      eventCode: randomCode(),
      participantId: 'guess-socket',
    });
    expect(socket.messages[0]).toMatchObject({ type: 'error', code: 'rate_limited' });
    expect(socket.closed?.code).toBe(4006);

    // The budget refills (one miss a second): the hall's address can look its code up again.
    const until = Date.now() + 10_000;
    let status = 429;
    while (status === 429 && Date.now() < until) {
      status = (await fetch(`${srv.url}/api/events/${ev.code}`)).status;
      if (status === 429) await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe(200);
  });
});
