// The fan-out's order, turn by turn: flushes that overlap, sockets that leave or fall behind.

import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/model.js';
import type { Conn } from '../../server/rooms/conn.js';
import { Fanout, type FanoutJob, type FanoutStats } from '../../server/rooms/fanout.js';

interface Sent {
  who: string;
  frame: string;
}

function conns(sent: Sent[]) {
  let n = 0;
  return (role: Role, participantId?: string) => {
    const who = `${role}-${n++}`;
    const conn: Conn & { who: string; queued: number; reads: number } = {
      who,
      role,
      viewRole:
        role === 'chair' || role === 'organizer'
          ? 'chair'
          : role === 'participant'
            ? 'phone'
            : 'public',
      participantId,
      stale: false,
      staleSince: 0,
      queued: 0,
      reads: 0,
      send(frame) {
        sent.push({ who, frame });
      },
      buffered() {
        this.reads++;
        return this.queued;
      },
      close() {},
    };
    return conn;
  };
}

const job = (seq: number, mine: [string, string][] = []): FanoutJob => ({
  seq,
  frames: { public: `pub${seq}`, phone: `pub${seq}`, away: `pub${seq}`, chair: `chair${seq}` },
  mine: new Map(mine),
});

/** A recorder, its connection maker, the live set and `n` phones already in it. */
function withPhones(n: number) {
  const sent: Sent[] = [];
  const make = conns(sent);
  const live = new Set<Conn>();
  const phones = Array.from({ length: n }, (_, i) => make('participant', `p${i}`));
  for (const p of phones) live.add(p);
  return { sent, make, live, phones };
}

describe('fanout', () => {
  it('[FAN-1] projectors first, then chairs and organizers, then phones, whatever the join order', () => {
    const sent: Sent[] = [];
    const make = conns(sent);
    const live = new Set<Conn>();
    for (let i = 0; i < 5; i++) live.add(make('participant', `p${i}`));
    live.add(make('chair'));
    live.add(make('organizer'));
    live.add(make('projector'));
    const f = new Fanout(
      live,
      { softBytes: 100, hardBytes: 1000, staleMs: 1000, chunk: 100 },
      {
        resync() {},
        seq: () => 1,
        retry() {},
      },
    );
    f.publish(job(1));
    expect(sent.map((s) => s.who.split('-')[0])).toEqual([
      'projector',
      'chair',
      'organizer',
      ...Array(5).fill('participant'),
    ]);
  });

  it('[FAN-2] [FAN-3] [FAN-4] phones in chunks, a later flush queued behind, a closed socket skipped, one read of bufferedAmount per socket and flush', async () => {
    const { sent, make, live, phones } = withPhones(10);
    const screen = make('projector');
    live.add(screen);
    const stats: FanoutStats = { sent: 0, skipped: 0, dropped: 0 };
    const f = new Fanout(
      live,
      { softBytes: 100, hardBytes: 1000, staleMs: 1000, chunk: 4 },
      { resync() {}, seq: () => 2, retry() {} },
      stats,
    );
    f.publish(job(1, [['p0', 'mine1-p0']]));
    // The screen and the first chunk at once; the rest waits for the event loop.
    expect(sent.map((s) => s.who)).toEqual([
      screen.who,
      phones[0]!.who,
      phones[0]!.who,
      phones[1]!.who,
      phones[2]!.who,
      phones[3]!.who,
    ]);
    expect(f.busy).toBe(true);
    // A second flush: the screen gets it at once, the phones only after the first.
    f.publish(job(2));
    expect(sent.at(-1)).toEqual({ who: screen.who, frame: 'pub2' });
    live.delete(phones[9]!);
    await f.drained();
    for (const p of phones.slice(0, 9)) {
      const frames = sent.filter((s) => s.who === p.who).map((s) => s.frame);
      expect(frames.filter((fr) => fr.startsWith('pub'))).toEqual(['pub1', 'pub2']);
    }
    // It left before its turn came: skipped, for both flushes.
    expect(sent.filter((s) => s.who === phones[9]!.who)).toEqual([]);
    expect(sent.find((s) => s.frame === 'mine1-p0')).toBeDefined();
    for (const p of phones) expect(p.reads).toBeLessThanOrEqual(2);
    // Counted once per chunk: 2 flushes × (1 screen + 9 phones), plus one participant's own.
    expect(stats.sent).toBe(20);
    expect(stats.frames).toBe(21);
    expect(stats.bytes).toBe(4 * 20 + 'mine1-p0'.length);
  });

  it('[FAN-3] a phone resynced with a snapshot skips the queued frames it already holds', async () => {
    const { sent, live, phones } = withPhones(6);
    const seq = 3;
    const f = new Fanout(
      live,
      { softBytes: 100, hardBytes: 1000, staleMs: 60_000, chunk: 2 },
      {
        resync(conn) {
          conn.stale = false;
          conn.send(`snapshot${seq}`);
        },
        seq: () => seq,
        retry() {},
      },
    );
    const late = phones[5]!;
    late.stale = true;
    late.staleSince = Date.now();
    // Two flushes queued; by the time the late phone's turn comes the room is at seq 3.
    f.publish(job(2));
    f.publish(job(3));
    await f.drained();
    expect(sent.filter((s) => s.who === late.who).map((s) => s.frame)).toEqual(['snapshot3']);
    for (const p of phones.slice(0, 5)) {
      expect(sent.filter((s) => s.who === p.who).map((s) => s.frame)).toEqual(['pub2', 'pub3']);
    }
  });

  it('[FAN-10] [FAN-11] a flush for the screens reaches no phone, one for the phones no screen; encoded bytes go out as they are', async () => {
    const sent: Sent[] = [];
    const make = conns(sent);
    const live = new Set<Conn>();
    const screens = new Set<Conn>();
    const phones = Array.from({ length: 3 }, (_, i) => make('participant', `p${i}`));
    for (const p of phones) live.add(p);
    for (const c of [make('projector'), make('chair')]) {
      live.add(c);
      screens.add(c);
    }
    const stats: FanoutStats = { sent: 0, skipped: 0, dropped: 0 };
    const written: unknown[] = [];
    for (const c of live) c.write = (frame) => written.push(frame);
    const f = new Fanout(
      live,
      { softBytes: 100, hardBytes: 1000, staleMs: 1000, chunk: 2 },
      { resync() {}, seq: () => 1, retry() {} },
      stats,
      screens,
    );
    const bytes = Buffer.from('{"type":"update","seq":1,"changes":[]}');
    f.publish(
      {
        seq: 1,
        frames: { public: 'pub1', chair: 'chair1', phone: bytes, away: bytes },
        mine: new Map(),
      },
      'screens',
    );
    expect(written).toEqual(['pub1', 'chair1']);
    f.publish(
      {
        seq: 1,
        frames: { public: 'pub1', chair: 'chair1', phone: bytes, away: bytes },
        mine: new Map(),
      },
      'phones',
    );
    await f.drained();
    // The same Buffer, not a copy per socket; its length counted as the bytes sent.
    expect(written.slice(2)).toHaveLength(3);
    for (const w of written.slice(2)) expect(w).toBe(bytes);
    expect(stats.bytes).toBe(4 + 6 + 3 * bytes.length);
  });
});
