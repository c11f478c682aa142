// The shared clock against real servers: real sockets, SQLite across a restart, and two
// instances on PostgreSQL + Redis that must act at zero once between them.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nanoid } from 'nanoid';
import { afterAll, describe, expect, it } from 'vitest';
import type { Change } from '../../server/domain/types.js';
import type { Store } from '../../server/store/types.js';
import type { TimerView } from '../../shared/clock.js';
import type { ServerMessage } from '../../shared/protocol.js';
import { expectAck, startPoll } from '../helpers/polls.js';
import { createTestDatabase } from '../helpers/postgres.js';
import { chairKey, startTestServer, type CreatedEvent } from '../helpers/server.js';
import { postgresAvailable, redisAvailable, TEST_REDIS_URL } from '../helpers/services.js';
import { useEvent, useTestServer } from '../helpers/scenario.js';
import { TestClient } from '../helpers/ws-client.js';

const POLL = {
  pollKind: 'single' as const,
  question: 'Gaan we door?',
  options: [
    { id: 'ja', label: 'Ja' },
    { id: 'nee', label: 'Nee' },
  ],
};

const clients: TestClient[] = [];
async function connect(url: string, ev: CreatedEvent, role: 'chair' | 'projector' | 'participant') {
  const c = await TestClient.connect(url, {
    role,
    eventCode: ev.code,
    ...(role === 'chair' ? { key: chairKey(ev.chairUrl) } : {}),
    ...(role === 'participant' ? { participantId: `clock-${nanoid(10)}` } : {}),
  });
  clients.push(c);
  return c;
}
const timerOf = (c: TestClient): TimerView | null | undefined => c.room?.timer;
const code = (m: ServerMessage) => (m.type === 'error' ? m.code : m.type);

/** The room's changes made by the server at zero. */
async function systemChanges(store: Store, roomId: string): Promise<Change[]> {
  return (await store.changesSince(roomId, 0)).filter(
    (c) => c.actor.role === 'system' && c.clientId?.startsWith('clock:'),
  );
}

afterAll(() => {
  for (const c of clients) c.close();
});

