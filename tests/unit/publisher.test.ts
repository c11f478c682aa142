// The view publisher's two audiences: the screens on their own short window, the phones on the
// room's, each flush encoded once, and a snapshot built once per seq for screens and phones.

import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../shared/model.js';
import type { ServerMessage } from '../../shared/protocol.js';
import type { Conn } from '../../server/rooms/conn.js';
import { ViewPublisher } from '../../server/rooms/publisher.js';
import { frameRoleOf } from '../../server/domain/views.js';
import * as views from '../../server/domain/views.js';
import { emptyRoom } from '../helpers/domain.js';

vi.mock('../../server/domain/views.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../server/domain/views.js')>();
  return { ...real, snapshotFor: vi.fn(real.snapshotFor) };
});

const EVENT = { code: 'ABC123', name: 'Zaal', language: 'nl' } as never;

function conn(role: Role, participantId?: string) {
  const frames: (string | Buffer)[] = [];
  const c: Conn & { frames: (string | Buffer)[]; types(): string[] } = {
    role,
    viewRole: frameRoleOf(role),
    participantId,
    stale: false,
    staleSince: 0,
    frames,
    send: (f) => frames.push(f),
    write: (f) => frames.push(f),
    buffered: () => 0,
    close() {},
    types: () => frames.map((f) => (JSON.parse(f.toString()) as ServerMessage).type),
  };
  return c;
}

let publisher: ViewPublisher | undefined;
afterEach(() => publisher?.close());

describe('view publisher', () => {
  it('[FAN-10] [FAN-11] the screens get a change on their own short window while the phones wait for the room’s; one encoded frame for every phone', async () => {
    const state = emptyRoom();
    // A budget of 1 frame/s: the screens' window counts 1 socket (1 s), the phones' all 3 (3 s).
    const p = (publisher = new ViewPublisher(state, {
      tickMs: 60_000,
      tickMinMs: 0,
      framesPerSecond: 1,
    }));
    const screen = conn('projector');
    const phones = [conn('participant', 'a'), conn('participant', 'b')];
    for (const c of [screen, ...phones]) p.join(c, EVENT);
    // The first change after a quiet window goes out at once, to both audiences.
    state.seq = 1;
    p.changed([{ kind: 'room' }]);
    await new Promise((r) => setImmediate(r));
    await p.delivered();
    expect(screen.types()).toEqual(['welcome', 'snapshot', 'update']);
    for (const ph of phones) expect(ph.types()).toEqual(['welcome', 'snapshot', 'mine', 'update']);
    // Same bytes for both phones: encoded once.
    expect(phones[0]!.frames[3]).toBeInstanceOf(Buffer);
    expect(phones[0]!.frames[3]).toBe(phones[1]!.frames[3]);

    // A second change: the screens' window (1 socket: 1 s) ends before the phones' (3 s).
    state.seq = 2;
    p.changed([{ kind: 'room' }]);
    await vi.waitFor(() => expect(screen.types()).toHaveLength(4), { timeout: 20_000 });
    expect(phones[0]!.types()).toHaveLength(4);
    await vi.waitFor(() => expect(phones[0]!.types()).toHaveLength(5), { timeout: 20_000 });
  });

  it('[FAN-12] a projector and a phone joining at the same seq: the public snapshot is built once', () => {
    const state = emptyRoom();
    const p = (publisher = new ViewPublisher(state, { tickMs: 0 }));
    const spy = vi.mocked(views.snapshotFor);
    spy.mockClear();
    p.join(conn('projector'), EVENT);
    p.join(conn('participant', 'a'), EVENT);
    p.join(conn('participant', 'b'), EVENT);
    expect(spy.mock.calls.map(([, role]) => role)).toEqual(['public']);
  });
});
