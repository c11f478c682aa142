// One contract, every bus: the in-memory bus (one process) and Redis (several instances).
// "Instances" are separate bus objects: for Redis, separate connections.

import { nanoid } from 'nanoid';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHub } from '../../server/bus/memory.js';
import { openRedisBus } from '../../server/bus/redis.js';
import type { Bus, Notice, Subscriber } from '../../server/bus/types.js';
import type { Change } from '../../server/domain/types.js';
import { closedPort, redisAvailable, TEST_REDIS_URL } from '../helpers/services.js';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';

interface World {
  /** A new bus instance on the same medium as every other one of this world. */
  connect(): Promise<Bus>;
}
interface Backend {
  name: 'memory' | 'redis';
  world(): World;
}

const memory: Backend = {
  name: 'memory',
  world() {
    const hub = createMemoryHub();
    return { connect: async () => hub.connect() };
  },
};
const redis: Backend = {
  name: 'redis',
  world() {
    // A channel per test: parallel test files share the Redis server.
    const channel = `vonk:test:${nanoid()}`;
    return { connect: () => openRedisBus(TEST_REDIS_URL, { channel }) };
  },
};

const hasRedis = await redisAvailable();
const backends = [memory, ...(hasRedis ? [redis] : [])];

const toClose: { close(): Promise<unknown> }[] = [];
afterEach(async () => {
  for (const b of toClose.splice(0)) await b.close().catch(() => undefined);
});
async function instances(world: World, n: number): Promise<Bus[]> {
  const list: Bus[] = [];
  for (let i = 0; i < n; i++) list.push(await world.connect());
  toClose.push(...list);
  return list;
}

let seq = 0;
const change = (roomId = 'room-1', over: Partial<Change> = {}): Change => ({
  roomId,
  seq: ++seq,
  clientId: nanoid(),
  actor: { role: 'participant', participantId: 'pid-ë-🎉' },
  at: 1_795_452_298_084,
  event: {
    type: 'statement.posted',
    statementId: nanoid(),
    activityId: 'w1',
    participantId: 'pid-ë-🎉',
    name: null,
    text: 'Niet vinken, maar vonken 🔥',
    status: 'approved',
  },
  ...over,
});

const collector = () => {
  const got: Change[] = [];
  const notices: Notice[] = [];
  let resyncs = 0;
  return {
    got,
    notices,
    resyncs: () => resyncs,
    handler: {
      change: (c: Change) => void got.push(c),
      notice: (n: Notice) => void notices.push(n),
      resync: () => void resyncs++,
    } satisfies Subscriber,
  };
};

describe.each(backends)('bus contract: $name', (backend) => {
  it('[BUS-1] a publish reaches every subscriber of every instance, as the same change', async () => {
    const [a, b] = (await instances(backend.world(), 2)) as [Bus, Bus];
    const [a1, a2, b1] = [collector(), collector(), collector()];
    a.subscribe(a1.handler);
    a.subscribe(a2.handler);
    b.subscribe(b1.handler);
    const sent = [change('r1'), change('r2', { clientId: null, actor: { role: 'system' } })];
    for (const c of sent) await a.publish(c);
    await b.publish(change('r3'));
    await vi.waitFor(() => {
      for (const c of [a1, a2, b1]) expect(c.got).toHaveLength(3);
    });
    for (const c of [a1, a2, b1]) expect(c.got.slice(0, 2)).toEqual(sent);
  });

  it('[BUS-2] unsubscribe and close stop delivery to that subscriber only', async () => {
    const [a, b, c] = (await instances(backend.world(), 3)) as [Bus, Bus, Bus];
    const [kept, dropped, onClosed] = [collector(), collector(), collector()];
    b.subscribe(kept.handler);
    const unsubscribe = b.subscribe(dropped.handler);
    c.subscribe(onClosed.handler);
    unsubscribe();
    await c.close();
    await c.close();
    await a.publish(change());
    const marker = change('marker');
    await a.publish(marker);
    // Once the marker is through, anything that was going to arrive has arrived.
    await vi.waitFor(() => expect(kept.got.at(-1)).toEqual(marker));
    expect(kept.got).toHaveLength(2);
    expect(dropped.got).toEqual([]);
    expect(onClosed.got).toEqual([]);
    await expect(c.publish(change())).rejects.toThrow();
    await expect(c.ping()).rejects.toThrow();
  });

  it('[BUS-5][ROOM-4][ROT-6] a notice reaches every subscriber of every instance', async () => {
    const [a, b] = (await instances(backend.world(), 2)) as [Bus, Bus];
    const [onA, onB] = [collector(), collector()];
    a.subscribe(onA.handler);
    b.subscribe(onB.handler);
    const notices: Notice[] = [
      { type: 'event.changed', eventId: 'ev-1' },
      { type: 'rotation.changed', eventId: 'ev-1' },
      {
        type: 'room.disconnect',
        roomId: 'room-1',
        code: 4005,
        reason: 'chair link revoked',
        roles: ['chair'],
        unload: false,
      },
      {
        type: 'room.disconnect',
        roomId: 'room-1',
        code: 4005,
        reason: 'Deze link werkt niet meer — vraag de organisator om een nieuwe.',
        roles: ['chair'],
        unload: false,
        credential: 'event',
      },
      {
        type: 'room.disconnect',
        roomId: 'r',
        code: 4004,
        reason: 'gone',
        roles: null,
        unload: true,
      },
      {
        type: 'presence',
        instance: 'inst-1',
        rooms: { 'room-1': { participants: 12, chairs: 1, projectors: 1 } },
      },
    ];
    for (const n of notices) await b.notify(n);
    await vi.waitFor(() => {
      for (const c of [onA, onB]) expect(c.notices).toEqual(notices);
    });
    expect(onA.got).toEqual([]);
  });

  it('[BUS-3] ping answers while the medium is reachable', async () => {
    const [a] = (await instances(backend.world(), 1)) as [Bus];
    await expect(a.ping()).resolves.toBeUndefined();
  });
});

