// Random and malformed input against a real server: it never crashes, every frame and body
// gets a coded answer, and the connection survives.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../shared/protocol.js';
import { GENEROUS } from '../helpers/server.js';
import { TestClient } from '../helpers/ws-client.js';
import { asParticipant, useEvent } from '../helpers/scenario.js';

const { srv, ev } = useEvent(undefined, { rateLimits: GENEROUS });
const CODES = new Set<string>(Object.values(ErrorCode));

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
    const p = await asParticipant(srv, ev, 'fuzz-participant-1');
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
        token: fc.oneof(
          fc.string({ maxLength: 80 }),
          fc.constant(undefined),
          fc.constant('zzzzzzzz.AAAAAAAAAAAAAAAAAAAAAA'),
        ),
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

  // Every other HTTP body the server reads, each with random text, random JSON and near-valid
  // records: an answer from the route's own list with a coded message, never a 500.
  const anyBody = (near: fc.Arbitrary<unknown>) =>
    fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      near.map((v) => JSON.stringify(v)),
    );
  const text = fc.oneof(fc.string({ maxLength: 130 }), fc.integer(), fc.constant(null));
  const BODY_ROUTES: {
    name: string;
    method: string;
    path: () => string;
    type: string;
    bodies: fc.Arbitrary<string | Blob>;
    statuses: number[];
  }[] = [
    {
      name: 'POST /api/events/:code/rooms (CSV)',
      method: 'POST',
      path: () => `/api/events/${ev.code}/rooms`,
      type: 'text/csv',
      bodies: fc.oneof(
        fc.string({ maxLength: 400 }),
        fc
          .array(fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 }), { maxLength: 6 })
          .map((rows) => ['naam;locatie;sjabloon', ...rows.map((r) => r.join(';'))].join('\n')),
      ),
      statuses: [201, 400, 409],
    },
    {
      name: 'POST /api/events/:code/rooms (JSON)',
      method: 'POST',
      path: () => `/api/events/${ev.code}/rooms`,
      type: 'application/json',
      bodies: anyBody(
        fc.record({
          rooms: fc.array(fc.record({ name: text, location: text, chair: text, template: text }), {
            maxLength: 4,
          }),
        }),
      ),
      statuses: [201, 400, 409],
    },
    {
      name: 'PATCH /api/events/:code',
      method: 'PATCH',
      path: () => `/api/events/${ev.code}`,
      type: 'application/json',
      bodies: anyBody(
        fc.record(
          {
            name: text,
            endsAt: fc.oneof(fc.integer(), fc.double(), fc.constant(null)),
            accentColor: fc.oneof(fc.constant('#1a6b3c'), fc.string({ maxLength: 9 })),
            projectorTheme: fc.oneof(fc.constantFrom('dark', 'light'), text),
          },
          { requiredKeys: [] },
        ),
      ),
      statuses: [200, 400],
    },
    {
      name: 'POST /api/events/:code/chair-link',
      method: 'POST',
      path: () => `/api/events/${ev.code}/chair-link`,
      type: 'application/json',
      bodies: anyBody(fc.record({ roomId: fc.oneof(fc.string({ maxLength: 20 }), fc.integer()) })),
      statuses: [200, 400, 404],
    },
    {
      name: 'POST /api/events/:code/template',
      method: 'POST',
      path: () => `/api/events/${ev.code}/template`,
      type: 'application/json',
      bodies: anyBody(
        fc.record(
          {
            template: fc.oneof(fc.constantFrom('rondetafel', 'pitch', 'muur'), text),
            rooms: fc.oneof(
              fc.constantFrom('all', 'parallel'),
              fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 }),
              text,
            ),
          },
          { requiredKeys: [] },
        ),
      ),
      statuses: [200, 400, 404, 409],
    },
    {
      name: 'PUT /api/events/:code/logo',
      method: 'PUT',
      path: () => `/api/events/${ev.code}/logo`,
      type: 'image/png',
      bodies: fc.uint8Array({ maxLength: 2000 }).map((b) => new Blob([b])),
      statuses: [200, 400, 415],
    },
    {
      name: 'POST /api/events/import',
      method: 'POST',
      path: () => '/api/events/import',
      type: 'application/json',
      bodies: anyBody(
        fc.record({
          format: fc.oneof(fc.constant('vonk-event'), text),
          version: fc.oneof(fc.constant(1), fc.integer()),
          event: fc.record({ name: text, language: fc.oneof(fc.constantFrom('nl', 'en'), text) }),
          rooms: fc.array(
            fc.record({
              name: text,
              kind: fc.oneof(fc.constantFrom('plenary', 'room'), text),
              activities: fc.array(
                fc.record({
                  kind: fc.oneof(fc.constantFrom('wall', 'poll', 'qa', 'round'), text),
                  title: text,
                  config: fc.dictionary(
                    fc.constantFrom('pollKind', 'options', 'phases', 'maxLength', 'prompt', 'x'),
                    fc.jsonValue({ maxDepth: 2 }),
                  ),
                }),
                { maxLength: 3 },
              ),
            }),
            { maxLength: 3 },
          ),
        }),
      ),
      statuses: [201, 400],
    },
  ];

  it.each(BODY_ROUTES)(
    '[ABUSE-4] 150 random bodies to $name: a coded answer, never a 500',
    async ({ method, path, type, bodies, statuses }) => {
      const seen = new Map<number, number>();
      for (const body of fc.sample(bodies, { numRuns: 150, seed: 21 })) {
        const res = await fetch(`${srv.url}${path()}`, {
          method,
          headers: { authorization: `Bearer ${srv.adminToken}`, 'content-type': type },
          body,
        });
        seen.set(res.status, (seen.get(res.status) ?? 0) + 1);
        expect(statuses, `${res.status} for ${String(body).slice(0, 200)}`).toContain(res.status);
        const json = (await res.json()) as { error?: { code: string; message: string } };
        if (res.status >= 400) {
          expect(json.error?.code).toBeTruthy();
          expect(json.error?.message).toBeTruthy();
        }
      }
      // The random bodies did reach the checks, not only the parser.
      expect([...seen.keys()].some((st) => st === 400 || st === 404 || st === 415)).toBe(true);
      expect((await fetch(`${srv.url}/healthz`)).status).toBe(200);
    },
    120_000,
  );
});
