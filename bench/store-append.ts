// Append latency and throughput of each store: `npx tsx bench/store-append.ts`.
// PostgreSQL is measured when TEST_DATABASE_URL (default: local postgres) answers; the bench
// creates its own database and drops it afterwards.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nanoid } from 'nanoid';
import { openPostgresStore } from '../server/store/postgres.js';
import { openSqliteStore } from '../server/store/sqlite.js';
import type { NewChange, Store } from '../server/store/types.js';
import { createTestDatabase } from '../tests/helpers/postgres.js';
import { postgresAvailable } from '../tests/helpers/services.js';

const SEQUENTIAL = 2000;
const ROOMS = 20;
const PER_ROOM = 100;

const change = (): NewChange => ({
  clientId: nanoid(),
  actor: { role: 'participant', participantId: 'bench-participant' },
  at: Date.now(),
  event: {
    type: 'statement.posted',
    statementId: nanoid(),
    activityId: 'w1',
    participantId: 'bench-participant',
    name: null,
    text: 'Niet vinken, maar vonken',
    status: 'pending',
  },
});

async function room(store: Store): Promise<string> {
  const eventId = nanoid();
  const roomId = nanoid();
  const now = Date.now();
  await store.createEvent(
    {
      id: eventId,
      code: nanoid(6),
      name: 'bench',
      language: 'nl',
      chairKeyHash: 'x',
      chairKeyVersion: 1,
      createdAt: now,
      endsAt: null,
      accentColor: null,
    },
    [
      {
        id: roomId,
        eventId,
        name: 'p',
        kind: 'plenary',
        location: null,
        arrangement: null,
        chairName: null,
        sort: 0,
        chairKeyHash: null,
        chairKeyVersion: 1,
        createdAt: now,
      },
    ],
  );
  return roomId;
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

async function measure(name: string, open: () => Promise<Store>) {
  const store = await open();
  const r = await room(store);
  const times: number[] = [];
  for (let i = 0; i < SEQUENTIAL; i++) {
    const t0 = performance.now();
    const res = await store.append(r, i, change());
    times.push(performance.now() - t0);
    if (res.status !== 'ok') throw new Error(`append ${i}: ${res.status}`);
  }
  times.sort((a, b) => a - b);
  // Many rooms at once, as during a busy event: one writer per room, no contention.
  const rooms = await Promise.all(Array.from({ length: ROOMS }, () => room(store)));
  const t0 = performance.now();
  await Promise.all(
    rooms.map(async (id) => {
      for (let i = 0; i < PER_ROOM; i++) await store.append(id, i, change());
    }),
  );
  const perSecond = (ROOMS * PER_ROOM) / ((performance.now() - t0) / 1000);
  console.warn(
    `${name.padEnd(8)} append, one at a time: p50 ${pct(times, 0.5).toFixed(3)} ms, p99 ${pct(times, 0.99).toFixed(3)} ms; ` +
      `${ROOMS} rooms at once: ${Math.round(perSecond)} appends/s`,
  );
  await store.close();
}

const dir = mkdtempSync(join(tmpdir(), 'vonk-bench-'));
try {
  await measure('sqlite', async () => openSqliteStore(join(dir, 'bench.sqlite')));
  if (await postgresAvailable()) {
    const db = await createTestDatabase();
    try {
      await measure('postgres', () => openPostgresStore(db.url, { poolMax: 10 }));
    } finally {
      await db.drop();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
