import { afterEach, describe, expect, it } from 'vitest';
import { GENEROUS, startTestServer, type TestServer } from '../helpers/server.js';
import { asChair, asParticipant, asProjector } from '../helpers/scenario.js';

const servers: TestServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.stop().catch(() => undefined);
});

describe('server lifecycle', () => {
  it('[PROTO-9][PROTO-4] shutdown closes with 4000 and a restart keeps every acknowledged statement', async () => {
    const first = await startTestServer({ rateLimits: GENEROUS });
    const ev = await first.createEvent();
    const p = await asParticipant(first, ev, 'pid-restart-1');
    const wallId = p.currentWallId();
    const acked: string[] = [];
    for (let i = 0; i < 20; i++) {
      const ack = await p.command({
        type: 'statement.submit',
        activityId: wallId,
        text: `Punt ${i}`,
      });
      if (ack.type === 'ack') acked.push(ack.id);
    }
    await first.close();
    await p.until(() => p.closed !== null);
    expect(p.closed?.code).toBe(4000);

    // Same data folder, new process-level server: the log replays into the same state.
    const second = await startTestServer({ dataDir: first.dataDir, port: 0 });
    servers.push(second);
    const chair = await asChair(second, ev);
    for (const id of acked) expect(chair.statements.get(id)?.status).toBe('pending');
    expect(acked).toHaveLength(20);
    // Reconnecting with lastSeq gets a fresh snapshot at the current seq.
    const again = await asParticipant(second, ev, 'pid-restart-1', { lastSeq: p.seq });
    expect(again.mine.own.map((s) => s.id).sort()).toEqual([...acked].sort());
    chair.close();
    again.close();
  });

  it('[PROTO-7] a burst of changes reaches a room as a few coalesced updates', async () => {
    const srv = await startTestServer({ tickMs: 100, rateLimits: GENEROUS });
    servers.push(srv);
    const ev = await srv.createEvent();
    const chair = await asChair(srv, ev);
    const projector = await asProjector(srv, ev);
    await chair.command({
      type: 'activity.update',
      activityId: chair.currentWallId(),
      config: { moderation: 'post' },
    });
    const posters = await Promise.all(
      Array.from({ length: 20 }, (_, i) => asParticipant(srv, ev, `burst-${i}-abcdef`)),
    );
    await projector.settle();
    const from = projector.messages.length;
    const started = Date.now();
    await Promise.all(
      posters.flatMap((p) =>
        Array.from({ length: 10 }, (_, j) =>
          p.command({
            type: 'statement.submit',
            activityId: p.currentWallId(),
            text: `Stelling ${j}`,
          }),
        ),
      ),
    );
    await projector.until(() => projector.statements.size === 200, 10_000);
    const elapsed = Date.now() - started;
    const updates = projector.messages.slice(from).filter((m) => m.type === 'update').length;
    // At most one update per tick, plus the leading one.
    expect(updates).toBeLessThanOrEqual(Math.ceil(elapsed / 100) + 2);
    expect(updates).toBeGreaterThan(0);
    for (const p of [chair, projector, ...posters]) p.close();
  });
});