describe('the shared clock on one server', () => {
  const { srv, ev } = useEvent('Sociale Top');

  it('[CLOCK-1][CLOCK-2] the chair starts, pauses, resumes, adds a minute and stops; every screen holds the same deadline', async () => {
    const chair = await connect(srv.url, ev, 'chair');
    const projector = await connect(srv.url, ev, 'projector');
    const phone = await connect(srv.url, ev, 'participant');
    const before = Date.now();
    expectAck(await chair.command({ type: 'timer.start', durationMs: 5 * 60_000 }));
    await projector.until(() => timerOf(projector)?.status === 'running');
    await phone.until(() => timerOf(phone)?.status === 'running');
    const t = timerOf(chair)!;
    expect(t.endsAt).toBeGreaterThanOrEqual(before + 5 * 60_000);
    expect(timerOf(projector)).toEqual(t);
    expect(timerOf(phone)).toEqual(t);

    expectAck(await chair.command({ type: 'timer.control', action: 'pause' }));
    await phone.until(() => timerOf(phone)?.status === 'paused');
    expect(timerOf(phone)!.remainingMs).toBeLessThanOrEqual(5 * 60_000);
    expectAck(await chair.command({ type: 'timer.control', action: 'resume' }));
    expectAck(await chair.command({ type: 'timer.control', action: 'add' }));
    await phone.until(() => timerOf(phone)?.durationMs === 6 * 60_000);
    expect(timerOf(phone)!.status).toBe('running');

    // A phone and a projector may not keep the time.
    expect(code(await phone.command({ type: 'timer.control', action: 'stop' }))).toBe('forbidden');
    expect(code(await projector.command({ type: 'timer.start', durationMs: 60_000 }))).toBe(
      'forbidden',
    );

    // A fresh connection gets the timer with its snapshot.
    const late = await connect(srv.url, ev, 'participant');
    await late.until(() => timerOf(late)?.status === 'running');
    expect(timerOf(late)).toEqual(timerOf(chair));

    expectAck(await chair.command({ type: 'timer.control', action: 'stop' }));
    await phone.until(() => timerOf(phone) === null);
  });

  it('[CLOCK-5] bad timers get a coded error and change nothing', async () => {
    const chair = await connect(srv.url, ev, 'chair');
    const seq = chair.seq;
    const cases: [Parameters<TestClient['command']>[0], string][] = [
      [{ type: 'timer.start', endsAt: Date.now() - 60_000 }, 'timer_in_past'],
      [{ type: 'timer.start', durationMs: -1000 }, 'out_of_range'],
      [{ type: 'timer.start', durationMs: 13 * 3_600_000 }, 'out_of_range'],
      [{ type: 'timer.start', durationMs: 60_000, activityId: 'nothere' }, 'not_found'],
      [{ type: 'timer.start', durationMs: 60_000, phase: 4 }, 'not_found'],
      [{ type: 'timer.control', action: 'pause' }, 'no_timer'],
    ];
    for (const [cmd, want] of cases) {
      const answer = await chair.command(cmd);
      expect(code(answer), JSON.stringify(cmd)).toBe(want);
      expect(answer.type === 'error' && answer.message.length > 0).toBe(true);
    }
    chair.sendRaw(JSON.stringify({ type: 'timer.start', id: 'bad-1', durationMs: 'vijf' }));
    const parsed = await chair.waitFor((m) => m.type === 'error' && m.id === 'bad-1');
    expect(code(parsed)).toBe('invalid');
    expect((await srv.store.changesSince(ev.rooms[0]!.id, seq)).length).toBe(0);
  });

  it('[CLOCK-4] at zero the server closes the poll, once', async () => {
    const chair = await connect(srv.url, ev, 'chair');
    const phone = await connect(srv.url, ev, 'participant');
    const pollId = await startPoll(chair, POLL);
    await phone.until(() => phone.activities.get(pollId)?.kind === 'poll');
    expectAck(await chair.command({ type: 'timer.start', durationMs: 1000, atZero: 'close' }));
    await phone.until(() => phone.poll(pollId).state === 'closed');
    await phone.until(() => timerOf(phone)?.status === 'done');
    expect(code(await phone.command({ type: 'poll.vote', pollId, optionIds: ['ja'] }))).toBe(
      'poll_closed',
    );
    const closes = (await systemChanges(srv.store, ev.rooms[0]!.id)).filter(
      (c) => c.event.type === 'poll.controlled',
    );
    expect(closes).toHaveLength(1);
  });
});

describe('a room nobody watches', () => {
  const srv = useTestServer();

  it('[CLOCK-4] is not unloaded while its timer runs, and acts at zero with nobody connected', async () => {
    const ev = await srv.createEvent('Leeg');
    const chair = await connect(srv.url, ev, 'chair');
    const pollId = await startPoll(chair, POLL);
    expectAck(await chair.command({ type: 'timer.start', durationMs: 1500, atZero: 'close' }));
    chair.close();
    const roomId = ev.rooms[0]!.id;
    const live = (await srv.registry.get(roomId))!;
    await expect.poll(() => live.conns.size).toBe(0);
    expect(srv.registry.evictIdle()).toBe(0);
    await expect
      .poll(async () => (await systemChanges(srv.store, roomId)).length, { timeout: 10_000 })
      .toBe(2);
    const closed = (await systemChanges(srv.store, roomId))[0]!.event;
    expect(closed).toMatchObject({ type: 'poll.controlled', pollId, action: 'close' });
    // Done, it may go.
    expect(srv.registry.evictIdle()).toBe(1);
  });
});

