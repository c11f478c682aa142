// What the server itself writes to a room goes through the room's owner too (SCALE-40..44):
// organizer HTTP writes, a harvest into a plenary owned elsewhere, a failover, an owner that
// cannot be reached, and a chair-only change crossing instances. Real PostgreSQL and Redis.

import { Redis } from 'ioredis';
import { nanoid } from 'nanoid';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { RoomView } from '../../shared/model.js';
import { startPoll } from '../helpers/polls.js';
import { addRooms } from '../helpers/report-event.js';
import { singlePoll } from '../helpers/rooms-event.js';
import { TEST_REDIS_URL } from '../helpers/services.js';
import { chairKey, type CreatedEvent, type TestServer } from '../helpers/server.js';
import { conflicts, hasBackends, metric, useSharedBackends } from '../helpers/two-instances.js';
import type { TestClient } from '../helpers/ws-client.js';
import { postStatement } from '../helpers/scenario.js';

const { env, instance, childInstance, connect } = useSharedBackends();
const { cleanup } = env;
let a: TestServer;
let b: TestServer;

beforeAll(async () => {
  if (!hasBackends) return;
  a = await instance();
  b = await instance();
});

const chairOn = (url: string, ev: CreatedEvent, roomId?: string, key = chairKey(ev.chairUrl)) =>
  connect(url, { role: 'chair', eventCode: ev.code, key, ...(roomId ? { roomId } : {}) });
const screensOn = async (url: string, ev: CreatedEvent, roomId?: string) => ({
  projector: await connect(url, {
    role: 'projector',
    eventCode: ev.code,
    ...(roomId ? { roomId } : {}),
  }),
  phone: await connect(url, {
    role: 'participant',
    eventCode: ev.code,
    participantId: `p-${nanoid(8)}`,
    ...(roomId ? { roomId } : {}),
  }),
});

const writes = (url: string, result: 'out' | 'served') =>
  metric(url, new RegExp(`^vonk_forwarded_writes_total\\{result="${result}"\\} (\\d+)$`, 'm'));

