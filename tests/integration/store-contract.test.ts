// One contract, every store: SQLite (embedded) and PostgreSQL (scale-out) must behave the same.
// Events, rooms and what hangs on them, settings, migrations and the store's own life here; the
// change log (append, batches, duplicates, races) in store-changes.test.ts.

import { nanoid } from 'nanoid';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../server/store/migrations.js';
import type { RotationPlan } from '../../shared/rotation.js';
import type { Store } from '../../server/store/types.js';
import { change, event, room, seeded, shown, useStores } from '../helpers/store-fixtures.js';

const { backends, freshStores, opened } = await useStores();

describe.each(backends)('store contract: $name', (backend) => {
  it('[STORE-1] creates events and rooms and reads them back', async () => {
    const [store] = (await freshStores(backend)) as [Store];
    const older = event({ createdAt: 1_700_000_000_000, language: 'en' });
    const newer = event({ createdAt: 1_800_000_000_000 });
    const rooms = [room(newer.id, 2), room(newer.id, 0), room(newer.id, 1)];
    await store.createEvent(older, [room(older.id)]);
    await store.createEvent(newer, rooms);
    expect(await store.getEvent(newer.id)).toEqual(newer);
    expect(await store.getEventByCode(older.code)).toEqual(older);
    expect((await store.listEvents()).map((e) => e.id)).toEqual([newer.id, older.id]);
    expect(await store.getRoom(rooms[0]!.id)).toEqual(rooms[0]);
    expect((await store.listRooms(newer.id)).map((r) => r.sort)).toEqual([0, 1, 2]);
    expect(await store.getEvent('missing')).toBeNull();
    expect(await store.getEventByCode('ZZZZZZ')).toBeNull();
    expect(await store.getRoom('missing')).toBeNull();
    expect(await store.listRooms('missing')).toEqual([]);
  });

  it('[STORE-1] setup changes get seq 1, 2, … per room, in the same commit', async () => {
    const [store] = (await freshStores(backend)) as [Store];
    const e = event();
    const [a, b] = [room(e.id, 0), room(e.id, 1)];
    await store.createEvent(
      e,
      [a, b],
      [
        { roomId: a.id, change: change(null, shown('w1')) },
        { roomId: b.id, change: change('setup-b') },
        { roomId: a.id, change: change(null, shown('w2')) },
      ],
    );
    const inA = await store.changesSince(a.id, 0);
    expect(inA.map((c) => [c.seq, c.event])).toEqual([
      [1, shown('w1')],
      [2, shown('w2')],
    ]);
    expect((await store.changesSince(b.id, 0)).map((c) => c.seq)).toEqual([1]);
    expect(await store.findClientId(b.id, 'setup-b')).toBe(1);
    // The room is at seq 2: the next append expects it.
    expect(await store.append(a.id, 2, change('next'))).toEqual({ status: 'ok', seq: 3 });
  });

  it('[STORE-1] createEvent is all or nothing: a failing part leaves nothing behind', async () => {
    const [store] = (await freshStores(backend)) as [Store];
    const bad = event();
    const r = room(bad.id);
    await expect(
      store.createEvent(
        bad,
        [r],
        [
          { roomId: r.id, change: change('x') },
          { roomId: 'no-such-room', change: change('y') },
        ],
      ),
    ).rejects.toThrow();
    expect(await store.getEvent(bad.id)).toBeNull();
    expect(await store.getRoom(r.id)).toBeNull();
    expect(await store.changesSince(r.id, 0)).toEqual([]);

    const twice = event();
    const r2 = room(twice.id);
    await expect(
      store.createEvent(
        twice,
        [r2],
        [
          { roomId: r2.id, change: change('same') },
          { roomId: r2.id, change: change('same') },
        ],
      ),
    ).rejects.toThrow();
    expect(await store.getEvent(twice.id)).toBeNull();

    const first = event();
    await store.createEvent(first, [room(first.id)]);
    const clash = event({ code: first.code });
    const r3 = room(clash.id);
    await expect(store.createEvent(clash, [r3])).rejects.toThrow();
    expect(await store.getEvent(clash.id)).toBeNull();
    expect(await store.getRoom(r3.id)).toBeNull();
    expect(await store.listEvents()).toHaveLength(1);
  });

  it('[STORE-8] addRooms is all or nothing, with room details and setup changes', async () => {
    const [store] = (await freshStores(backend)) as [Store];
    const { e } = await seeded(store);
    const a = room(e.id, 1, { arrangement: 'Arrangement 1', chairName: 'Anja' });
    const b = room(e.id, 2);
    await store.addRooms(
      [a, b],
      [
        { roomId: a.id, change: change(null) },
        { roomId: b.id, change: change(null) },
      ],
    );
    expect((await store.listRooms(e.id)).map((r) => r.name)).toEqual([
      'Plenair',
      'Tafel 1',
      'Tafel 2',
    ]);
    expect(await store.getRoom(a.id)).toMatchObject({
      arrangement: 'Arrangement 1',
      chairName: 'Anja',
      location: 'zaal 1',
    });
    expect((await store.changesSince(b.id, 0)).map((c) => c.seq)).toEqual([1]);
    // A setup change for a room that is not in the batch fails the whole batch.
    const c = room(e.id, 3);
    await expect(store.addRooms([c], [{ roomId: 'nope', change: change(null) }])).rejects.toThrow();
    expect(await store.getRoom(c.id)).toBeNull();
  });

  it('[STORE-8] updateEvent, setChairKey, endedBefore and deleteEvent with its cascade', async () => {
    const [store] = (await freshStores(backend)) as [Store];
    const { e, r } = await seeded(store);
    await store.append(r.id, 0, change('x'));
    await store.updateEvent(e.id, { name: 'Nieuwe naam', endsAt: 1000, accentColor: '#1a6b3c' });
    expect(await store.getEvent(e.id)).toMatchObject({
      name: 'Nieuwe naam',
      endsAt: 1000,
      accentColor: '#1a6b3c',
    });
    await store.updateEvent(e.id, { accentColor: null });
    expect(await store.getEvent(e.id)).toMatchObject({
      name: 'Nieuwe naam',
      endsAt: 1000,
      accentColor: null,
    });
    await store.setChairKey(e.id, null, 'b'.repeat(64), 2);
    await store.setChairKey(e.id, r.id, 'c'.repeat(64), 3);
    expect(await store.getEvent(e.id)).toMatchObject({
      chairKeyHash: 'b'.repeat(64),
      chairKeyVersion: 2,
    });
    expect(await store.getRoom(r.id)).toMatchObject({
      chairKeyHash: 'c'.repeat(64),
      chairKeyVersion: 3,
    });
    expect((await store.endedBefore(2000)).map((x) => x.id)).toContain(e.id);
    expect((await store.endedBefore(500)).map((x) => x.id)).not.toContain(e.id);
    expect(await store.deleteEvent(e.id)).toBe(true);
    expect(await store.deleteEvent(e.id)).toBe(false);
    expect(await store.getEvent(e.id)).toBeNull();
    expect(await store.getRoom(r.id)).toBeNull();
    expect(await store.changesSince(r.id, 0)).toEqual([]);
    expect(await store.findClientId(r.id, 'x')).toBeNull();
  });

  it('[STORE-9] the projector theme and the logo: stored, replaced, removed, gone with the event', async () => {
    const [store] = (await freshStores(backend)) as [Store];
    const { e } = await seeded(store);
    const other = await seeded(store);
    expect(await store.getEvent(e.id)).toMatchObject({ projectorTheme: null, logoHash: null });
    await store.updateEvent(e.id, { projectorTheme: 'light' });
    expect(await store.getEvent(e.id)).toMatchObject({ projectorTheme: 'light', name: e.name });
    await store.updateEvent(e.id, { name: 'Anders' });
    expect((await store.getEvent(e.id))?.projectorTheme).toBe('light');

    // Every byte value, so that no layer treats the image as text.
    const bytes = new Uint8Array(Array.from({ length: 512 }, (_, i) => i % 256));
    const png = { hash: 'd'.repeat(64), mime: 'image/png', bytes, createdAt: 1_700_000_000_000 };
    expect(await store.getLogo(e.id)).toBeNull();
    await store.setLogo(e.id, png);
    expect(await store.getLogo(e.id)).toEqual(png);
    expect((await store.getEvent(e.id))?.logoHash).toBe(png.hash);
    expect(await store.getLogo(other.e.id)).toBeNull();

    const webp = {
      hash: 'e'.repeat(64),
      mime: 'image/webp',
      bytes: bytes.slice(0, 3),
      createdAt: 2,
    };
    await store.setLogo(e.id, webp);
    expect(await store.getLogo(e.id)).toEqual(webp);
    expect((await store.getEvent(e.id))?.logoHash).toBe(webp.hash);

    await store.setLogo(e.id, null);
    expect(await store.getLogo(e.id)).toBeNull();
    expect((await store.getEvent(e.id))?.logoHash).toBeNull();

    await store.setLogo(other.e.id, png);
    await store.deleteEvent(other.e.id);
    expect(await store.getLogo(other.e.id)).toBeNull();
  });

  it('[ROT-1] a rotation plan with its group codes: stored, replaced, removed, gone with the event', async () => {
    const [store] = (await freshStores(backend)) as [Store];
    const { e, r } = await seeded(store);
    const other = await seeded(store);
    const plan = (codes: string[]): RotationPlan => ({
      groups: codes.map((code, i) => ({
        id: `g${i + 1}`,
        number: i + 1,
        name: `Groep ${i + 1}`,
        code,
        arrangement: null,
      })),
      slots: [{ index: 0, start: '10:00', end: '10:45' }],
      visits: codes.map((_, i) => ({ groupId: `g${i + 1}`, slot: 0, roomId: r.id })),
      addresses: { [r.id]: 'Kanaalstraat 12' },
      shareLocations: true,
      current: null,
    });
    const a = `A${nanoid(7)}`;
    const b = `B${nanoid(7)}`;
    expect(await store.getRotation(e.id)).toBeNull();
    await store.putRotation(e.id, plan([a, b]));
    expect(await store.getRotation(e.id)).toEqual(plan([a, b]));
    expect(await store.groupByCode(b)).toEqual({ eventId: e.id, groupId: 'g2' });
    // Replaced: the codes of the old plan no longer lead anywhere.
    const c = `C${nanoid(7)}`;
    await store.putRotation(e.id, { ...plan([c]), current: 0 });
    expect((await store.getRotation(e.id))?.current).toBe(0);
    expect(await store.groupByCode(b)).toBeNull();
    expect(await store.groupByCode(c)).toEqual({ eventId: e.id, groupId: 'g1' });
    // A code is one group of one event: taking it twice fails and changes nothing.
    await expect(store.putRotation(other.e.id, plan([c]))).rejects.toThrow();
    expect(await store.getRotation(other.e.id)).toBeNull();
    await store.putRotation(e.id, null);
    expect(await store.getRotation(e.id)).toBeNull();
    expect(await store.groupByCode(c)).toBeNull();
    await store.putRotation(other.e.id, plan([a]));
    await store.deleteEvent(other.e.id);
    expect(await store.getRotation(other.e.id)).toBeNull();
    expect(await store.groupByCode(a)).toBeNull();
  });

  it('[STORE-6] initSetting: the first value wins, also when connections race; putSetting replaces', async () => {
    const stores = await freshStores(backend, 2);
    expect(await stores[0]!.getSetting('k')).toBeNull();
    const keys = Array.from({ length: 10 }, (_, i) => `key-${i}`);
    const results = await Promise.all(
      keys.flatMap((k) => stores.map((s, si) => s.initSetting(k, `${k}-from-${si}`))),
    );
    for (let i = 0; i < keys.length; i++) {
      const [a, b] = [results[2 * i], results[2 * i + 1]];
      expect(a).toBe(b);
      expect(await stores[0]!.getSetting(keys[i]!)).toBe(a);
    }
    expect(await stores[1]!.initSetting('key-0', 'later')).toBe(results[0]);
    await stores[1]!.putSetting('key-0', 'replaced');
    expect(await stores[0]!.getSetting('key-0')).toBe('replaced');
    expect(await stores[0]!.initSetting('key-0', 'again')).toBe('replaced');
    await stores[0]!.putSetting('fresh', 'v');
    expect(await stores[1]!.getSetting('fresh')).toBe('v');
  });

  it('[STORE-5] migrations run once, also when two instances open the database at once', async () => {
    const db = await backend.fresh();
    const both = await Promise.all([db.open(), db.open()]);
    opened.push(...both);
    const third = await db.open();
    opened.push(third);
    expect(await db.migrationsApplied()).toBe(MIGRATIONS.length);
    const { r } = await seeded(both[0]);
    expect(await third.append(r.id, 0, change('x'))).toEqual({ status: 'ok', seq: 1 });
  });

  it('[STORE-7] ping answers; close is idempotent; a closed or unreachable store fails clearly', async () => {
    const [store] = (await freshStores(backend)) as [Store];
    await expect(store.ping()).resolves.toBeUndefined();
    await store.close();
    await store.close();
    await expect(store.ping()).rejects.toThrow();
    const unreachable = backend.openUnreachable();
    await expect(unreachable).rejects.toThrow();
    // The message names the setting and never the password.
    const msg = await unreachable.then(
      () => '',
      (err: unknown) => String(err),
    );
    expect(msg).not.toContain('s3cret');
    if (backend.name === 'postgres') expect(msg).toContain('DATABASE_URL');
  });
});
