// The public event information is cheap to read (ORG-22): `?rooms=brief` gives the rooms as
// stored and loads none of them; one room's details (what it shows now) load that room alone.
// Without the parameter the answer is as it always was, `currentActivity` on every room.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addRooms, type SeededRoom } from '../helpers/report-event.js';
import { GENEROUS, startTestServer, type TestServer } from '../helpers/server.js';

let rooms: SeededRoom[] = [];
let srv: TestServer;
let ev: Awaited<ReturnType<TestServer['createEvent']>>;

beforeAll(async () => {
  srv = await startTestServer({ rateLimits: GENEROUS });
  ev = await srv.createEvent('Veertig tafels');
  const names = Array.from({ length: 40 }, (_, i) => `Tafel ${i + 1},Zaal ${i + 1},Arr ${i % 4}`);
  rooms = await addRooms(srv, ev.code, ['naam,locatie,arrangement', ...names].join('\n'));
}, 60_000);
afterAll(async () => {
  await srv?.stop();
});

const loaded = () => rooms.filter((r) => srv.registry.peek(r.id) !== undefined).length;
const get = (path: string) => fetch(`${srv.url}/api/events/${ev.code}${path}`);

describe('the public event information', () => {
  it('[ORG-22] ?rooms=brief lists every room as stored and loads none of them', async () => {
    srv.registry.evictIdle();
    expect(loaded()).toBe(0);
    const res = await get('?rooms=brief');
    expect(res.status).toBe(200);
    const info = (await res.json()) as {
      name: string;
      rooms: { id: string; name: string; location: string; arrangement: string }[];
    };
    expect(info.name).toBe('Veertig tafels');
    expect(info.rooms).toHaveLength(41);
    expect(info.rooms.find((r) => r.name === 'Tafel 7')).toMatchObject({
      location: 'Zaal 7',
      arrangement: 'Arr 2',
    });
    expect(info.rooms.every((r) => !('currentActivity' in r))).toBe(true);
    expect(loaded()).toBe(0);
    // The join page carries the same brief information: it loads no room either.
    expect((await fetch(`${srv.url}/j/${ev.code}/${rooms[3]!.id}`)).status).toBe(200);
    expect(loaded()).toBe(0);
    const text = JSON.stringify(info);
    expect(text).not.toMatch(/hash|secret|key/i);
  }, 60_000);

  it('[ORG-22] one room on demand: what it shows now, loading that room alone', async () => {
    srv.registry.evictIdle();
    const room = rooms[5]!;
    const res = await get(`/rooms/${room.id}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toEqual({
      id: room.id,
      name: room.name,
      kind: 'room',
      location: 'Zaal 6',
      arrangement: 'Arr 1',
      currentActivity: { kind: 'wall' },
    });
    expect(loaded()).toBe(1);
    // Case-insensitive code, like the event's own route.
    const lower = await fetch(`${srv.url}/api/events/${ev.code.toLowerCase()}/rooms/${room.id}`);
    expect(lower.status).toBe(200);
  }, 60_000);

  it('[ORG-22] without the parameter every room carries what it shows, as before', async () => {
    const res = await get('');
    const info = (await res.json()) as { rooms: { currentActivity: { kind: string } | null }[] };
    expect(info.rooms).toHaveLength(41);
    expect(info.rooms.every((r) => r.currentActivity?.kind === 'wall')).toBe(true);
  }, 60_000);

  it('[ORG-22] bad input: an unknown rooms value, room, or event is a clear error', async () => {
    const bad = await get('?rooms=all');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: unknown }).error).toMatchObject({
      code: 'invalid',
      field: 'rooms',
    });
    const unknown = await get('/rooms/nietbestaand');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: unknown }).error).toMatchObject({
      code: 'not_found',
      field: 'roomId',
    });
    // A room of another event is not found through this event's code.
    const other = await srv.createEvent('Ander');
    const otherRoom = (await (await fetch(`${srv.url}/api/events/${other.code}`)).json()) as {
      rooms: { id: string }[];
    };
    expect((await get(`/rooms/${otherRoom.rooms[0]!.id}`)).status).toBe(404);
    expect((await fetch(`${srv.url}/api/events/ZZZZZZ/rooms/${rooms[0]!.id}`)).status).toBe(404);
  }, 60_000);
});
