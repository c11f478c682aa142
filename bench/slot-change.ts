// `npx tsx bench/slot-change.ts [--groups 54] [--phones 13] [--slots 3]` (or `npm run bench --
// --scenario slots`): groups that travel (ROT-6, ROT-21). Vonk runs in its own process (core 0
// when taskset exists); this process holds groups × phones sockets, each joined by its group's
// code. The organizer moves everyone to the next slot over HTTP, and for every phone the time
// from the request's start to its `visit` frame for that slot is taken. Prints p50/p95/max per
// slot change and over all of them, and whether every phone made the 2 s target. It asserts
// nothing; the figures are worse on a busy machine (the load average is printed).

import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { PROTOCOL_VERSION } from '../shared/protocol.js';
import type { RotationPlan } from '../shared/rotation.js';
import { isType, socket } from './clients.js';
import { hasTaskset, pct, round1, startNode } from './common.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  const n = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!(n > 0) || !Number.isInteger(n)) throw new Error(`--${name} must be a positive integer`);
  return n;
};
const GROUPS = opt('groups', 54);
const PHONES = opt('phones', 13);
/** Locations per arrangement: the carousel has as many slots. */
const SLOTS = opt('slots', 3);
const TARGET_MS = 2000;
const ADMIN_TOKEN = 'bench-admin-token';
const say = (line: string) => process.stderr.write(`${line}\n`);

if (GROUPS % SLOTS !== 0) throw new Error(`--groups must be a multiple of --slots (${SLOTS})`);

interface Traveler {
  ws: WebSocket;
  /** performance.now() when the visit frame of each slot arrived. */
  movedAt: Map<number, number>;
}

/** Called at every first visit frame of a slot; the run waits on it, never polls. */
let moved = () => {};

function join_(url: string, eventCode: string, group: string, i: number): Promise<Traveler> {
  const ws = socket(url, i);
  const t: Traveler = { ws, movedAt: new Map() };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`phone ${i}: no snapshot in time`)), 60_000);
    ws.once('error', reject);
    ws.once('close', (code) => reject(new Error(`phone ${i}: closed with ${code}`)));
    ws.once('open', () =>
      ws.send(
        JSON.stringify({
          type: 'hello',
          protocol: PROTOCOL_VERSION,
          role: 'participant',
          eventCode,
          participantId: `slot-bench-${i}`,
          group,
        }),
      ),
    );
    ws.on('message', (data: Buffer) => {
      const at = performance.now();
      if (isType(data, 'snapshot')) {
        clearTimeout(timer);
        resolve(t);
      } else if (isType(data, 'visit')) {
        const { visit } = JSON.parse(data.toString()) as { visit: { slot: number } };
        if (!t.movedAt.has(visit.slot)) {
          t.movedAt.set(visit.slot, at);
          moved();
        }
      }
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'vonk-slot-bench-'));
const vonk = await startNode(
  'tests/helpers/child-server.ts',
  {
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dir,
    ADMIN_TOKEN,
    LOG_LEVEL: 'warn',
    RATE_JOINS_PER_SECOND: '1000000',
    RATE_IDENTITIES_BURST: '1000000',
    RATE_IDENTITIES_PER_SECOND: '1000000',
  },
  hasTaskset() ? 0 : null,
);
const travelers: Traveler[] = [];
const rows: [string, string][] = [];
try {
  const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };
  const post = async (path: string, body: string, type = 'application/json') => {
    const res = await fetch(`${vonk.url}/api${path}`, {
      method: 'POST',
      headers: { ...auth, 'content-type': type },
      body,
    });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<Record<string, unknown>>;
  };
  const ev = (await post('/events', JSON.stringify({ name: 'Slot bench', language: 'nl' }))) as {
    code: string;
  };
  // Arrangements of SLOTS locations each; the i-th room names the i-th group (ROT-2).
  const csv = [
    'naam,locatie,arrangement',
    ...Array.from(
      { length: GROUPS },
      (_, i) => `Groep ${i + 1},Locatie ${i + 1},Arrangement ${Math.floor(i / SLOTS) + 1}`,
    ),
  ].join('\n');
  await post(`/events/${ev.code}/rooms`, csv, 'text/csv');
  const { plan } = (await post(`/events/${ev.code}/rotation/generate`, '{}')) as {
    plan: RotationPlan;
  };
  say(
    `${plan.groups.length} groups, ${plan.slots.length} slots; connecting ${GROUPS * PHONES} phones…`,
  );
  const wave = 100;
  for (let i = 0; i < GROUPS * PHONES; i += wave) {
    const n = Math.min(wave, GROUPS * PHONES - i);
    travelers.push(
      ...(await Promise.all(
        Array.from({ length: n }, (_, k) =>
          join_(vonk.url, ev.code, plan.groups[(i + k) % GROUPS]!.code, i + k),
        ),
      )),
    );
  }
  const load = loadavg()[0]!.toFixed(2);
  const all: number[] = [];
  for (let slot = 1; slot < plan.slots.length; slot++) {
    const t0 = performance.now();
    await post(`/events/${ev.code}/rotation/next`, '{}');
    const answered = performance.now() - t0;
    // Every phone's visit frame for this slot, or give up after 60 s.
    await new Promise<void>((done) => {
      const timer = setTimeout(done, 60_000);
      moved = () => {
        if (travelers.every((t) => t.movedAt.has(slot))) {
          clearTimeout(timer);
          done();
        }
      };
      moved();
    });
    const ms = travelers.map((t) => (t.movedAt.get(slot) ?? NaN) - t0);
    const missing = ms.filter(Number.isNaN).length;
    const got = ms.filter((x) => !Number.isNaN(x));
    all.push(...got);
    rows.push([
      `slot ${slot} → ${slot + 1}`,
      `p50 ${round1(pct(got, 0.5))} ms, p95 ${round1(pct(got, 0.95))} ms, max ${round1(Math.max(...got))} ms; POST answered in ${round1(answered)} ms${missing ? `; ${missing} phones got no visit frame` : ''}`,
    ]);
  }
  const within = all.filter((x) => x <= TARGET_MS).length;
  rows.push(
    [
      'all slot changes',
      `p50 ${round1(pct(all, 0.5))} ms, p95 ${round1(pct(all, 0.95))} ms, max ${round1(Math.max(...all))} ms`,
    ],
    [
      `within ${TARGET_MS} ms`,
      `${within} of ${travelers.length * (plan.slots.length - 1)} moves${within === travelers.length * (plan.slots.length - 1) ? ' (target met)' : ' (target missed)'}`,
    ],
    ['load average', load],
  );
} finally {
  for (const t of travelers) t.ws.terminate();
  await vonk.stop();
  rmSync(dir, { recursive: true, force: true });
}

const width = Math.max(...rows.map(([n]) => n.length));
process.stdout.write(`slot change, ${GROUPS} groups × ${PHONES} phones\n`);
for (const [name, value] of rows) process.stdout.write(`  ${name.padEnd(width)}  ${value}\n`);
