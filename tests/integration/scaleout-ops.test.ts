// Several Vonk instances, one event, when things happen to them: the organizer's counts from
// every instance, an instance cut off from Redis, organizer changes reaching every instance, and
// an instance killed mid-event (the screens and votes themselves: scaleout.test.ts).

import { nanoid } from 'nanoid';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { RoomOverview } from '../../shared/model.js';
import type { ServerMessage } from '../../shared/protocol.js';
import type { TestDatabase } from '../helpers/postgres.js';
import { TEST_REDIS_URL } from '../helpers/services.js';
import { chairKey, startTestServer, type TestServer } from '../helpers/server.js';
import { startTcpProxy } from '../helpers/tcp-proxy.js';
import { hasBackends, PRESENCE_MS, useTwoInstances } from '../helpers/two-instances.js';
import { TestClient } from '../helpers/ws-client.js';

const { env, connect, participant, childInstance, postModeratedEvent } = useTwoInstances();
const { cleanup } = env;
let a: TestServer;
let b: TestServer;
let db: TestDatabase;
let channel: string;
beforeAll(() => {
  ({ a, b, db, channel } = env);
});

describe.skipIf(!hasBackends)('several instances, one event: counts, cuts and failures', () => {
  it('[SCALE-8][ROOM-6] the organizer overview counts the people on every instance', async () => {
    const ev = await a.createEvent('Overal');
    const people = await Promise.all(
      Array.from({ length: 5 }, (_, i) => participant(i < 2 ? a.url : b.url, ev, `where-${i}-pid`)),
    );
    const projector = await connect(b.url, { role: 'projector', eventCode: ev.code });
    const overview = async (via: TestServer) => {
      const res = await fetch(`${via.url}/api/events/${ev.code}/overview`, {
        headers: { authorization: 'Bearer test-admin-token' },
      });
      expect(res.status).toBe(200);
      return ((await res.json()) as RoomOverview[])[0]!.connected;
    };
    // Within a few announcement periods, both instances see all five and the projector.
    await vi.waitFor(
      async () => {
        for (const via of [a, b]) {
          expect(await overview(via)).toEqual({ participants: 5, chairs: 0, projectors: 1 });
        }
      },
      { timeout: 10 * PRESENCE_MS, interval: 100 },
    );
    // Those who leave drop out of the count on both.
    for (const p of people.slice(1, 4)) p.close();
    projector.close();
    await vi.waitFor(
      async () => {
        for (const via of [a, b]) {
          expect(await overview(via)).toEqual({ participants: 2, chairs: 0, projectors: 0 });
        }
      },
      { timeout: 10 * PRESENCE_MS, interval: 100 },
    );
  });

  it('[SCALE-2][BUS-4] an instance cut off from Redis serves its own sockets, and both sides catch up when the link is back', async () => {
    const u = new URL(TEST_REDIS_URL);
    const proxy = await startTcpProxy(u.hostname, Number(u.port || 6379));
    cleanup.push(() => proxy.close());
    const c = await startTestServer({
      databaseUrl: db.url,
      redisUrl: proxy.url(TEST_REDIS_URL),
      redisChannel: channel,
    });
    cleanup.push(() => c.stop());
    const ev = await postModeratedEvent(a);
    const projectorA = await connect(a.url, { role: 'projector', eventCode: ev.code });
    const projectorC = await connect(c.url, { role: 'projector', eventCode: ev.code });
    const onA = await participant(a.url, ev, 'cut-off-pid-a');
    const onC = await participant(c.url, ev, 'cut-off-pid-c');
    const post = async (p: TestClient, text: string) => {
      const t0 = performance.now();
      const ack = await p.command({
        type: 'statement.submit',
        activityId: p.currentWallId(),
        text,
      });
      expect(ack.type).toBe('ack');
      return { id: (ack as { id: string }).id, ms: performance.now() - t0 };
    };
    const quiet = () => new Promise((r) => setTimeout(r, 300));

    // Cut off, C still commits and acknowledges at once for its own sockets.
    await proxy.cut();
    const fromC = await post(onC, 'Tijdens de storing, via C');
    expect(fromC.ms).toBeLessThan(2000);
    await projectorC.until(() => projectorC.statements.has(fromC.id));
    await quiet();
    expect(projectorA.statements.has(fromC.id)).toBe(false);
    await proxy.restore();
    // What C published while cut off was queued, and goes out once the link is back.
    await projectorA.until(() => projectorA.statements.has(fromC.id), 5000);

    // Cut off again, A posts: C hears nothing until the link is back; then its rooms resync
    // from the store, without waiting for a further change.
    await vi.waitFor(() => expect(c.bus.ping()).resolves.toBeUndefined(), { timeout: 5000 });
    // Connected is not yet settled: after 'ready' C subscribes again and then resyncs its
    // rooms from the store. Let that finish, or its late read could fetch A's next post
    // during the cut below.
    await new Promise((r) => setTimeout(r, 1500));
    await proxy.cut();
    const fromA = await post(onA, 'Tijdens de storing, via A');
    await quiet();
    expect(projectorC.statements.has(fromA.id)).toBe(false);
    await proxy.restore();
    await projectorC.until(() => projectorC.statements.has(fromA.id), 5000);
  });

  it('[SCALE-7][ROOM-4][ROOM-5] revoking a chair link, adding rooms and deleting an event reach every instance', async () => {
    const ev = await a.createEvent('Overal');
    const admin = { authorization: 'Bearer test-admin-token' };
    const chairOnB = await connect(b.url, {
      role: 'chair',
      eventCode: ev.code,
      key: chairKey(ev.chairUrl),
    });
    const onB = await participant(b.url, ev, 'everywhere-pid');

    // Rooms added through A: a join on B's live room already lists them.
    const added = await fetch(`${a.url}/api/events/${ev.code}/rooms`, {
      method: 'POST',
      headers: { ...admin, 'content-type': 'text/csv' },
      body: 'name\nTafel 1\nTafel 2',
    });
    expect(added.status).toBe(201);
    await vi.waitFor(async () => {
      const late = await participant(b.url, ev, `late-${nanoid(8)}`);
      expect(late.messages.find((m) => m.type === 'welcome')).toMatchObject({
        event: { rooms: [{ kind: 'plenary' }, { name: 'Tafel 1' }, { name: 'Tafel 2' }] },
      });
    });

    // The chair link revoked through A: the chair on B is sent away, participants stay.
    const revoked = await fetch(`${a.url}/api/events/${ev.code}/chair-link`, {
      method: 'POST',
      headers: admin,
    });
    expect(revoked.status).toBe(200);
    await chairOnB.until(() => chairOnB.closed !== null, 2000);
    expect(chairOnB.closed?.code).toBe(4005);
    expect(onB.closed).toBeNull();

    // The event deleted through A: every socket of it on B is closed, and B forgets the room.
    const deleted = await fetch(`${a.url}/api/events/${ev.code}`, {
      method: 'DELETE',
      headers: admin,
    });
    expect(deleted.status).toBe(204);
    await onB.until(() => onB.closed !== null, 2000);
    expect(onB.closed?.code).toBe(4004);
    await vi.waitFor(() => expect(b.registry.peek(ev.rooms[0]!.id)).toBeUndefined());
  });

  it('[SCALE-4][PROTO-3] an instance is killed mid-event: its clients move on and nothing acknowledged is lost', async () => {
    const child = await childInstance(a.dataDir);
    const ev = await postModeratedEvent(a);
    const roomId = ev.rooms[0]!.id;
    const chair = await connect(a.url, {
      role: 'chair',
      eventCode: ev.code,
      key: chairKey(ev.chairUrl),
    });
    const PEOPLE = 5;
    const EACH = 30;
    const sent = new Map<string, string[]>();
    const acked = new Set<string>();
    const people = await Promise.all(
      Array.from({ length: PEOPLE }, (_, i) => participant(child.url, ev, `moving-${i}-pid`)),
    );
    const watchAcks = (c: TestClient) =>
      c.ws.on('message', (data) => {
        const m = JSON.parse(data.toString()) as ServerMessage;
        if (m.type === 'ack') acked.add(m.id);
      });
    people.forEach((p, i) => {
      watchAcks(p);
      const ids = Array.from({ length: EACH }, () => nanoid());
      sent.set(`moving-${i}-pid`, ids);
      // Sent back to back, as a phone flushing its outbox: many are in flight at the kill.
      ids.forEach((id, j) =>
        p.send({
          type: 'statement.submit',
          id,
          activityId: p.currentWallId(),
          text: `Punt ${i}.${j}`,
        }),
      );
    });
    await vi.waitFor(() => expect(acked.size).toBeGreaterThanOrEqual(PEOPLE * 3), { interval: 1 });
    await child.kill();
    const ackedBeforeKill = new Set(acked);
    for (const p of people) await p.until(() => p.closed !== null);
    expect(ackedBeforeKill.size).toBeLessThan(PEOPLE * EACH);

    // Each phone reconnects to the surviving instance and resends what it has no ack for.
    const moved = await Promise.all([...sent.keys()].map((pid) => participant(a.url, ev, pid)));
    for (const [i, p] of moved.entries()) {
      watchAcks(p);
      for (const [j, id] of (sent.get(`moving-${i}-pid`) ?? []).entries()) {
        if (!acked.has(id)) {
          p.send({
            type: 'statement.submit',
            id,
            activityId: p.currentWallId(),
            text: `Punt ${i}.${j}`,
          });
        }
      }
    }
    await vi.waitFor(() => expect(acked.size).toBe(PEOPLE * EACH), { timeout: 10_000 });
    for (const id of ackedBeforeKill) expect(await a.store.findClientId(roomId, id)).not.toBeNull();
    // Each statement exactly once, in the log and on the chair's screen.
    const log = await a.store.changesSince(roomId, 0);
    const posted = log.filter((c) => c.event.type === 'statement.posted').map((c) => c.clientId);
    expect(posted).toHaveLength(PEOPLE * EACH);
    expect(new Set(posted).size).toBe(PEOPLE * EACH);
    await chair.until(() => chair.statements.size === PEOPLE * EACH, 5000);
  });
});
