// The organizer's session cookie (AUTH-10) and the live overview socket (ROOM-8), against a real
// server with real WebSocket clients.

import { beforeAll, describe, expect, it } from 'vitest';
import { overviewSocket } from '../helpers/overview-client.js';
import { addRooms, type SeededRoom } from '../helpers/report-event.js';
import { ROOMS_CSV } from '../helpers/report-kinds.js';
import { GENEROUS } from '../helpers/server.js';
import { asParticipant, useEvent } from '../helpers/scenario.js';

const { srv, ev } = useEvent('Sociale Top', { rateLimits: GENEROUS });
let rooms: SeededRoom[];
let cookie = '';

beforeAll(async () => {
  rooms = await addRooms(srv, ev.code, ROOMS_CSV);
});

const overview = (hello: Record<string, unknown>, headers: Record<string, string> = {}) =>
  overviewSocket(srv.url, typeof hello.raw === 'string' ? hello.raw : hello, { headers });

describe('the organizer session cookie', () => {
  it('[AUTH-10] /o?t=TOKEN sets an HttpOnly, SameSite=Strict cookie and redirects to /o', async () => {
    const res = await fetch(`${srv.url}/o?t=${srv.adminToken}`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/o');
    const set = res.headers.get('set-cookie') ?? '';
    expect(set).toMatch(/^vonk_organizer=[\w-]+;/);
    expect(set).toContain('HttpOnly');
    expect(set).toContain('SameSite=Strict');
    expect(set).toContain('Path=/');
    // The cookie is not the token itself.
    expect(set).not.toContain(srv.adminToken);
    cookie = set.split(';')[0]!;
    const events = await fetch(`${srv.url}/api/events`, { headers: { cookie } });
    expect(events.status).toBe(200);
    // The Bearer token keeps working for the API.
    const bearer = await fetch(`${srv.url}/api/events`, {
      headers: { authorization: `Bearer ${srv.adminToken}` },
    });
    expect(bearer.status).toBe(200);
  });

  it('[AUTH-10] a wrong token sets no cookie and leaves the address too', async () => {
    const res = await fetch(`${srv.url}/o?t=not-the-token`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/o?wrong=1');
    expect(res.headers.get('set-cookie')).toBeNull();
    const forged = await fetch(`${srv.url}/api/events`, {
      headers: { cookie: 'vonk_organizer=forged' },
    });
    expect(forged.status).toBe(401);
  });
});

describe('the live overview socket', () => {
  it('[ROOM-8] every row once, then only the row that changed', async () => {
    const o = await overview({ type: 'overview.hello', eventCode: ev.code, token: srv.adminToken });
    await o.until(() => o.frames.length > 0);
    const first = o.frames[0]!;
    expect(first.type).toBe('overview');
    expect(o.rows.size).toBe(55);
    const g12 = [...o.rows.values()].find((r) => r.name === 'Groep 12')!;
    expect(g12.arrangement).toBe('Arrangement 4');
    const room = rooms.find((r) => r.name === 'Groep 12')!;
    const phone = await asParticipant(srv, ev, 'overview-phone-1', { roomId: room.id });
    await o.until(() => o.rows.get(room.id)?.connected.participants === 1);
    const ack = await phone.command({
      type: 'statement.submit',
      activityId: phone.currentWallId(),
      text: 'Wachten op de gespreksleider',
    });
    expect(ack.type).toBe('ack');
    await o.until(() => o.rows.get(room.id)?.pending === 1);
    const updates = o.frames.filter((f) => f.type === 'overview.update');
    expect(updates.length).toBeGreaterThan(0);
    // Only the changed room travels, never the 55.
    for (const u of updates) if (u.type === 'overview.update') expect(u.rows.length).toBe(1);
    phone.close();
    o.ws.close();
  });

  it('[ROOM-8][AUTH-10] the session cookie opens the socket as well', async () => {
    const o = await overview({ type: 'overview.hello', eventCode: ev.code }, { cookie });
    await o.until(() => o.frames.length > 0);
    expect(o.frames[0]!.type).toBe('overview');
    o.ws.close();
  });

  it('[ROOM-8] no token, a wrong one, a bad frame or an unknown event: an error and a close', async () => {
    const cases: [Record<string, unknown>, string, number][] = [
      [{ type: 'overview.hello', eventCode: ev.code }, 'unauthorized', 4001],
      [{ type: 'overview.hello', eventCode: ev.code, token: 'nope' }, 'unauthorized', 4001],
      [{ raw: '{not json' }, 'bad_frame', 4001],
      [{ type: 'hello', eventCode: ev.code }, 'invalid', 4001],
      [{ raw: 'x'.repeat(10_000) }, 'too_large', 4001],
      [{ type: 'overview.hello', eventCode: 'ZZZZZZ', token: srv.adminToken }, 'not_found', 4004],
    ];
    for (const [hello, code, close] of cases) {
      const o = await overview(hello);
      await o.until(() => o.closed() !== null);
      expect(o.frames[0]).toMatchObject({ type: 'error', code });
      expect(o.closed()).toBe(close);
    }
  });
});
