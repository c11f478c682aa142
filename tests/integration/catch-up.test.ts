// Two instances' room registries on one store, joined by a bus that loses messages on the
// way to the second: the second must still end up with every change, in seq order.

import { nanoid } from 'nanoid';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../shared/model.js';
import { createMemoryHub } from '../../server/bus/memory.js';
import type { Bus } from '../../server/bus/types.js';
import type { Change } from '../../server/domain/types.js';
import type { ViewRole } from '../../server/domain/views.js';
import { EventService } from '../../server/events.js';
import type { Conn } from '../../server/rooms/conn.js';
import { RoomRegistry } from '../../server/rooms/registry.js';
import { storeBackends, type StoreBackend } from '../helpers/store-backends.js';

/** The sending side of a socket, keeping what a room sends it. */
class RecordingConn implements Conn {
  readonly frames: { type: string; seq: number }[] = [];
  stale = false;
  staleSince = 0;
  readonly viewRole: ViewRole;
  constructor(
    readonly role: Role,
    readonly participantId: string | undefined = undefined,
  ) {
    this.viewRole = role === 'chair' || role === 'organizer' ? 'chair' : 'public';
  }
  send(frame: string) {
    this.frames.push(JSON.parse(frame) as { type: string; seq: number });
  }
  buffered() {
    return 0;
  }
  close() {}
}

/** A real bus whose deliveries to this instance can be lost on purpose, as on a bad network. */
function lossy(inner: Bus) {
  const resyncs: (() => void)[] = [];
  const lose = { next: 0 };
  const bus: Bus = {
    ...inner,
    subscribe(subscriber) {
      if (subscriber.resync) resyncs.push(subscriber.resync);
      return inner.subscribe({
        ...subscriber,
        change(c: Change) {
          if (lose.next > 0) {
            lose.next--;
            return;
          }
          subscriber.change(c);
        },
      });
    },
  };
  return { bus, lose, reconnected: () => resyncs.forEach((f) => f()) };
}

const { backends, dispose } = await storeBackends();
afterAll(dispose);

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

async function twoInstances(backend: StoreBackend) {
  const db = await backend.fresh();
  const [storeA, storeB] = [await db.open(), await db.open()];
  const hub = createMemoryHub();
  const busA = hub.connect();
  const b = lossy(hub.connect());
  const events = new EventService(storeA, 'test-hmac-key', 'http://vonk.test', busA);
  const ev = await events.create({ name: 'Twee instanties', language: 'nl' });
  const roomId = ev.rooms[0]!.id;
  const regA = new RoomRegistry({ store: storeA, bus: busA, tickMs: 0 });
  const regB = new RoomRegistry({ store: storeB, bus: b.bus, tickMs: 0 });
  cleanup.push(
    () => storeA.close(),
    () => storeB.close(),
    () => regA.close(),
    () => regB.close(),
  );
  const roomA = (await regA.get(roomId))!;
  const roomB = (await regB.get(roomId))!;
  const chairB = new RecordingConn('chair');
  roomB.join(chairB);
  const poster = new RecordingConn('participant', 'pid-catch-up-1');
  const wallId = roomA.state.room.currentActivityId!;
  const post = async (text: string) => {
    const id = nanoid();
    await roomA.command(
      poster,
      { role: 'participant', participantId: 'pid-catch-up-1' },
      {
        type: 'statement.submit',
        id,
        activityId: wallId,
        text,
      },
    );
    return id;
  };
  return { roomA, roomB, chairB, post, lose: b.lose, reconnected: b.reconnected, busA, storeA };
}

describe.each(backends)('catch-up on $name', (backend) => {
  it('[SCALE-1] a change lost on the bus is fetched from the store when the next one arrives', async () => {
    const { roomA, roomB, chairB, post, lose } = await twoInstances(backend);
    const start = roomB.seq;
    lose.next = 1;
    const first = await post('Verloren onderweg');
    expect(roomB.seq).toBe(start);
    const second = await post('Komt wel aan');
    await vi.waitFor(() => expect(roomB.seq).toBe(roomA.seq));
    expect(roomB.seq).toBe(start + 2);
    expect([...roomB.state.statements.keys()]).toEqual([first, second]);
    await vi.waitFor(() => expect(chairB.frames.at(-1)?.seq).toBe(start + 2));
  });

  it('[SCALE-1] a change that arrives twice or late is applied once', async () => {
    const { roomA, roomB, post, busA, storeA } = await twoInstances(backend);
    await post('Eén keer');
    await vi.waitFor(() => expect(roomB.seq).toBe(roomA.seq));
    const seq = roomB.seq;
    const [last] = roomA.state.statements.values();
    // The same committed change again, straight from the log.
    const again = await storeA.changesSince(roomA.id, seq - 1);
    await busA.publish(again[0]!);
    await busA.publish({ ...again[0]!, seq: 1 });
    expect(roomB.seq).toBe(seq);
    expect(roomB.state.statements.size).toBe(1);
    expect(roomB.state.statements.get(last!.id)?.text).toBe('Eén keer');
  });

  it('[SCALE-1][BUS-4] after the bus comes back, a room fetches the last change it missed', async () => {
    const { roomA, roomB, post, lose, reconnected } = await twoInstances(backend);
    lose.next = 1;
    const id = await post('Gemist tijdens de storing');
    expect(roomB.state.statements.has(id)).toBe(false);
    reconnected();
    await vi.waitFor(() => expect(roomB.seq).toBe(roomA.seq));
    expect(roomB.state.statements.has(id)).toBe(true);
  });
});
