import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deleteExpired } from '../../server/retention.js';
import { chairKey, GENEROUS, type CreatedEvent } from '../helpers/server.js';
import { TestClient } from '../helpers/ws-client.js';
import { asParticipant, asRoomChair, useTestServer } from '../helpers/scenario.js';

const srv = useTestServer({ rateLimits: GENEROUS });
const auth = (extra: Record<string, string> = {}) => ({
  authorization: `Bearer ${srv.adminToken}`,
  ...extra,
});

interface RoomLinks {
  id: string;
  name: string;
  location: string | null;
  chairName: string | null;
  joinUrl: string;
  chairUrl: string;
}

async function addRooms(code: string, body: string, type = 'text/csv') {
  return fetch(`${srv.url}/api/events/${code}/rooms`, {
    method: 'POST',
    headers: auth({ 'content-type': type }),
    body,
  });
}

describe('events with many rooms', () => {
  it('[ROOM-2] the 54-room CSV creates 54 rooms, each with its own links', async () => {
    const ev = await srv.createEvent('Sociale Top');
    const res = await addRooms(
      ev.code,
      readFileSync('tests/fixtures/sociale-top-rooms.csv', 'utf8'),
    );
    expect(res.status).toBe(201);
    const { rooms } = (await res.json()) as { rooms: RoomLinks[] };
    expect(rooms).toHaveLength(54);
    expect(rooms[11]).toMatchObject({ name: 'Groep 12', chairName: 'Gespreksleider groep 12' });
    expect(new Set(rooms.map((r) => r.joinUrl)).size).toBe(54);
    expect(new Set(rooms.map((r) => chairKey(r.chairUrl))).size).toBe(54);
    const info = (await (await fetch(`${srv.url}/api/events/${ev.code}`)).json()) as {
      rooms: unknown[];
    };
    expect(info.rooms).toHaveLength(55);
  });

  it('[ROOM-3] a malformed CSV says which line and why, and creates nothing', async () => {
    const ev = await srv.createEvent('Fout');
    const res = await addRooms(ev.code, 'name,location\nTafel 1,Hal\n,Gang\nTafel 3,Zaal\n');
    expect(res.status).toBe(400);
    const err = (
      (await res.json()) as {
        error: { code: string; message: string; problems: { line: number }[] };
      }
    ).error;
    expect(err.code).toBe('invalid_rooms');
    expect(err.message).toBe('line 3: the room has no name');
    expect(err.problems.map((p) => p.line)).toEqual([3]);
    const info = (await (await fetch(`${srv.url}/api/events/${ev.code}`)).json()) as {
      rooms: unknown[];
    };
    expect(info.rooms).toHaveLength(1);
    expect((await addRooms(ev.code, 'x', 'text/csv')).status).toBe(400);
    expect(
      (await fetch(`${srv.url}/api/events/${ev.code}/rooms`, { method: 'POST', body: 'name\nA' }))
        .status,
    ).toBe(401);
  });

  it('[ROOM-1][ROOM-6][AUTH-3] 60 rooms with participants: a statement in room 3 never reaches room 4', async () => {
    const ev = await srv.createEvent('Zestig tafels');
    const csv = [
      'name,location',
      ...Array.from({ length: 60 }, (_, i) => `Tafel ${i + 1},Zaal ${i % 6}`),
    ].join('\n');
    const { rooms } = (await (await addRooms(ev.code, csv)).json()) as { rooms: RoomLinks[] };
    const clients = await Promise.all(
      rooms.flatMap((r, i) =>
        [0, 1].map((j) => asParticipant(srv, ev, `t${i}-p${j}-xyz`, { roomId: r.id })),
      ),
    );
    const chairs = await Promise.all(rooms.map((r) => asRoomChair(srv, ev, r)));
    const secret = 'Alleen voor tafel drie';
    const t3 = clients[4]!;
    const ack = await t3.command({
      type: 'statement.submit',
      activityId: t3.currentWallId(),
      text: secret,
    });
    await chairs[2]!.until(() => chairs[2]!.statements.has((ack as { id: string }).id));
    await chairs[2]!.command({
      type: 'statement.moderate',
      statementId: (ack as { id: string }).id,
      action: 'approve',
    });
    await clients[5]!.until(() => clients[5]!.statements.size === 1);
    await Promise.all([...clients, ...chairs].map((c) => c.settle()));
    clients.forEach((c, i) => {
      const inRoom3 = i === 4 || i === 5;
      const seen = JSON.stringify(c.messages).includes(secret);
      expect(seen, `participant ${i}`).toBe(inRoom3);
    });
    chairs.forEach((c, i) =>
      expect(JSON.stringify(c.messages).includes(secret), `chair ${i}`).toBe(i === 2),
    );

    // A room's chair secret opens that room only.
    const wrong = await TestClient.connect(srv.url, {
      role: 'chair',
      eventCode: ev.code,
      roomId: rooms[3]!.id,
      key: chairKey(rooms[2]!.chairUrl),
    });
    await wrong.until(() => wrong.closed !== null);
    expect(wrong.closed?.code).toBe(4001);
    expect(
      (await fetch(`${srv.url}/c/${ev.code}/${rooms[3]!.id}?k=${chairKey(rooms[2]!.chairUrl)}`))
        .status,
    ).toBe(403);

    // The organizer sees every room at a glance.
    const overview = (await (
      await fetch(`${srv.url}/api/events/${ev.code}/overview`, { headers: auth() })
    ).json()) as {
      name: string;
      connected: { participants: number; chairs: number };
      statements: number;
      current: { kind: string } | null;
    }[];
    expect(overview).toHaveLength(61);
    const t3row = overview.find((r) => r.name === 'Tafel 3')!;
    expect(t3row).toMatchObject({
      connected: { participants: 2, chairs: 1 },
      statements: 1,
      current: { kind: 'wall' },
    });
    for (const c of [...clients, ...chairs, wrong]) c.close();
  }, 60_000);

  it('[ROOM-4] a revoked chair link gets 403 and its socket is closed; the new one works', async () => {
    const ev = await srv.createEvent('Intrekken');
    const { rooms } = (await (await addRooms(ev.code, 'name\nTafel A\nTafel B')).json()) as {
      rooms: RoomLinks[];
    };
    const old = rooms[0]!;
    const chair = await asRoomChair(srv, ev, old);
    const other = await asRoomChair(srv, ev, rooms[1]!);
    const res = await fetch(`${srv.url}/api/events/${ev.code}/chair-link`, {
      method: 'POST',
      headers: auth({ 'content-type': 'application/json' }),
      body: JSON.stringify({ roomId: old.id }),
    });
    expect(res.status).toBe(200);
    const fresh = (await res.json()) as RoomLinks;
    expect(chairKey(fresh.chairUrl)).not.toBe(chairKey(old.chairUrl));
    await chair.until(() => chair.closed !== null);
    expect(chair.closed?.code).toBe(4005);
    expect(other.closed).toBeNull();
    const page = await fetch(old.chairUrl.replace(srv.publicUrl, srv.url));
    expect(page.status).toBe(403);
    expect(await page.text()).toContain('Deze link werkt niet meer');
    expect((await fetch(fresh.chairUrl.replace(srv.publicUrl, srv.url))).status).toBe(200);
    const again = await TestClient.connect(srv.url, {
      role: 'chair',
      eventCode: ev.code,
      roomId: old.id,
      key: chairKey(fresh.chairUrl),
    });
    expect(again.closed).toBeNull();
    for (const c of [other, again]) c.close();
  });

  it('[ROOM-5] deleting an event removes everything and sends everyone away', async () => {
    const ev: CreatedEvent = await srv.createEvent('Weg ermee');
    const p = await asParticipant(srv, ev, 'gone-participant');
    await p.command({
      type: 'statement.submit',
      activityId: p.currentWallId(),
      text: 'Persoonlijk verhaal',
    });
    expect((await fetch(`${srv.url}/api/events/${ev.code}`, { method: 'DELETE' })).status).toBe(
      401,
    );
    expect(
      (await fetch(`${srv.url}/api/events/${ev.code}`, { method: 'DELETE', headers: auth() }))
        .status,
    ).toBe(204);
    await p.until(() => p.closed !== null);
    expect(p.closed?.code).toBe(4004);
    expect((await fetch(`${srv.url}/api/events/${ev.code}`)).status).toBe(404);
    expect(await srv.store.getEvent(ev.id)).toBeNull();
    expect(await srv.store.changesSince(ev.rooms[0]!.id, 0)).toEqual([]);
  });

  it('[ROOM-5] events are deleted RETENTION_DAYS after they end, not before', async () => {
    const ended = await srv.createEvent('Lang geleden');
    const recent = await srv.createEvent('Net klaar');
    const day = 24 * 60 * 60 * 1000;
    for (const [ev, endsAt] of [
      [ended, Date.now() - 31 * day],
      [recent, Date.now() - 29 * day],
    ] as const) {
      const res = await fetch(`${srv.url}/api/events/${ev.code}`, {
        method: 'PATCH',
        headers: auth({ 'content-type': 'application/json' }),
        body: JSON.stringify({ endsAt }),
      });
      expect(res.status).toBe(200);
    }
    await deleteExpired(srv.store, srv.registry, 30);
    expect(await srv.store.getEvent(ended.id)).toBeNull();
    expect(await srv.store.getEvent(recent.id)).not.toBeNull();
    const bad = await fetch(`${srv.url}/api/events/${recent.code}`, {
      method: 'PATCH',
      headers: auth({ 'content-type': 'application/json' }),
      body: JSON.stringify({ accentColor: 'red' }),
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { field: string } }).error.field).toBe('accentColor');
  });
});
