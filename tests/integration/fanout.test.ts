// Screens first, phones in chunks: the order the server writes a flush in, seen on the server
// (each joined socket's writes are recorded as they happen) and on the phones themselves.

import { describe, expect, it } from 'vitest';
import type { ServerMessage } from '../../shared/protocol.js';
import type { Conn } from '../../server/rooms/conn.js';
import type { LiveRoom } from '../../server/rooms/room.js';
import { expectAck, lettered, startPoll } from '../helpers/polls.js';
import { useTestServer } from '../helpers/scenario.js';
import { chairKey, type CreatedEvent } from '../helpers/server.js';
import { TestClient } from '../helpers/ws-client.js';

const CHUNK = 4;
const PHONES = 14;

const srv = useTestServer({
  // Tiny chunks, so a handful of phones is served over several turns of the event loop; no
  // coalescing window, so flushes follow each other while phones are still being served.
  fanout: { softBytes: 64 * 1024, hardBytes: 1024 * 1024, staleMs: 15_000, chunk: CHUNK },
  tickMs: 0,
  tickMinMs: 0,
});

interface Write {
  role: string;
  who: number;
  type: string;
  seq: number;
}

/** Records every frame the room writes to its sockets, in the order it writes them. */
function record(room: LiveRoom): Write[] {
  const writes: Write[] = [];
  let n = 0;
  for (const conn of room.conns) {
    const who = n++;
    const wrap = (fn: ((frame: string) => void) | undefined) =>
      fn &&
      ((frame: string) => {
        const msg = JSON.parse(frame) as ServerMessage;
        writes.push({ role: conn.role, who, type: msg.type, seq: msg.seq });
        fn.call(conn, frame);
      });
    const c = conn as { send: Conn['send']; write?: Conn['write'] };
    c.send = wrap(conn.send)!;
    if (conn.write) c.write = wrap(conn.write);
  }
  return writes;
}

async function setup(ev: CreatedEvent) {
  const chair = await TestClient.connect(srv.url, {
    role: 'chair',
    eventCode: ev.code,
    key: chairKey(ev.chairUrl),
  });
  const pollId = await startPoll(chair, {
    pollKind: 'single',
    question: 'Welke?',
    options: lettered('a', 'b'),
  });
  return { chair, pollId };
}

const phone = (ev: CreatedEvent, i: number) =>
  TestClient.connect(srv.url, {
    role: 'participant',
    eventCode: ev.code,
    participantId: `fan-${ev.code}-${i}`,
  });

describe('fan-out', () => {
  it('[FAN-1] a projector that joined after every phone gets each update before any phone; chairs before phones too', async () => {
    const ev = await srv.createEvent();
    const { chair, pollId } = await setup(ev);
    const phones = await Promise.all(Array.from({ length: PHONES }, (_, i) => phone(ev, i)));
    // The late screens: a projector and a speaker view (which joins as a projector).
    const projector = await TestClient.connect(srv.url, { role: 'projector', eventCode: ev.code });
    const speaker = await TestClient.connect(srv.url, { role: 'projector', eventCode: ev.code });
    const room = srv.registry.peek(chair.room!.id)!;
    const writes = record(room);

    expectAck(await phones[3]!.command({ type: 'poll.vote', pollId, optionIds: ['a'] }));
    await Promise.all(
      phones.map((p) => p.until(() => p.polls.get(pollId)?.rounds[0]?.voters === 1)),
    );
    await projector.until(() => projector.polls.get(pollId)?.rounds[0]?.voters === 1);
    await speaker.until(() => speaker.polls.get(pollId)?.rounds[0]?.voters === 1);

    const updates = writes.filter((w) => w.type === 'update');
    const firstPhone = updates.findIndex((w) => w.role === 'participant');
    const lastScreen = updates.findLastIndex((w) => w.role === 'projector');
    const lastChair = updates.findLastIndex((w) => w.role === 'chair');
    expect(updates.filter((w) => w.role === 'participant')).toHaveLength(PHONES);
    expect(updates.filter((w) => w.role === 'projector')).toHaveLength(2);
    expect(lastScreen).toBeLessThan(firstPhone);
    expect(lastChair).toBeLessThan(firstPhone);
    expect(updates.findIndex((w) => w.role === 'chair')).toBeGreaterThan(lastScreen);
    for (const c of [chair, projector, speaker, ...phones]) c.close();
  });

  it('[FAN-2] [FAN-3] under chunking every phone gets its frames in seq order, closed phones are skipped, all converge', async () => {
    const ev = await srv.createEvent();
    const { chair, pollId } = await setup(ev);
    const phones = await Promise.all(Array.from({ length: PHONES }, (_, i) => phone(ev, i)));
    const room = srv.registry.peek(chair.room!.id)!;
    const writes = record(room);
    const from = phones.map((p) => p.messages.length);

    // Votes from every phone at once, and again (changed): many flushes, each served over
    // several turns, the later ones queued behind the earlier ones.
    const acks = await Promise.all(
      phones.map((p) => p.command({ type: 'poll.vote', pollId, optionIds: ['a'] })),
    );
    acks.forEach(expectAck);
    // Two phones leave while the changed votes are being sent out.
    const leaving = phones.splice(PHONES - 2, 2);
    const changed = phones.map((p) => p.command({ type: 'poll.vote', pollId, optionIds: ['b'] }));
    for (const p of leaving) p.close();
    (await Promise.all(changed)).forEach(expectAck);

    const settled = (c: TestClient) => {
      const r = c.polls.get(pollId)?.rounds[0];
      return r?.voters === PHONES && r.options?.b === PHONES - 2;
    };
    await Promise.all(phones.map((p) => p.until(() => settled(p))));
    await chair.until(() => settled(chair));

    // The phones' own view of it: updates and their own state never go back in seq.
    for (const [i, p] of phones.entries()) {
      const seqs = p.messages
        .slice(from[i])
        .filter((m) => m.type === 'update')
        .map((m) => m.seq);
      expect(seqs.length).toBeGreaterThan(0);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      expect(new Set(seqs).size).toBe(seqs.length);
    }
    // The server's: per socket, the update frames were written in strictly rising seq.
    const bySocket = new Map<number, number[]>();
    for (const w of writes.filter((w) => w.type === 'update')) {
      bySocket.set(w.who, [...(bySocket.get(w.who) ?? []), w.seq]);
    }
    for (const seqs of bySocket.values()) {
      expect(seqs).toEqual([...new Set(seqs)].sort((a, b) => a - b));
    }
    // The room is still healthy after the two left mid fan-out.
    expect(room.conns.size).toBe(PHONES - 2 + 1);
    await room.delivered();
    for (const c of [chair, ...phones]) c.close();
  });
});
