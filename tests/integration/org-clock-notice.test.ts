// The organizer's clock and notice leftovers: a room's timer over HTTP (CLOCK-9), the event's
// time zone and the server's time on the overview's frames (CLOCK-7, CLOCK-8), notices that
// reach every room or none (NOTICE-10) and the live list of who confirmed them (NOTICE-11).
// A real server, real `ws` clients, real HTTP; PostgreSQL too when it runs.

import { beforeAll, describe, expect, it } from 'vitest';
import type { TimerView } from '../../shared/clock.js';
import type { RoomView } from '../../shared/model.js';
import type { SetupChange } from '../../server/store/types.js';
import { organizerOverview } from '../helpers/overview-client.js';
import { withPostgresServer } from '../helpers/postgres.js';
import { addRooms } from '../helpers/report-event.js';
import { THREE_TABLES, useEventWithRooms } from '../helpers/rooms-event.js';
import type { TestServer } from '../helpers/server.js';
import { postgresAvailable } from '../helpers/services.js';
import type { TestClient } from '../helpers/ws-client.js';

const { srv, ev, rooms, roomChair } = useEventWithRooms('Sociale Top', THREE_TABLES, {
  timeZone: 'Europe/Amsterdam',
});
const chairs: TestClient[] = [];

const auth = (s: TestServer) => ({ authorization: `Bearer ${s.adminToken}` });
const timerOf = (c: TestClient) => (c.room as RoomView | null)?.timer ?? null;

