// The organizer's notice to many rooms (NOTICE-1…7) and the overview socket's heartbeat
// (ROOM-11): a real server, real `ws` clients for a chair, a projector and a phone in three
// rooms, real HTTP; several instances on PostgreSQL and Redis when those run.

import { nanoid } from 'nanoid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoomView } from '../../shared/model.js';
import { late } from '../helpers/late.js';
import { organizerOverview } from '../helpers/overview-client.js';
import { addRooms, type SeededRoom } from '../helpers/report-event.js';
import { THREE_TABLES, useEventWithRooms } from '../helpers/rooms-event.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { hasBackends, useTwoInstances } from '../helpers/two-instances.js';
import { TestClient } from '../helpers/ws-client.js';

const { srv, ev, rooms } = useEventWithRooms('Sociale Top', THREE_TABLES, {
  overviewHeartbeatMs: 200,
});
const clients: TestClient[] = [];

/** A chair, a projector and a phone in one room. */
interface Trio {
  room: SeededRoom;
  chair: TestClient;
  projector: TestClient;
  phone: TestClient;
}
let trios: Trio[] = [];

async function connect(url: string, hello: Parameters<typeof TestClient.connect>[1]) {
  const c = await TestClient.connect(url, hello);
  clients.push(c);
  return c;
}

async function trio(url: string, code: string, room: SeededRoom): Promise<Trio> {
  const base = { eventCode: code, roomId: room.id };
  return {
    room,
    chair: await connect(url, { ...base, role: 'chair', key: room.key }),
    projector: await connect(url, { ...base, role: 'projector' }),
    phone: await connect(url, { ...base, role: 'participant', participantId: `p-${nanoid(6)}` }),
  };
}

