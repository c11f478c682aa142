// A phone that stops reading must not grow the server's memory or slow anyone else down.

import type { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { GENEROUS } from '../helpers/server.js';
import { asChair, asParticipant, asProjector, inWaves, useEvent } from '../helpers/scenario.js';

const { srv, ev } = useEvent(undefined, {
  rateLimits: GENEROUS,
  fanout: { softBytes: 32 * 1024, hardBytes: 512 * 1024, staleMs: 1500 },
});

describe('backpressure', () => {
  it('[PROTO-8] a socket that never reads is skipped, then dropped; the others keep up', async () => {
    const chair = await asChair(srv, ev);
    const wallId = chair.currentWallId();
    await chair.command({
      type: 'activity.update',
      activityId: wallId,
      config: { moderation: 'post', maxLength: 500 },
    });
    const sleeper = await asProjector(srv, ev);
    const healthy = await asProjector(srv, ev);
    // Stop reading: the kernel buffers fill, then the server's queue for this socket.
    (sleeper.ws as unknown as { _socket: Socket })._socket.pause();

    const room = srv.registry.peek(chair.room!.id)!;
    const poster = await asParticipant(srv, ev, 'bp-poster-1');
    const text = 'Vonk '.repeat(99);
    let maxQueued = 0;
    const total = 600;
    await inWaves(total, (i) =>
      poster.command({
        id: `bp-${i}`,
        type: 'statement.submit',
        activityId: wallId,
        text: `${i} ${text}`,
      }),
    );
    // Each switch back to the wall sends the public roles a full snapshot (~300 KB here):
    // far more than the kernel buffers take, so the server's queue for the sleeper fills.
    for (let i = 0; i < 40; i++) {
      await chair.command({ type: 'activity.show', activityId: null });
      await chair.command({ type: 'activity.show', activityId: wallId });
      await new Promise((r) => setTimeout(r, 110));
      for (const c of room.conns) maxQueued = Math.max(maxQueued, c.buffered());
    }
    const t0 = Date.now();
    await healthy.until(() => healthy.statements.has(`bp-${total - 1}`), 10_000);
    const healthyLagMs = Date.now() - t0;
    await new Promise((r) => setTimeout(r, 2500));
    // Kick a flush so the stale check runs even if the room went quiet.
    await poster.command({ type: 'statement.submit', activityId: wallId, text: 'laatste' });
    await new Promise((r) => setTimeout(r, 400));
    const sleeperConn = [...room.conns].filter((c) => c.role === 'projector');
    console.warn(
      `backpressure: max queued ${maxQueued} bytes; healthy lag ${healthyLagMs} ms; projector sockets left ${sleeperConn.length}`,
    );

    // It was skipped at the soft limit: the queue stays near 32 KB plus one snapshot.
    expect(maxQueued).toBeGreaterThan(32 * 1024);
    expect(maxQueued).toBeLessThan(512 * 1024 + 400 * 1024);
    expect(healthy.statements.size).toBeGreaterThanOrEqual(total);
    expect(healthyLagMs).toBeLessThan(2000);
    // The sleeper was dropped from the room; the healthy projector is still there.
    expect(sleeperConn).toHaveLength(1);

    // When the sleeper comes back it resyncs and holds the same wall as the healthy one.
    const back = await asProjector(srv, ev, { lastSeq: sleeper.seq });
    await healthy.until(() => healthy.statements.has([...back.statements.keys()].at(-1)!));
    expect(back.statements.size).toBe(healthy.statements.size);
    for (const c of [chair, sleeper, healthy, poster, back]) c.close();
  }, 60_000);
});