describe('the time plan', () => {
  const srv = useTestServer();

  it('[CLOCK-6] the organizer saves a plan; connected screens get it live; bad plans get 400 and change nothing', async () => {
    const ev = await srv.createEvent('Plan');
    const chair = await connect(srv.url, ev, 'chair');
    const put = (body: unknown, token: string | null = srv.adminToken) =>
      fetch(`${srv.url}/api/events/${ev.code}/plan`, {
        method: 'PUT',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      });
    const items = [
      { label: 'Ronde 1', start: '10:00', end: '10:45' },
      { label: 'Opening', start: '09:30' },
    ];
    const res = await put({ items });
    expect(res.status).toBe(200);
    await chair.until(() => chair.messages.some((m) => m.type === 'event' && !!m.event.plan));
    const last = chair.messages.filter((m) => m.type === 'event').at(-1);
    expect(last?.type === 'event' && last.event.plan?.map((p) => p.label)).toEqual([
      'Opening',
      'Ronde 1',
    ]);

    const bad = await put({ items: [{ label: 'Te laat', start: '11:00', end: '10:00' }] });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: { code: 'invalid', field: 'items.0.end' },
    });
    expect((await put({ items }, null)).status).toBe(401);
    const info = (await (await fetch(`${srv.url}/api/events/${ev.code}`)).json()) as {
      plan?: unknown[];
    };
    expect(info.plan).toHaveLength(2);
    const got = (await (await fetch(`${srv.url}/api/events/${ev.code}/plan`)).json()) as {
      items: unknown[];
    };
    expect(got.items).toHaveLength(2);
  });
});

describe('the shared clock across a restart (SQLite)', () => {
  it('[CLOCK-4] a timer that ran out while the server was down acts once when the room loads again', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'vonk-clock-'));
    try {
      const first = await startTestServer({ dataDir });
      const ev = await first.createEvent('Herstart');
      const chair = await connect(first.url, ev, 'chair');
      const pollId = await startPoll(chair, POLL);
      expectAck(await chair.command({ type: 'timer.start', durationMs: 1000, atZero: 'close' }));
      chair.close();
      // The room is closed before (or while) its timer runs out: its deadline is in the log.
      await first.close();

      const second = await startTestServer({ dataDir });
      const again = await connect(second.url, ev, 'chair');
      await again.until(() => again.poll(pollId).state === 'closed');
      await again.until(() => timerOf(again)?.status === 'done');
      const atZero = await systemChanges(second.store, ev.rooms[0]!.id);
      expect(atZero.filter((c) => c.event.type === 'poll.controlled')).toHaveLength(1);
      expect(atZero.filter((c) => c.event.type === 'timer.set')).toHaveLength(1);
      await second.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

const hasBackends = (await postgresAvailable()) && (await redisAvailable());

describe.skipIf(!hasBackends)('the shared clock on two instances (PostgreSQL + Redis)', () => {
  it('[CLOCK-4] both instances hold the room; the agenda moves on once', async () => {
    const db = await createTestDatabase();
    const channel = `vonk:test:${nanoid()}`;
    const opts = { databaseUrl: db.url, redisUrl: TEST_REDIS_URL, redisChannel: channel };
    const a = await startTestServer(opts);
    const b = await startTestServer(opts);
    try {
      const ev = await a.createEvent('Twee');
      const chair = await connect(a.url, ev, 'chair');
      const pollId = await startPoll(chair, POLL);
      const created = await chair.command({
        type: 'activity.create',
        kind: 'poll',
        title: 'Daarna',
        config: POLL,
      });
      expectAck(created);
      const projector = await connect(b.url, ev, 'projector');
      await projector.until(() => projector.room?.currentActivityId === pollId);
      expectAck(await chair.command({ type: 'timer.start', durationMs: 1000, atZero: 'advance' }));
      await projector.until(() => timerOf(projector)?.status === 'done');
      await chair.until(() => timerOf(chair)?.status === 'done');
      expect(projector.room?.currentActivityId).toBe((created as { id: string }).id);
      const atZero = await systemChanges(a.store, ev.rooms[0]!.id);
      expect(atZero.filter((c) => c.event.type === 'activity.shown')).toHaveLength(1);
      expect(atZero.filter((c) => c.event.type === 'timer.set')).toHaveLength(1);
    } finally {
      await a.stop();
      await b.stop();
      await db.drop();
    }
  });
});
