// Sustained load, then SIGKILL: every acknowledged id must be in the store afterwards.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../server/store/sqlite.js';
import { startChildServer, type ChildServer } from '../helpers/child-process.js';
import { TestClient } from '../helpers/ws-client.js';
import { asParticipant } from '../helpers/scenario.js';

const dataDir = mkdtempSync(join(tmpdir(), 'vonk-kill-'));
const children: ChildServer[] = [];
afterAll(async () => {
  for (const c of children) await c.kill();
  rmSync(dataDir, { recursive: true, force: true });
});

const ENV = {
  DATA_DIR: dataDir,
  ADMIN_TOKEN: 'kill-test-token',
};

describe('durability', () => {
  it('[DUR-1][DUR-2] SIGKILL under load loses no acknowledged submission', async () => {
    const first = await startChildServer(ENV);
    children.push(first);
    const res = await fetch(`${first.url}/api/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ENV.ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Kill test' }),
    });
    const ev = (await res.json()) as { code: string; rooms: { id: string }[]; chairUrl: string };
    const chair = await TestClient.connect(first.url, {
      role: 'chair',
      eventCode: ev.code,
      key: new URL(ev.chairUrl).searchParams.get('k') ?? '',
    });
    const wallId = chair.currentWallId();
    await chair.command({
      type: 'activity.update',
      activityId: wallId,
      config: { moderation: 'post' },
    });
    const phones = await Promise.all(
      Array.from({ length: 20 }, (_, i) => asParticipant(first, ev, `kill-${i}-abcdef`)),
    );

    // Every phone posts and hearts as fast as acks come back, until the process dies.
    const acked: string[] = [];
    // Hearts go to statements only: a heart on a heart's id is refused and would end the loop.
    const posted: string[] = [];
    let sent = 0;
    let stop = false;
    const loops = phones.map(async (p, i) => {
      for (let n = 0; !stop; n++) {
        const id = `kill-${i}-${n}`;
        sent++;
        const ack = await p
          .command({ id, type: 'statement.submit', activityId: wallId, text: `Punt ${i}.${n}` })
          .catch(() => null);
        if (ack?.type === 'ack') {
          acked.push(id);
          posted.push(id);
        } else if (stop || p.closed) break;
        const hid = `kill-h-${i}-${n}`;
        const first = posted[(i * 7 + n) % posted.length];
        if (first) {
          sent++;
          const h = await p
            .command({ id: hid, type: 'heart.set', statementId: first, on: true })
            .catch(() => null);
          if (h?.type === 'ack') acked.push(hid);
          else if (stop || p.closed) break;
        }
      }
    });
    // Kill mid-stream once enough is acknowledged, not after a fixed time: on a loaded
    // machine 2.5 s may not reach 200 acks, and the point is the kill, not the speed.
    const deadline = Date.now() + 30_000;
    while (acked.length <= 200 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 25));
    }
    await first.kill();
    stop = true;
    await Promise.all(loops);
    // Enough load that the kill lands mid-stream, also on a busy machine.
    expect(acked.length).toBeGreaterThan(50);

    // Straight from the file: every acknowledged id was committed.
    const store = openSqliteStore(join(dataDir, 'vonk.sqlite'));
    const roomId = ev.rooms[0]!.id;
    const missing: string[] = [];
    for (const id of acked) if ((await store.findClientId(roomId, id)) === null) missing.push(id);
    const changes = await store.changesSince(roomId, 0);
    await store.close();
    console.warn(
      `kill test: ${acked.length} acknowledged of ${sent} sent, ${missing.length} lost, ${changes.length} changes in the log`,
    );
    expect(missing).toEqual([]);
    // Seqs are dense: no gap left by the crash.
    changes.forEach((c, i) => expect(c.seq).toBe(i + 1));

    // A restarted server serves them, and a retried id is acknowledged as a duplicate.
    const second = await startChildServer(ENV);
    children.push(second);
    const p = await asParticipant(second, ev, 'kill-0-abcdef');
    const retry = await p.command({
      id: acked[0],
      type: 'statement.submit',
      activityId: wallId,
      text: 'Punt 0.0',
    });
    expect(retry).toMatchObject({ type: 'ack', duplicate: true });
    const c2 = await TestClient.connect(second.url, {
      role: 'chair',
      eventCode: ev.code,
      key: new URL(ev.chairUrl).searchParams.get('k') ?? '',
    });
    const statements = acked.filter((id) => !id.startsWith('kill-h-'));
    for (const id of statements) expect(c2.statements.has(id), id).toBe(true);
    for (const c of [...phones, chair, p, c2]) c.close();
  }, 60_000);
});