function post(
  s: TestServer,
  code: string,
  body: unknown,
  token: string | null = s.adminToken,
): Promise<Response> {
  return fetch(`${s.url}/api/events/${code}/notices`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const withdraw = (s: TestServer, code: string, id: string) =>
  fetch(`${s.url}/api/events/${code}/notices/${id}`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${s.adminToken}` },
  });

const noticeOf = (c: TestClient) => (c.room as RoomView | null)?.notice ?? null;

const overview = organizerOverview;

beforeAll(async () => {
  trios = [];
  for (const r of rooms) trios.push(await trio(srv.url, ev.code, r));
});
afterAll(() => {
  for (const c of clients) c.close();
});

describe('a notice to many rooms', () => {
  it('[NOTICE-1][NOTICE-3] to all rooms: every chair, projector and phone has it; a role left out does not', async () => {
    const res = await post(srv, ev.code, {
      text: '  Nog 5 minuten,   daarna terug naar de plenaire zaal  ',
      audience: ['chairs', 'projectors', 'phones'],
      rooms: 'all',
    });
    expect(res.status).toBe(201);
    const sent = (await res.json()) as { id: string; text: string; rooms: string[] };
    expect(sent.text).toBe('Nog 5 minuten, daarna terug naar de plenaire zaal');
    // The plenary and the three tables.
    expect(sent.rooms).toHaveLength(4);
    for (const t of trios) {
      for (const c of [t.chair, t.projector, t.phone]) {
        await c.until(() => noticeOf(c)?.id === sent.id);
        expect(noticeOf(c)).toMatchObject({ text: sent.text, seenAt: null });
      }
    }

    // Projectors and phones only: the chairs' view holds no notice, the public one does.
    const res2 = await post(srv, ev.code, {
      text: 'Lunch staat klaar',
      audience: ['projectors', 'phones'],
      rooms: 'all',
    });
    const second = (await res2.json()) as { id: string };
    for (const t of trios) {
      await t.phone.until(() => noticeOf(t.phone)?.id === second.id);
      await t.projector.until(() => noticeOf(t.projector)?.id === second.id);
      await t.chair.until(() => noticeOf(t.chair) === null);
    }

    // Chairs only: not a byte of it reaches the phones or the projectors.
    const res3 = await post(srv, ev.code, {
      text: 'Gespreksleiders: rond af',
      audience: ['chairs'],
      rooms: 'all',
    });
    const third = (await res3.json()) as { id: string };
    for (const t of trios) {
      await t.chair.until(() => noticeOf(t.chair)?.id === third.id);
      await t.phone.until(() => noticeOf(t.phone) === null);
      await t.projector.until(() => noticeOf(t.projector) === null);
      expect(JSON.stringify(t.phone.messages)).not.toContain('rond af');
    }
  });

  it('[NOTICE-1] to one arrangement, or to chosen rooms, and to no other room', async () => {
    const res = await post(srv, ev.code, {
      text: 'Ochtendtafels: koffie in de hal',
      audience: ['phones'],
      rooms: { arrangement: 'Ochtend' },
    });
    expect(res.status).toBe(201);
    const sent = (await res.json()) as { id: string; rooms: string[] };
    expect(sent.rooms.sort()).toEqual([rooms[0]!.id, rooms[1]!.id].sort());
    await trios[0]!.phone.until(() => noticeOf(trios[0]!.phone)?.id === sent.id);
    await trios[1]!.phone.until(() => noticeOf(trios[1]!.phone)?.id === sent.id);

    const chosen = await post(srv, ev.code, {
      text: 'Tafel 3: jullie zijn als eerste aan de beurt',
      audience: ['chairs', 'projectors'],
      rooms: [rooms[2]!.id],
    });
    expect(chosen.status).toBe(201);
    const c = (await chosen.json()) as { id: string; rooms: string[] };
    expect(c.rooms).toEqual([rooms[2]!.id]);
    await trios[2]!.projector.until(() => noticeOf(trios[2]!.projector)?.id === c.id);
    // The morning tables kept theirs: a notice goes to its rooms only.
    expect(noticeOf(trios[0]!.phone)?.id).toBe(sent.id);
    expect(noticeOf(trios[1]!.phone)?.id).toBe(sent.id);
  });

  it('[NOTICE-4][NOTICE-5] a chair confirms; the overview shows per room who did and counts who did not', async () => {
    const o = await overview(srv, ev.code);
    const res = await post(srv, ev.code, {
      text: 'Nog 5 minuten, daarna terug naar de plenaire zaal',
      audience: ['chairs', 'projectors', 'phones'],
      rooms: 'parallel',
    });
    const sent = (await res.json()) as { id: string };
    const unconfirmed = () =>
      [...o.rows.values()].filter((r) => r.notice?.id === sent.id && !r.notice.seen).length;
    await o.until(() => unconfirmed() === 3);

    // A phone and a projector cannot confirm it; a stale notice id is not found.
    const t = trios[1]!;
    await t.chair.until(() => noticeOf(t.chair)?.id === sent.id);
    expect(await t.phone.command({ type: 'notice.seen', noticeId: sent.id })).toMatchObject({
      type: 'error',
      code: 'forbidden',
    });
    expect(await t.chair.command({ type: 'notice.seen', noticeId: 'oud-bericht' })).toMatchObject({
      type: 'error',
      code: 'not_found',
    });

    expect(await t.chair.command({ type: 'notice.seen', noticeId: sent.id })).toMatchObject({
      type: 'ack',
    });
    await t.chair.until(() => noticeOf(t.chair)?.seenAt !== null);
    await o.until(() => o.rows.get(t.room.id)?.notice?.seen === true);
    await o.until(() => unconfirmed() === 2);
    // Confirming again changes nothing.
    expect(await t.chair.command({ type: 'notice.seen', noticeId: sent.id })).toMatchObject({
      type: 'ack',
    });

    const list = (await (
      await fetch(`${srv.url}/api/events/${ev.code}/notices`, {
        headers: { authorization: `Bearer ${srv.adminToken}` },
      })
    ).json()) as { notices: { id: string; rooms: number; toConfirm: number; confirmed: number }[] };
    // The plenary still shows the chairs-only notice from before: each room its latest.
    expect(list.notices).toContainEqual(
      expect.objectContaining({ id: sent.id, rooms: 3, toConfirm: 3, confirmed: 1 }),
    );
    o.ws.close();
  });

  it('[NOTICE-7] a client that reconnects, or a room loaded again from the store, still has the notice', async () => {
    const res = await post(srv, ev.code, {
      text: 'Blijft staan na een herstart',
      audience: ['chairs', 'phones'],
      rooms: [rooms[0]!.id],
    });
    const sent = (await res.json()) as { id: string };
    await trios[0]!.chair.command({ type: 'notice.seen', noticeId: sent.id });
    await trios[0]!.chair.until(() => noticeOf(trios[0]!.chair)?.seenAt != null);

    // Everyone leaves; the room is dropped from memory and read back from its log.
    const fresh = await startTestServer({ dataDir: srv.dataDir });
    try {
      const phone = await connect(fresh.url, {
        role: 'participant',
        eventCode: ev.code,
        roomId: rooms[0]!.id,
        participantId: 'na-herstart',
      });
      expect(noticeOf(phone)).toMatchObject({ id: sent.id, text: 'Blijft staan na een herstart' });
      const chair = await connect(fresh.url, {
        role: 'chair',
        eventCode: ev.code,
        roomId: rooms[0]!.id,
        key: rooms[0]!.key,
      });
      expect(noticeOf(chair)?.seenAt).toEqual(expect.any(Number));
      phone.close();
      chair.close();
    } finally {
      await fresh.close();
    }
  });

  it('[NOTICE-6] withdrawn: gone from every screen of every room; withdrawing again is a 404', async () => {
    const res = await post(srv, ev.code, {
      text: 'Wordt zo ingetrokken',
      audience: ['chairs', 'projectors', 'phones'],
      rooms: 'all',
    });
    const sent = (await res.json()) as { id: string };
    for (const t of trios) await t.phone.until(() => noticeOf(t.phone)?.id === sent.id);
    const off = await withdraw(srv, ev.code, sent.id);
    expect(off.status).toBe(200);
    expect(((await off.json()) as { rooms: string[] }).rooms).toHaveLength(4);
    for (const t of trios)
      for (const c of [t.chair, t.projector, t.phone]) await c.until(() => noticeOf(c) === null);
    expect((await withdraw(srv, ev.code, sent.id)).status).toBe(404);
    const list = (await (
      await fetch(`${srv.url}/api/events/${ev.code}/notices`, {
        headers: { authorization: `Bearer ${srv.adminToken}` },
      })
    ).json()) as { notices: unknown[] };
    expect(list.notices).toEqual([]);
  });

  it('[NOTICE-2] bad input is a 400 with a clear message, and nothing is sent to any room', async () => {
    const good = { text: 'Goed bericht', audience: ['phones'], rooms: 'all' };
    const cases: [unknown, RegExp][] = [
      [{ ...good, text: 'x'.repeat(10 * 1024) }, /longer than 280 characters/],
      [{ ...good, text: '' }, /empty/],
      [{ ...good, text: ' \n\t ' }, /empty/],
      [{ ...good, text: '\u200b\u200b' }, /empty/],
      [{ ...good, rooms: { arrangement: 'Avond' } }, /no room has the arrangement "Avond"/],
      [{ ...good, rooms: [rooms[0]!.id, 'geen-zaal'] }, /no room "geen-zaal"/],
      [{ ...good, rooms: [] }, /at least one room/],
      [{ ...good, audience: [] }, /at least one of chairs, projectors, phones/],
      [{ ...good, audience: ['beamers'] }, /chairs, projectors or phones/],
      [{ text: 'Zonder publiek', rooms: 'all' }, /audience/],
      [{ ...good, extra: 1 }, /extra/],
      ['{niet json', /JSON/],
    ];
    for (const [body, message] of cases) {
      const res = await post(srv, ev.code, body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      const err = ((await res.json()) as { error: { code: string; message: string } }).error;
      expect(err.code).toBe('invalid');
      expect(err.message).toMatch(message);
    }
    // 281 characters (emoji count as one each) is too long, 280 is not.
    expect((await post(srv, ev.code, { ...good, text: '🔥'.repeat(281) })).status).toBe(400);
    expect((await post(srv, ev.code, { ...good, text: 'NUL\u0000' })).status).toBe(400);
    expect((await post(srv, ev.code, good, null)).status).toBe(401);
    expect((await post(srv, ev.code, good, 'fout')).status).toBe(401);
    expect((await post(srv, 'ZZZZZZ', good)).status).toBe(404);
    // Nothing of it reached a room: the last notice still stands (none, after the withdrawal).
    for (const t of trios) {
      expect(noticeOf(t.phone)).toBeNull();
      expect(JSON.stringify(t.phone.messages)).not.toContain('Goed bericht');
    }
    const ok = await post(srv, ev.code, { ...good, text: '🔥'.repeat(280) });
    expect(ok.status).toBe(201);
  });
});

describe('the overview socket', () => {
  it('[ROOM-11] is pinged; one that stops answering is closed, one that answers stays', async () => {
    const dead = await overview(srv, ev.code, { autoPong: false });
    const live = await overview(srv, ev.code);
    await dead.until(() => dead.rows.size > 0);
    await dead.until(() => dead.closed() !== null);
    expect(live.closed()).toBeNull();
    live.ws.close();
  });
});

describe.skipIf(!hasBackends)('a notice across instances', () => {
  const { env } = useTwoInstances();
  const a = late('instance A', () => env.a);
  const b = late('instance B', () => env.b);

  it('[NOTICE-7] sent through one instance, on the screens of another; confirmed there, counted here', async () => {
    const event = await a.createEvent('Twee instanties');
    const [r1, r2] = await addRooms(a, event.code, 'naam\nTafel A\nTafel B');
    // Both rooms live on B before the notice is sent through A.
    const t1 = await trio(b.url, event.code, r1!);
    const t2 = await trio(b.url, event.code, r2!);
    const o = await overview(a, event.code);
    const res = await post(a, event.code, {
      text: 'Via instantie A',
      audience: ['chairs', 'phones'],
      rooms: 'parallel',
    });
    expect(res.status).toBe(201);
    const sent = (await res.json()) as { id: string };
    for (const t of [t1, t2]) {
      await t.phone.until(() => noticeOf(t.phone)?.id === sent.id);
      await t.chair.until(() => noticeOf(t.chair)?.id === sent.id);
    }
    expect(await t1.chair.command({ type: 'notice.seen', noticeId: sent.id })).toMatchObject({
      type: 'ack',
    });
    await o.until(() => o.rows.get(r1!.id)?.notice?.seen === true);
    expect(o.rows.get(r2!.id)?.notice?.seen).toBe(false);
    // Withdrawn through B: gone on B's screens.
    expect((await withdraw(b, event.code, sent.id)).status).toBe(200);
    for (const t of [t1, t2]) await t.phone.until(() => noticeOf(t.phone) === null);
    o.ws.close();
  });
});
