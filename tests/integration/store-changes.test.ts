// One contract, every store: the change log. Appends commit only at the expected seq, a client
// id is one change, batches are all or nothing, and racing connections leave no gap or twin.

import { describe, expect, it } from 'vitest';
import type { Actor, DomainEvent } from '../../server/domain/types.js';
import type { Store } from '../../server/store/types.js';
import { change, seeded, useStores } from '../helpers/store-fixtures.js';

const { backends, freshStores } = await useStores();

describe.each(backends)('store contract, changes: $name', (backend) => {
  it('[STORE-2] append commits only at the expected seq; otherwise conflict with the current seq', async () => {
    const [store] = (await freshStores(backend)) as [Store];
    const { r } = await seeded(store);
    expect(await store.append(r.id, 0, change('a'))).toEqual({ status: 'ok', seq: 1 });
    expect(await store.append(r.id, 1, change('b'))).toEqual({ status: 'ok', seq: 2 });
    expect(await store.append(r.id, 1, change('c'))).toEqual({ status: 'conflict', seq: 2 });
    expect(await store.append(r.id, 7, change('c'))).toEqual({ status: 'conflict', seq: 2 });
    expect(await store.findClientId(r.id, 'c')).toBeNull();
    await expect(store.append('no-such-room', 0, change('d'))).rejects.toThrow(/no-such-room/);
  });

  it('[STORE-3] the same client id in a room is one change: duplicate with its seq', async () => {
    const [store] = (await freshStores(backend)) as [Store];
    const { r } = await seeded(store);
    const other = await seeded(store);
    expect(await store.append(r.id, 0, change('cmd-1'))).toEqual({ status: 'ok', seq: 1 });
    expect(await store.append(r.id, 1, change('cmd-2'))).toEqual({ status: 'ok', seq: 2 });
    // At the current seq, at an old one, at a future one: always the original.
    for (const expected of [2, 0, 9]) {
      expect(await store.append(r.id, expected, change('cmd-1'))).toEqual({
        status: 'duplicate',
        seq: 1,
      });
    }
    // Another room has its own ids; system changes (null) never collide.
    expect(await store.append(other.r.id, 0, change('cmd-1'))).toEqual({ status: 'ok', seq: 1 });
    expect(await store.append(r.id, 2, change(null))).toEqual({ status: 'ok', seq: 3 });
    expect(await store.append(r.id, 3, change(null))).toEqual({ status: 'ok', seq: 4 });
    expect((await store.changesSince(r.id, 0)).map((c) => c.clientId)).toEqual([
      'cmd-1',
      'cmd-2',
      null,
      null,
    ]);
  });

  it('[STORE-10] appendMany commits a batch at consecutive seqs, all or nothing', async () => {
    const [store] = (await freshStores(backend)) as [Store];
    const { r } = await seeded(store);
    expect(await store.append(r.id, 0, change('a'))).toEqual({ status: 'ok', seq: 1 });
    const batch = ['b', 'c', null, 'd'].map((id) => change(id));
    expect(await store.appendMany(r.id, 1, batch)).toEqual({ status: 'ok', seq: 5 });
    expect((await store.changesSince(r.id, 0)).map((c) => [c.seq, c.clientId])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
      [4, null],
      [5, 'd'],
    ]);
    // A stale seq: nothing of the batch is written.
    expect(await store.appendMany(r.id, 3, [change('e'), change('f')])).toEqual({
      status: 'conflict',
      seq: 5,
    });
    // One id committed before: the batch is refused whole, naming that change's seq.
    expect(await store.appendMany(r.id, 5, [change('g'), change('c'), change('h')])).toEqual({
      status: 'duplicate',
      seq: 3,
    });
    for (const id of ['e', 'f', 'g', 'h']) expect(await store.findClientId(r.id, id)).toBeNull();
    // One id twice in one batch is a caller's mistake, not a silent pick.
    await expect(store.appendMany(r.id, 5, [change('i'), change('i')])).rejects.toThrow(/twice/);
    expect(await store.appendMany(r.id, 5, [change('i'), change('j')])).toEqual({
      status: 'ok',
      seq: 7,
    });
    await expect(store.appendMany('no-such-room', 0, [change('x'), change('y')])).rejects.toThrow(
      /no-such-room/,
    );
  });

  it('[STORE-2] changesSince returns whole changes in seq order, after a seq, up to a limit', async () => {
    const [store] = (await freshStores(backend)) as [Store];
    const { r } = await seeded(store);
    const actor: Actor = { role: 'participant', participantId: 'pid-ëmoji-🎉' };
    const posted: DomainEvent = {
      type: 'statement.posted',
      statementId: 's1',
      activityId: 'w1',
      participantId: 'pid-ëmoji-🎉',
      name: 'Zoë',
      text: 'Niet vinken, maar vonken 🔥 — “echt”',
      status: 'pending',
    };
    const at = 1_795_452_298_084;
    await store.append(r.id, 0, { clientId: 'c1', actor, at, event: posted });
    for (let i = 1; i < 5; i++) await store.append(r.id, i, change(`c${i + 1}`));
    const all = await store.changesSince(r.id, 0);
    expect(all.map((c) => c.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(all[0]).toEqual({ roomId: r.id, seq: 1, clientId: 'c1', actor, at, event: posted });
    expect((await store.changesSince(r.id, 3)).map((c) => c.seq)).toEqual([4, 5]);
    expect((await store.changesSince(r.id, 1, 2)).map((c) => c.seq)).toEqual([2, 3]);
    expect(await store.changesSince(r.id, 5)).toEqual([]);
    expect(await store.findClientId(r.id, 'c4')).toBe(4);
    expect(await store.findClientId(r.id, 'nope')).toBeNull();
  });

  it('[STORE-4] concurrent appends from several connections: seqs 1..N, no gap, no duplicate', async () => {
    const stores = await freshStores(backend, 2);
    const { r } = await seeded(stores[0]!);
    const WRITERS_PER_STORE = 4;
    const EACH = 15;
    let conflicts = 0;
    const writer = async (store: Store, w: string) => {
      let seen = 0;
      for (let i = 0; i < EACH; i++) {
        const id = `${w}-${i}`;
        for (let attempt = 0; ; attempt++) {
          expect(attempt).toBeLessThan(200);
          const res = await store.append(r.id, seen, change(id));
          if (res.status === 'ok') {
            seen = res.seq;
            break;
          }
          expect(res.status).toBe('conflict');
          conflicts++;
          seen = res.seq;
        }
      }
    };
    await Promise.all(
      stores.flatMap((s, si) =>
        Array.from({ length: WRITERS_PER_STORE }, (_, w) => writer(s, `s${si}w${w}`)),
      ),
    );
    const total = stores.length * WRITERS_PER_STORE * EACH;
    const log = await stores[1]!.changesSince(r.id, 0);
    expect(log.map((c) => c.seq)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(new Set(log.map((c) => c.clientId)).size).toBe(total);
    expect(conflicts).toBeGreaterThan(0);
  });

  it('[STORE-3][STORE-4] the same client id racing through two connections commits once', async () => {
    const stores = await freshStores(backend, 2);
    const { r } = await seeded(stores[0]!);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => stores[i % 2]!.append(r.id, 0, change('same-id'))),
    );
    expect(results.filter((x) => x.status === 'ok')).toEqual([{ status: 'ok', seq: 1 }]);
    for (const x of results) expect(x.seq).toBe(1);
    expect(await stores[0]!.changesSince(r.id, 0)).toHaveLength(1);
  });
});