function putTimer(roomId: string, body: unknown, headers = auth(srv)) {
  return fetch(`${srv.url}/api/events/${ev.code}/rooms/${roomId}/timer`, {
    method: 'PUT',
    headers: { ...headers, 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const deleteTimer = (roomId: string) =>
  fetch(`${srv.url}/api/events/${ev.code}/rooms/${roomId}/timer`, {
    method: 'DELETE',
    headers: auth(srv),
  });

const postNotice = (body: unknown) =>
  fetch(`${srv.url}/api/events/${ev.code}/notices`, {
    method: 'POST',
    headers: { ...auth(srv), 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** Every room's last seq in the store: nothing sent leaves them all as they were. */
async function seqs(s: TestServer, ids: string[]): Promise<number[]> {
  return Promise.all(ids.map(async (id) => (await s.store.changesSince(id, 0)).at(-1)?.seq ?? 0));
}

beforeAll(async () => {
  for (const r of rooms) chairs.push(await roomChair(r));
}, 60_000);

describe('a room timer over HTTP', () => {
  it('[CLOCK-9] PUT sets the timer every screen of the room counts down; DELETE clears it', async () => {
    const room = rooms[0]!;
    const res = await putTimer(room.id, { durationMs: 5 * 60_000, activityId: null });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { timer: TimerView; serverTime: number };
    expect(body.timer).toMatchObject({ status: 'running', durationMs: 300_000, activityId: null });
    expect(body.timer.endsAt! - body.serverTime).toBeGreaterThan(290_000);
    await chairs[0]!.until(() => timerOf(chairs[0]!)?.id === body.timer.id, 20_000);

    const gone = await deleteTimer(room.id);
    expect(gone.status).toBe(204);
    await chairs[0]!.until(() => timerOf(chairs[0]!) === null, 20_000);
    // A second clear: there is no timer to clear.
    const again = await deleteTimer(room.id);
    expect(again.status).toBe(404);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe('no_timer');
  });

  it('[CLOCK-9][CLOCK-5] a timer in the past, too long, or malformed is refused with its code; nothing changes', async () => {
    const room = rooms[1]!;
    const ok = await putTimer(room.id, { durationMs: 120_000, activityId: null });
    expect(ok.status).toBe(200);
    const before = ((await ok.json()) as { timer: TimerView }).timer;
    const seqBefore = await seqs(srv, [room.id]);

    const cases: [unknown, number, string][] = [
      [{ endsAt: Date.now() - 60_000, activityId: null }, 422, 'timer_in_past'],
      [{ durationMs: 13 * 3600_000, activityId: null }, 422, 'out_of_range'],
      [{ durationMs: 0, activityId: null }, 422, 'out_of_range'],
      [{ durationMs: 60_000, activityId: 'geen-activiteit' }, 404, 'not_found'],
      [{ durationMs: 60_000, endsAt: Date.now() + 60_000 }, 400, 'invalid'],
      [{ durationMs: 'vijf' }, 400, 'invalid'],
      [{ durationMs: 60_000, extra: true }, 400, 'invalid'],
      ['{niet json', 400, 'invalid'],
      [[1, 2], 400, 'invalid'],
    ];
    for (const [body, status, code] of cases) {
      const res = await putTimer(room.id, body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      const err = (await res.json()) as { error: { code: string; message: string } };
      expect(err.error.code, JSON.stringify(body)).toBe(code);
      expect(err.error.message.length).toBeGreaterThan(0);
    }
    expect(await seqs(srv, [room.id])).toEqual(seqBefore);
    expect(timerOf(chairs[1]!)?.id ?? before.id).toBe(before.id);
    expect((await srv.registry.get(room.id))?.state.room.timer?.id).toBe(before.id);

    // Without the organizer's token, or for a room of no event of ours: nothing either.
    expect(
      (await putTimer(room.id, { durationMs: 60_000 }, { authorization: 'Bearer x' })).status,
    ).toBe(401);
    expect((await putTimer('geen-kamer', { durationMs: 60_000 })).status).toBe(404);
    expect(await seqs(srv, [room.id])).toEqual(seqBefore);
  });
});

describe('the event clock on the organizer screens', () => {
  it('[CLOCK-7] the plan and the event information name the zone the plan times are in', async () => {
    const plan = (await (await fetch(`${srv.url}/api/events/${ev.code}/plan`)).json()) as {
      timeZone: string;
    };
    expect(plan.timeZone).toBe('Europe/Amsterdam');
    const info = await srv.registry.eventInfo((await srv.store.getEventByCode(ev.code))!);
    expect(info.timeZone).toBe('Europe/Amsterdam');
  });

  it("[CLOCK-8] every overview frame carries the server's time", async () => {
    const o = await organizerOverview(srv, ev.code);
    try {
      await o.until(() => o.frames.some((f) => f.type === 'overview'));
      const first = o.frames.find((f) => f.type === 'overview')!;
      expect(first.type === 'overview' && Math.abs(first.serverTime - Date.now())).toBeLessThan(
        60_000,
      );
      await putTimer(rooms[2]!.id, { durationMs: 60_000, activityId: null });
      await o.until(() => o.frames.some((f) => f.type === 'overview.update'), 20_000);
      const upd = o.frames.find((f) => f.type === 'overview.update')!;
      expect(upd.type === 'overview.update' && typeof upd.serverTime).toBe('number');
    } finally {
      o.ws.close();
    }
  });
});

describe('a notice to every room or to none', () => {
  it('[NOTICE-10] bad input (10 KB, an unknown arrangement, an empty text) is a 4xx and no room holds anything', async () => {
    const ids = rooms.map((r) => r.id);
    const before = await seqs(srv, ids);
    const cases: [unknown, number][] = [
      [{ text: 'x'.repeat(10_240), audience: ['chairs'], rooms: 'all' }, 400],
      [{ text: 'Nog 5 minuten', audience: ['chairs'], rooms: { arrangement: 'Avond' } }, 400],
      [{ text: '   ', audience: ['chairs'], rooms: 'all' }, 400],
      [{ text: 'Nog 5 minuten', audience: ['chairs'], rooms: [ids[0], 'geen-kamer'] }, 400],
      ['{kapot', 400],
    ];
    for (const [body, status] of cases) {
      const res = await postNotice(body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(status);
      const err = (await res.json()) as { error: { message: string } };
      expect(err.error.message.length).toBeGreaterThan(0);
    }
    expect(await seqs(srv, ids)).toEqual(before);
    const list = (await (
      await fetch(`${srv.url}/api/events/${ev.code}/notices`, { headers: auth(srv) })
    ).json()) as { notices: unknown[] };
    expect(list.notices).toEqual([]);
  });

  it('[NOTICE-10] a room that is gone at commit time fails the whole send: no room gets the notice', async () => {
    await expectAllOrNothing(
      srv,
      rooms.map((r) => r.id),
    );
  });

  it('[NOTICE-10] on one instance the route sends a notice to every room in one transaction', async () => {
    const calls = async () => {
      const text = await (await fetch(`${srv.url}/metrics`)).text();
      const m = /^vonk_store_seconds_count\{op="appendToRooms"\} (\d+)$/m.exec(text);
      return Number(m?.[1] ?? 0);
    };
    const before = await calls();
    const res = await postNotice({
      text: 'Eén keer voor allen',
      audience: ['chairs'],
      rooms: 'all',
    });
    expect(res.status).toBe(201);
    expect(await calls()).toBe(before + 1);
    const { id } = (await res.json()) as { id: string };
    const off = await fetch(`${srv.url}/api/events/${ev.code}/notices/${id}`, {
      method: 'DELETE',
      headers: auth(srv),
    });
    expect(off.status).toBe(200);
    expect(await calls()).toBe(before + 2);
  });

  it("[NOTICE-11] the overview rows carry each room's notice and its confirmation, live", async () => {
    const o = await organizerOverview(srv, ev.code);
    try {
      const res = await postNotice({
        text: 'Terug naar de plenaire zaal',
        audience: ['chairs', 'projectors'],
        rooms: { arrangement: 'Ochtend' },
      });
      expect(res.status).toBe(201);
      const sent = (await res.json()) as { id: string };
      const withIt = () => [...o.rows.values()].filter((r) => r.activeNotice?.id === sent.id);
      await o.until(() => withIt().length === 2, 20_000);
      expect(withIt().every((r) => r.activeNotice!.seenAt === null)).toBe(true);
      await chairs[0]!.until(() => (chairs[0]!.room as RoomView).notice?.id === sent.id, 20_000);
      expect(await chairs[0]!.command({ type: 'notice.seen', noticeId: sent.id })).toMatchObject({
        type: 'ack',
      });
      await o.until(() => withIt().some((r) => r.activeNotice!.seenAt !== null), 20_000);
      const list = (await (
        await fetch(`${srv.url}/api/events/${ev.code}/notices`, { headers: auth(srv) })
      ).json()) as {
        notices: { id: string; confirmed: number; toConfirm: number; waiting: string[] }[];
      };
      expect(list.notices[0]).toMatchObject({
        id: sent.id,
        confirmed: 1,
        toConfirm: 2,
        waiting: ['Tafel 2'],
      });
    } finally {
      o.ws.close();
    }
  });
});

/** Two rooms and one id no room has (deleted meanwhile): the store refuses the lot. */
async function expectAllOrNothing(s: TestServer, ids: string[]) {
  const before = await seqs(s, ids);
  const change = {
    clientId: 'notice:kapot',
    actor: { role: 'organizer' as const },
    at: Date.now(),
    event: {
      type: 'notice.sent' as const,
      notice: { id: 'kapot', text: 'Half verstuurd?', audience: ['chairs' as const], sentAt: 1 },
    },
  };
  const items: SetupChange[] = [
    { roomId: ids[0]!, change },
    { roomId: ids[1]!, change },
    { roomId: 'verwijderde-kamer', change },
  ];
  await expect(s.registry.commitToRooms(items)).rejects.toThrow();
  expect(await seqs(s, ids)).toEqual(before);
  for (const id of ids) {
    const log = await s.store.changesSince(id, 0);
    expect(log.some((c) => c.clientId === 'notice:kapot')).toBe(false);
  }
  // The same send without the missing room goes to both, in one go.
  await s.registry.commitToRooms(items.slice(0, 2));
  const after = await seqs(s, ids.slice(0, 2));
  expect(after).toEqual(before.slice(0, 2).map((n) => n + 1));
}

const hasPostgres = await postgresAvailable();

describe.skipIf(!hasPostgres)('a notice to every room or to none, on PostgreSQL', () => {
  it('[NOTICE-10] a room that is gone at commit time rolls back every room', async () => {
    await withPostgresServer(async (pg) => {
      const e = await pg.createEvent('Sociale Top');
      const seeded = await addRooms(pg, e.code, ['naam', 'Tafel 1', 'Tafel 2'].join('\n'));
      await expectAllOrNothing(
        pg,
        seeded.map((r) => r.id),
      );
    });
  }, 60_000);
});
