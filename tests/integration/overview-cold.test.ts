// A cold overview (ORG-7): after a restart the server loads the event's rooms a few at a time,
// and rooms that load together read the event information once, not once per room.

import { describe, expect, it, vi } from 'vitest';
import { ROOM_LOADS } from '../../server/rooms/bounded.js';
import { withPostgresServer } from '../helpers/postgres.js';
import { addRooms } from '../helpers/report-event.js';
import { useTestServer } from '../helpers/scenario.js';
import type { TestServer } from '../helpers/server.js';
import { postgresAvailable } from '../helpers/services.js';

const srv = useTestServer();
/** The overview's own read plus one per batch of 61 rooms loading ROOM_LOADS at a time. */
const MOST = 1 + Math.ceil(61 / ROOM_LOADS);

/** A cold overview and a cold event info on `s`: every room, the event listed a few times. */
async function coldOverview(s: TestServer) {
  const ev = await s.createEvent('Koud overzicht');
  const names = Array.from({ length: 60 }, (_, i) => `Tafel ${i + 1}`);
  await addRooms(s, ev.code, ['naam', ...names].join('\n'));
  const event = (await s.store.getEventByCode(ev.code))!;
  s.registry.evictIdle();
  const list = vi.spyOn(s.store, 'listRooms');
  try {
    const rows = await s.registry.overview(event);
    expect(rows.map((r) => r.name)).toEqual(expect.arrayContaining(names));
    expect(rows).toHaveLength(61);
    // One for the overview itself, and at most one per batch of rooms that load together (a
    // batch may start before the one before it is live); one per room would be 61.
    expect(list.mock.calls.length).toBeGreaterThanOrEqual(1);
    expect(list.mock.calls.length).toBeLessThanOrEqual(MOST);
    // The public event information loads cold rooms the same way.
    s.registry.evictIdle();
    list.mockClear();
    const res = await fetch(`${s.url}/api/events/${ev.code}`);
    expect(res.status).toBe(200);
    const info = (await res.json()) as { rooms: { name: string }[] };
    expect(info.rooms).toHaveLength(61);
    expect(list.mock.calls.length).toBeGreaterThanOrEqual(1);
    expect(list.mock.calls.length).toBeLessThanOrEqual(MOST);
  } finally {
    list.mockRestore();
  }
}

describe('a cold overview', () => {
  it('[ORG-7] loads every room and lists the event rooms a handful of times, not once per room', async () => {
    await coldOverview(srv);
  }, 60_000);
});

const hasPostgres = await postgresAvailable();

describe.skipIf(!hasPostgres)('a cold overview on PostgreSQL', () => {
  it('[ORG-7] loads every room and lists the event rooms a handful of times, not once per room', async () => {
    await withPostgresServer(coldOverview);
  }, 60_000);
});
