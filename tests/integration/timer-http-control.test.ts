// A room's timer paused, resumed and given more time over HTTP (CLOCK-13), as the chair's
// `timer.control` does over the socket: same rules, same codes, nothing changed when refused.

import { beforeAll, describe, expect, it } from 'vitest';
import type { TimerView } from '../../shared/clock.js';
import type { RoomView } from '../../shared/model.js';
import type { SeededRoom } from '../helpers/report-event.js';
import { useEventWithRooms } from '../helpers/rooms-event.js';
import type { TestClient } from '../helpers/ws-client.js';

const { srv, ev, rooms, roomChair } = useEventWithRooms('Klok', 'naam\nTafel 1\n');
let room: SeededRoom;
let chair: TestClient;

const auth = () => ({ authorization: `Bearer ${srv.adminToken}` });
const timerOf = () => (chair.room as RoomView | null)?.timer ?? null;
const url = (path = '', roomId = room.id) =>
  `${srv.url}/api/events/${ev.code}/rooms/${roomId}/timer${path}`;

function post(action: string, body?: unknown, headers: Record<string, string> = auth()) {
  return fetch(url(`/${action}`), {
    method: 'POST',
    headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
}

async function answer(res: Response) {
  return (await res.json()) as { timer: TimerView; error?: { code: string; field?: string } };
}

beforeAll(async () => {
  room = rooms[0]!;
  chair = await roomChair(room);
}, 60_000);

describe('timer pause, resume and more time over HTTP', () => {
  it('[CLOCK-13] pause, add, resume reach the chair; each answers with the timer', async () => {
    const put = await fetch(url(), {
      method: 'PUT',
      headers: { ...auth(), 'content-type': 'application/json' },
      body: JSON.stringify({ durationMs: 300_000, activityId: null }),
    });
    expect(put.status).toBe(200);

    const paused = await post('pause');
    expect(paused.status).toBe(200);
    const p = (await answer(paused)).timer;
    expect(p).toMatchObject({ status: 'paused', endsAt: null });
    await chair.until(() => timerOf()?.status === 'paused', 20_000);

    // Nothing sent: one minute more, as the chair's "+1 min".
    const added = await post('add');
    expect(added.status).toBe(200);
    const a = (await answer(added)).timer;
    expect(a.remainingMs).toBe(p.remainingMs! + 60_000);
    const more = await post('add', { ms: 30_000 });
    expect((await answer(more)).timer.remainingMs).toBe(a.remainingMs! + 30_000);
    await chair.until(() => timerOf()?.remainingMs === a.remainingMs! + 30_000, 20_000);

    const resumed = await post('resume');
    expect(resumed.status).toBe(200);
    const r = (await answer(resumed)).timer;
    expect(r.status).toBe('running');
    await chair.until(() => timerOf()?.status === 'running', 20_000);
  }, 60_000);

  it('[CLOCK-13] a timer in the wrong state, too much time, bad input or no timer is refused; nothing changes', async () => {
    const before = (await srv.registry.get(room.id))!.state.room.timer!;
    expect(before.status).toBe('running');
    const cases: [string, unknown, number, string][] = [
      ['resume', undefined, 409, 'no_timer'],
      ['add', { ms: 13 * 60 * 60 * 1000 }, 422, 'out_of_range'],
      ['add', { ms: -5 }, 422, 'out_of_range'],
      ['add', { ms: 1.5 }, 400, 'invalid'],
      ['add', { ms: '60000' }, 400, 'invalid'],
      ['add', { seconds: 60 }, 400, 'invalid'],
      ['add', [60_000], 400, 'invalid'],
      ['add', '{"ms":', 400, 'invalid'],
    ];
    for (const [action, body, status, code] of cases) {
      const res = await post(action, body);
      expect(res.status, `${action} ${JSON.stringify(body)}`).toBe(status);
      expect((await answer(res)).error?.code).toBe(code);
    }
    expect((await srv.registry.get(room.id))!.state.room.timer).toEqual(before);

    expect((await post('pause', undefined, {})).status).toBe(401);
    expect((await fetch(url('/pause', 'nope'), { method: 'POST', headers: auth() })).status).toBe(
      404,
    );
    expect((await post('stop')).status).toBe(404);

    // Without a timer at all: 404 no_timer, as the DELETE.
    expect((await fetch(url(), { method: 'DELETE', headers: auth() })).status).toBe(204);
    for (const action of ['pause', 'resume', 'add']) {
      const res = await post(action);
      expect(res.status).toBe(404);
      expect((await answer(res)).error?.code).toBe('no_timer');
    }
  }, 60_000);
});
