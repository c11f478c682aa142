// Groups that travel on several instances (ROT-6): a slot change made on one instance moves the
// group's phones on every instance, over PostgreSQL and Redis.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasBackends, useTwoInstances } from '../helpers/two-instances.js';
import type { RotationMessage, VisitMessage } from '../../shared/protocol.js';
import { asChair } from '../helpers/scenario.js';
import type { RotationPlan } from '../../shared/rotation.js';
import { GENEROUS } from '../helpers/server.js';
import { TestClient } from '../helpers/ws-client.js';

const { env } = useTwoInstances({ rateLimits: GENEROUS });

describe.skipIf(!hasBackends)('rotation on several instances', () => {
  it('[ROT-6] "next slot" on one instance moves the group\'s phones on both', async () => {
    const { a, b } = env;
    const ev = await a.createEvent('Sociale Top');
    const auth = { authorization: `Bearer ${a.adminToken}` };
    const post = (path: string, body: string, type = 'application/json') =>
      fetch(`${a.url}/api/events/${ev.code}${path}`, {
        method: 'POST',
        headers: { ...auth, 'content-type': type },
        body,
      });
    const csv = readFileSync('tests/fixtures/sociale-top-rooms.csv', 'utf8');
    expect((await post('/rooms', csv, 'text/csv')).status).toBe(201);
    const made = await post('/rotation/generate', '{}');
    const { plan } = (await made.json()) as { plan: RotationPlan };
    const g = plan.groups[10]!;
    const at = (slot: number) =>
      plan.visits.find((x) => x.groupId === g.id && x.slot === slot)!.roomId;
    const hello = (id: string) => ({
      role: 'participant' as const,
      eventCode: ev.code,
      participantId: id,
      group: g.code,
    });
    const onA = await TestClient.connect(a.url, hello('traveler-on-a'));
    const onB = await TestClient.connect(b.url, hello('traveler-on-b'));
    expect(onA.room?.id).toBe(at(0));
    expect(onB.room?.id).toBe(at(0));

    expect((await post('/rotation/next', '{}')).status).toBe(200);
    for (const phone of [onA, onB]) {
      const moved = (await phone.waitFor(
        (m) => m.type === 'visit' && m.visit.slot === 1,
      )) as VisitMessage;
      expect(moved.visit.roomId).toBe(at(1));
    }
    // A reconnect through the other instance lands in the new location too.
    onB.close();
    const again = await TestClient.connect(b.url, hello('traveler-on-b'));
    expect(again.room?.id).toBe(at(1));
    again.close();
    onA.close();
  });

  it('[ROT-32] "next slot" on one instance pushes the location\'s visits to its chairs on both', async () => {
    const { a, b } = env;
    const ev = await a.createEvent('Sociale Top');
    const post = (path: string, body: string, type = 'application/json') =>
      fetch(`${a.url}/api/events/${ev.code}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${a.adminToken}`, 'content-type': type },
        body,
      });
    const csv = readFileSync('tests/fixtures/sociale-top-rooms.csv', 'utf8');
    expect((await post('/rooms', csv, 'text/csv')).status).toBe(201);
    const { plan } = (await (await post('/rotation/generate', '{}')).json()) as {
      plan: RotationPlan;
    };
    const here = plan.visits[0]!.roomId;
    const due = (slot: number) =>
      plan.visits.find((v) => v.roomId === here && v.slot === slot)!.groupId;
    const chairs = [await asChair(a, ev, { roomId: here }), await asChair(b, ev, { roomId: here })];
    const from = chairs.map((c) => c.messages.length);
    expect((await post('/rotation/next', '{}')).status).toBe(200);
    for (const [i, chair] of chairs.entries()) {
      const pushed = (await chair.waitFor(
        (m) => m.type === 'rotation' && m.visits.slot === 1,
        10_000,
        from[i],
      )) as RotationMessage;
      expect(pushed.visits.here?.groupId).toBe(due(1));
      expect(pushed.visits.next?.groupId).toBe(due(2));
    }
    for (const c of chairs) c.close();
  });
});
