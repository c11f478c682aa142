// Random and malformed input against a real server: it never crashes, every frame and body
// gets a coded answer, and the connection survives.

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../shared/protocol.js';
import {
  GENEROUS,
  startTestServer,
  type CreatedEvent,
  type TestServer,
} from '../helpers/server.js';
import { TestClient } from '../helpers/ws-client.js';

let srv: TestServer;
let ev: CreatedEvent;
const CODES = new Set<string>(Object.values(ErrorCode));

beforeAll(async () => {
  srv = await startTestServer({ rateLimits: GENEROUS });
  ev = await srv.createEvent();
});
afterAll(async () => {
  await srv.stop();
});

const frameArb = (wallId: string) =>
  fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
    fc
      .record(
        {
          type: fc.constantFrom(
            'statement.submit',
            'heart.set',
            'statement.moderate',
            'activity.show',
            'filter.words',
            'bogus',
          ),
          id: fc.oneof(fc.string({ minLength: 1, maxLength: 70 }), fc.integer()),
          activityId: fc.oneof(fc.constant(wallId), fc.string()),
          statementId: fc.string(),
          text: fc.oneof(fc.string({ maxLength: 300 }), fc.constant('')),
          on: fc.oneof(fc.boolean(), fc.string()),
          action: fc.constantFrom('approve', 'pin', 'edit', 'x'),
          words: fc.array(fc.string({ maxLength: 50 }), { maxLength: 5 }),
        },
        { requiredKeys: ['type'] },
      )
      .map((v) => JSON.stringify(v)),
  );

describe('fuzzing a live server', () => {
  it('[PROTO-1] 1,500 random frames: each gets an answer with a known code; the socket survives', async () => {
    const p = await TestClient.connect(srv.url, {
      role: 'participant',
      eventCode: ev.code,
      participantId: 'fuzz-participant-1',
    });
    const wallId = p.currentWallId();
    const frames = fc.sample(frameArb(wallId), { numRuns: 1500, seed: 42 });
    let answered = 0;
    for (let i = 0; i < frames.length; i += 100) {
      const batch = frames.slice(i, i + 100);
      const from = p.messages.length;
      for (const f of batch) p.sendRaw(f);
      p.send({ type: 'ping', t: i });
      await p.waitFor((m) => m.type === 'pong' && m.t === i, 10_000, from);
      const answers = p.messages.slice(from).filter((m) => m.type === 'ack' || m.type === 'error');
      for (const m of answers) if (m.type === 'error') expect(CODES.has(m.code)).toBe(true);
      answered += answers.length;
    }
    // A command can be answered once; nothing else may go unanswered.
    expect(answered).toBe(frames.length);
    expect(p.closed).toBeNull();
    expect((await fetch(`${srv.url}/healthz`)).status).toBe(200);
    p.close();
  }, 60_000);

  it('[PROTO-1] random hellos are refused with a code or accepted; never a crash', async () => {
    const hellos = fc.sample(
      fc.record({
        type: fc.constant('hello'),
        protocol: fc.oneof(fc.constant(1), fc.integer()),
        role: fc.oneof(
          fc.constantFrom('participant', 'chair', 'projector', 'organizer'),
          fc.string(),
        ),
        eventCode: fc.oneof(fc.constant(ev.code), fc.string({ maxLength: 40 })),
        participantId: fc.oneof(fc.string({ maxLength: 80 }), fc.constant(undefined)),
        key: fc.oneof(fc.string({ maxLength: 300 }), fc.constant(undefined)),
        roomId: fc.oneof(fc.string({ maxLength: 70 }), fc.constant(undefined)),
      }),
      { numRuns: 150, seed: 3 },
    );
    for (const h of hellos) {
      const c = await TestClient.open(srv.url);
      c.sendRaw(JSON.stringify(h));
      const first = await c.waitFor((m) => m.type === 'welcome' || m.type === 'error', 5000);
      if (first.type === 'error') expect(CODES.has(first.code)).toBe(true);
      c.close();
    }
    expect((await fetch(`${srv.url}/healthz`)).status).toBe(200);
  }, 60_000);

  it('[JOIN-5] 500 random bodies to the events API: 201, 400 or 413, never 500', async () => {
    const bodies = fc.sample(
      fc.oneof(
        fc.string({ maxLength: 300 }),
        fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
        fc
          .record({
            name: fc.oneof(fc.string({ maxLength: 200 }), fc.integer()),
            language: fc.oneof(fc.constantFrom('nl', 'en'), fc.string()),
          })
          .map((v) => JSON.stringify(v)),
      ),
      { numRuns: 500, seed: 11 },
    );
    const statuses = new Map<number, number>();
    for (const body of bodies) {
      const res = await fetch(`${srv.url}/api/events`, {
        method: 'POST',
        headers: { authorization: `Bearer ${srv.adminToken}`, 'content-type': 'application/json' },
        body,
      });
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      expect([201, 400, 413]).toContain(res.status);
      const json = (await res.json()) as { error?: { code: string; message: string } };
      if (res.status !== 201) expect(json.error?.message).toBeTruthy();
    }
    expect(statuses.get(400)).toBeGreaterThan(0);
  }, 60_000);
});