const api = (s: { url: string }, path: string, method: string, body?: unknown) =>
  fetch(`${s.url}/api${path}`, {
    method,
    headers: { authorization: 'Bearer test-admin-token', 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

const noticeOf = (c: TestClient) => (c.room as RoomView | null)?.notice ?? null;

describe.skipIf(!hasBackends)('server writes through the room’s owner', () => {
  it('[SCALE-40][SCALE-41] organizer writes through the non-owner land once, while phones stream into the owner, and every screen on both instances sees them', async () => {
    const ev = await a.createEvent('Schrijven via B');
    const roomId = ev.rooms[0]!.id;
    const chairA = await chairOn(a.url, ev);
    await vi.waitFor(() => expect(a.owners.owns(roomId)).toBe(true), { timeout: 10_000 });
    const onA = await screensOn(a.url, ev);
    const onB = await screensOn(b.url, ev);
    const chairB = await chairOn(b.url, ev);
    expect(b.owners.owns(roomId)).toBe(false);
    const before = [await conflicts(a.url), await conflicts(b.url), await writes(b.url, 'out')];
    const agendaBefore = chairA.activities.size;

    // Phones on the owner keep posting while the organizer works through the other instance.
    const wallId = onA.phone.currentWallId();
    const posts = Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        onA.phone.command({ type: 'statement.submit', activityId: wallId, text: `Idee ${i}` }),
      ),
    );
    const notice = await api(b, `/events/${ev.code}/notices`, 'POST', {
      text: 'Nog vijf minuten',
      rooms: 'all',
      audience: ['chairs', 'projectors', 'phones'],
    });
    expect(notice.status).toBe(201);
    const sent = (await notice.json()) as { id: string };
    const template = await api(b, `/events/${ev.code}/template`, 'POST', {
      template: 'pitch',
      rooms: 'all',
    });
    expect(template.status).toBe(200);
    const added = ((await template.json()) as { rooms: { added: number }[] }).rooms[0]!.added;
    expect(added).toBeGreaterThan(0);
    const content = await api(b, `/events/${ev.code}/content`, 'POST', {
      rooms: 'all',
      content: singlePoll('Wat eerst?', 'Wonen', 'Werk'),
    });
    expect(content.status).toBe(200);
    expect((await posts).every((r) => r.type === 'ack')).toBe(true);

    // Every screen on both instances shows the notice and the new agenda.
    const agenda = agendaBefore + added + 1;
    for (const c of [onA.projector, onA.phone, onB.projector, onB.phone, chairA, chairB]) {
      await c.until(() => noticeOf(c)?.id === sent.id, 10_000);
    }
    for (const c of [chairA, chairB]) await c.until(() => c.activities.size === agenda, 10_000);
    // Each landed once, committed by the owner: no lost seq check on either side.
    const log = await a.store.changesSince(roomId, 0);
    expect(log.filter((c) => c.event.type === 'notice.sent')).toHaveLength(1);
    const created = log.filter((c) => c.event.type === 'activity.created');
    expect(new Set(created.map((c) => c.clientId)).size).toBe(created.length);
    expect(created.filter((c) => c.clientId?.startsWith('template:'))).toHaveLength(added);
    expect(await conflicts(a.url)).toBe(before[0]);
    expect(await conflicts(b.url)).toBe(before[1]);
    expect(await writes(b.url, 'out')).toBeGreaterThanOrEqual(before[2]! + 3);
    expect(await writes(a.url, 'served')).toBeGreaterThanOrEqual(3);

    // Withdrawn through the non-owner too: gone from every screen.
    expect((await api(b, `/events/${ev.code}/notices/${sent.id}`, 'DELETE')).status).toBe(200);
    for (const c of [onA.projector, onB.phone, chairA, chairB]) {
      await c.until(() => noticeOf(c) === null, 10_000);
    }
  });

  it('[SCALE-43][HARVEST-1] a harvest from a room owned by one instance into a plenary owned by the other lands once', async () => {
    const ev = await b.createEvent('Oogst over instanties');
    const plenaryId = ev.rooms[0]!.id;
    const plenaryChair = await chairOn(b.url, ev);
    await vi.waitFor(() => expect(b.owners.owns(plenaryId)).toBe(true), { timeout: 10_000 });
    const [t7] = await addRooms(b, ev.code, 'naam\nTafel 7');
    const tableChair = await chairOn(a.url, ev, t7!.id, t7!.key);
    await vi.waitFor(() => expect(a.owners.owns(t7!.id)).toBe(true), { timeout: 10_000 });
    const plenaryChairA = await chairOn(a.url, ev);
    const phone = await connect(a.url, {
      role: 'participant',
      eventCode: ev.code,
      roomId: t7!.id,
      participantId: 'oogst-pid',
    });
    const before = [await conflicts(a.url), await conflicts(b.url)];
    const served = await writes(b.url, 'served');
    const id = await postStatement(phone, 'Elke buurt een huiskamer');
    await tableChair.command({ type: 'statement.moderate', statementId: id, action: 'approve' });
    expect(
      (await tableChair.command({ type: 'statement.harvest', statementId: id, on: true })).type,
    ).toBe('ack');
    await tableChair.until(() => tableChair.statements.get(id)?.landed === true, 10_000);
    const onPlenary = (c: TestClient) =>
      [...c.statements.values()].filter((s) => s.text === 'Elke buurt een huiskamer');
    await plenaryChair.until(() => onPlenary(plenaryChair).length === 1, 10_000);
    await plenaryChairA.until(() => onPlenary(plenaryChairA).length === 1, 10_000);
    expect(onPlenary(plenaryChair)[0]).toMatchObject({
      status: 'approved',
      source: { roomId: t7!.id, roomName: 'Tafel 7' },
    });
    const log = await b.store.changesSince(plenaryId, 0);
    expect(log.filter((c) => c.event.type === 'statement.posted')).toHaveLength(1);
    expect(log.filter((c) => c.clientId === 'harvest:wall')).toHaveLength(1);
    expect(a.owners.owns(plenaryId)).toBe(false);
    // The plenary's owner committed it, at the request of the table's owner.
    expect(await writes(b.url, 'served')).toBeGreaterThan(served);
    expect([await conflicts(a.url), await conflicts(b.url)]).toEqual(before);
  });

  it('[SCALE-40] a write on an instance’s channel that is not understood is dropped, and writes go on', async () => {
    const ev = await a.createEvent('Rommel op het kanaal');
    const roomId = ev.rooms[0]!.id;
    const chairA = await chairOn(a.url, ev);
    await vi.waitFor(() => expect(a.owners.owns(roomId)).toBe(true), { timeout: 10_000 });
    const redis = new Redis(TEST_REDIS_URL);
    cleanup.push(() => redis.quit());
    const inbox = `${env.channel}:instance:${a.owners.instance}`;
    for (const junk of [
      { t: 'write', id: 'x', from: 'y', room: roomId },
      { t: 'write', id: 'x', from: 'y', room: roomId, op: { t: 'drop-table' } },
      { t: 'write', id: 1, from: 'y', room: roomId, op: { t: 'changes', changes: [] } },
      { t: 'res', id: 'nobody-waits', done: 'many' },
    ]) {
      expect(await redis.publish(inbox, JSON.stringify(junk))).toBe(1);
    }
    const res = await api(b, `/events/${ev.code}/notices`, 'POST', {
      rooms: 'all',
      text: 'Nog steeds',
      audience: ['chairs'],
    });
    expect(res.status).toBe(201);
    await chairA.until(() => noticeOf(chairA)?.text === 'Nog steeds', 10_000);
    const log = await a.store.changesSince(roomId, 0);
    expect(log.filter((c) => c.event.type === 'notice.sent')).toHaveLength(1);
  });

  it('[SCALE-42] an owner nobody answers for: the organizer gets 503 unavailable, and nothing is stored', async () => {
    const c = await instance({ leaseTtlMs: 1000 });
    const ev = await c.createEvent('Spookeigenaar');
    const roomId = ev.rooms[0]!.id;
    const redis = new Redis(TEST_REDIS_URL);
    cleanup.push(() => redis.quit());
    const key = `${env.channel}:lease:${roomId}`;
    expect(await redis.set(key, 'ghost:1', 'PX', 60_000, 'NX')).toBe('OK');
    const res = await api(c, `/events/${ev.code}/notices`, 'POST', {
      text: 'Komt niet aan',
      rooms: 'all',
      audience: ['phones'],
    });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unavailable');
    const log = await c.store.changesSince(roomId, 0);
    expect(log.filter((x) => x.event.type === 'notice.sent')).toHaveLength(0);
    // The lease gone, the same request goes through.
    await redis.del(key);
    const again = await api(c, `/events/${ev.code}/notices`, 'POST', {
      text: 'Nu wel',
      rooms: 'all',
      audience: ['phones'],
    });
    expect(again.status).toBe(201);
  });

  it('[SCALE-42][SCALE-23] the owner is killed: an organizer write through a survivor lands within 5 s, once', async () => {
    const owner = await childInstance(a.dataDir);
    const ev = await a.createEvent('Eigenaar weg');
    const roomId = ev.rooms[0]!.id;
    await chairOn(owner.url, ev);
    await vi.waitFor(
      async () => expect(await metric(owner.url, /^vonk_owned_rooms (\d+)$/m)).toBe(1),
      { timeout: 10_000 },
    );
    const onB = await screensOn(b.url, ev);
    await owner.kill();
    const killedAt = performance.now();
    const res = await api(a, `/events/${ev.code}/notices`, 'POST', {
      text: 'We gaan door',
      rooms: 'all',
      audience: ['projectors', 'phones'],
    });
    const tookMs = performance.now() - killedAt;
    console.warn(`organizer write after the owner was killed: ${tookMs.toFixed(0)} ms`);
    expect(res.status).toBe(201);
    expect(tookMs).toBeLessThan(5000);
    const sent = (await res.json()) as { id: string };
    for (const c of [onB.projector, onB.phone]) {
      await c.until(() => noticeOf(c)?.id === sent.id, 10_000);
    }
    const log = await a.store.changesSince(roomId, 0);
    expect(log.filter((c) => c.event.type === 'notice.sent')).toHaveLength(1);
    expect([a, b].filter((s) => s.owners.owns(roomId))).toHaveLength(1);
  });

  it('[SCALE-44][CHAIR-6] a re-vote that changes a why’s "Koos" reaches the chair on the other instance, never its phones or projector', async () => {
    const ev = await a.createEvent('Koos over instanties');
    const roomId = ev.rooms[0]!.id;
    const chairA = await chairOn(a.url, ev);
    await vi.waitFor(() => expect(a.owners.owns(roomId)).toBe(true), { timeout: 10_000 });
    const pollId = await startPoll(chairA, {
      pollKind: 'scale',
      question: 'Hoe dichtbij voelt de wijk?',
      askWhy: true,
      showWhy: true,
    });
    const chairB = await chairOn(b.url, ev);
    const onB = await screensOn(b.url, ev);
    const voter = await connect(b.url, {
      role: 'participant',
      eventCode: ev.code,
      participantId: 'koos-pid',
    });
    await voter.command({ type: 'poll.vote', pollId, value: 2 });
    const { id } = (await voter.command({
      type: 'statement.submit',
      activityId: pollId,
      text: 'Eerst ver weg',
    })) as { id: string };
    await chairB.until(() => chairB.statements.get(id)?.choice === '2', 10_000);
    await chairA.command({ type: 'statement.moderate', statementId: id, action: 'approve' });
    for (const c of [onB.projector, onB.phone]) {
      await c.until(() => c.statements.get(id)?.status === 'approved', 10_000);
    }
    const seen = [onB.projector.messages.length, onB.phone.messages.length];

    await voter.command({ type: 'poll.vote', pollId, value: 5 });
    await chairB.until(() => chairB.statements.get(id)?.choice === '5', 10_000);
    await chairA.until(() => chairA.statements.get(id)?.choice === '5', 10_000);
    // A later change every screen hears, so the vote's frames have passed by then.
    const question = 'Hoe ver weg voelt de wijk?';
    await chairA.command({ type: 'activity.update', activityId: pollId, config: { question } });
    for (const c of [onB.projector, onB.phone]) {
      await c.until(() => {
        const act = c.activities.get(pollId);
        return act?.kind === 'poll' && act.config.question === question;
      }, 10_000);
    }
    const [p, ph] = seen as [number, number];
    for (const later of [onB.projector.messages.slice(p), onB.phone.messages.slice(ph)]) {
      expect(JSON.stringify(later)).not.toContain(id);
      expect(JSON.stringify(later)).not.toContain('"choice"');
    }
    expect(onB.phone.statements.get(id)).not.toHaveProperty('choice');
  });
});