describe.skipIf(!hasRedis)('redis bus', () => {
  it('[BUS-3] an unreachable Redis fails clearly at start, without the password', async () => {
    const url = `redis://:s3cret@127.0.0.1:${await closedPort()}`;
    const err = await openRedisBus(url).then(
      () => null,
      (e: unknown) => String(e),
    );
    expect(err).toContain('REDIS_URL');
    expect(err).not.toContain('s3cret');
  });

  it('[BUS-3] a message that is not a change is dropped, and delivery goes on', async () => {
    const channel = `vonk:test:${nanoid()}`;
    const bus = await openRedisBus(TEST_REDIS_URL, { channel });
    const raw = new Redis(TEST_REDIS_URL);
    toClose.push(bus, { close: () => raw.quit() });
    const c = collector();
    bus.subscribe(c.handler);
    for (const junk of [
      'not json',
      '[]',
      '{"roomId":"r","seq":-1}',
      '{"roomId":1}',
      'null',
      '{"notice":{"type":"room.disconnect","roomId":"r","code":4005,"reason":"x","roles":["admin"],"unload":false}}',
      '{"notice":{"type":"nope"}}',
      '{"notice":{"type":"room.disconnect","roomId":"r","code":4005,"reason":"x","roles":["chair"],"unload":false,"credential":"all"}}',
      '{"notice":{"type":"presence","instance":"i","rooms":{"r":{"participants":-1,"chairs":0,"projectors":0}}}}',
    ]) {
      await raw.publish(channel, junk);
    }
    const good = change();
    await raw.publish(channel, JSON.stringify(good));
    await vi.waitFor(() => expect(c.got).toEqual([good]));
  });

  it('[BUS-3][BUS-4] ping fails while Redis is unreachable; after it returns, subscribers resync', async () => {
    const u = new URL(TEST_REDIS_URL);
    const proxy: TcpProxy = await startTcpProxy(u.hostname, Number(u.port || 6379));
    toClose.push(proxy);
    const channel = `vonk:test:${nanoid()}`;
    const direct = await openRedisBus(TEST_REDIS_URL, { channel });
    const viaProxy = await openRedisBus(proxy.url(TEST_REDIS_URL), { channel });
    toClose.push(direct, viaProxy);
    const c = collector();
    viaProxy.subscribe(c.handler);

    await proxy.cut();
    await vi.waitFor(() => expect(viaProxy.ping()).rejects.toThrow(), { timeout: 3000 });
    await direct.publish(change('missed'));
    expect(c.resyncs()).toBe(0);

    await proxy.restore();
    await vi.waitFor(() => expect(c.resyncs()).toBe(1), { timeout: 5000 });
    await expect(viaProxy.ping()).resolves.toBeUndefined();
    const after = change('after');
    await direct.publish(after);
    await vi.waitFor(() => expect(c.got).toEqual([after]));
  });
});
