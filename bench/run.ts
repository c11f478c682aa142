// `npm run bench -- [--scenario fanout|joinwave|scaleout|failover|event|store|tally|slots|deck|phone|all]
//   [--participants N] [--instances I] [--rate R] [--duration S] [--workers K] [--runs R] [--json]`: Vonk in its own process on core 0, the load generator
// in another on core 1 (taskset), and the baselines measured in the same run. See
// docs/PERFORMANCE.md for what each scenario does.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '../tests/helpers/postgres.js';
import { hasTaskset, startNode, type Started } from './common.js';
import type { LoadPlan } from './loadgen.js';
import { bytesPerJoiningPhone, phoneLoads } from './phone.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const num = (name: string, fallback: number) => {
  const v = opt(name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!(n > 0)) throw new Error(`--${name} must be a positive number, got ${v}`);
  return n;
};

const scenario = opt('scenario') ?? 'fanout';
const json = flag('json');
const pin = hasTaskset();
const SERVER_CORE = pin ? 0 : null;
const LOAD_CORE = pin ? 1 : null;
const ADMIN_TOKEN = 'bench-admin-token';
const say = (line: string) => process.stderr.write(`${line}\n`);
/** `--cpu-prof DIR`: Vonk writes a V8 CPU profile of each run into DIR (open it in DevTools). */
const CPU_PROF = opt('cpu-prof');

if (!pin) say('taskset not found: server and load generator are not pinned to separate cores');

async function startVonk(env: Record<string, string> = {}): Promise<Started & { dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'vonk-bench-'));
  const s = await startNode(
    'tests/helpers/child-server.ts',
    {
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dir,
      ADMIN_TOKEN,
      LOG_LEVEL: 'warn',
      RATE_POST_BURST: '1000000',
      RATE_POST_PER_MINUTE: '60000000',
      RATE_VOTE_PER_SECOND: '1000000',
      RATE_JOINS_PER_SECOND: '1000000',
      RATE_IDENTITIES_BURST: '1000000',
      RATE_IDENTITIES_PER_SECOND: '1000000',
      RATE_IP_POSTS_BURST: '1000000',
      RATE_IP_POSTS_PER_SECOND: '1000000',
      ...env,
    },
    SERVER_CORE,
    CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROF}`] : [],
  );
  return { ...s, dir };
}

async function createEvent(url: string): Promise<{ code: string; chairKey: string }> {
  const res = await fetch(`${url}/api/events`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Benchmark', language: 'en' }),
  });
  if (res.status !== 201) throw new Error(`create event: ${res.status} ${await res.text()}`);
  const ev = (await res.json()) as { code: string; chairUrl: string };
  return { code: ev.code, chairKey: new URL(ev.chairUrl).searchParams.get('k') ?? '' };
}

/** Runs bench/loadgen.ts on its own core and returns its RESULT line. */
function loadgen(plan: LoadPlan): Promise<Record<string, unknown>> {
  const node = [process.execPath, '--import', 'tsx', 'bench/loadgen.ts', JSON.stringify(plan)];
  const [cmd, ...rest] = LOAD_CORE !== null ? ['taskset', '-c', String(LOAD_CORE), ...node] : node;
  const child = spawn(cmd!, rest, { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      const m = /^RESULT (.*)$/m.exec(out);
      if (code === 0 && m?.[1]) resolve(JSON.parse(m[1]) as Record<string, unknown>);
      else reject(new Error(`load generator exited with ${code}`));
    });
  });
}

/** The whole event's breakout rooms: made over the API, with their chair keys. */
async function createRooms(url: string, code: string, n: number) {
  const names = Array.from({ length: n }, (_, i) => `Tafel ${i + 1}`);
  const res = await fetch(`${url}/api/events/${code}/rooms`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'text/csv' },
    body: `naam\n${names.join('\n')}`,
  });
  if (!res.ok) throw new Error(`create rooms: ${res.status} ${await res.text()}`);
  const { rooms } = (await res.json()) as { rooms: { id: string; chairUrl: string }[] };
  return rooms.map((r) => ({
    id: r.id,
    chairKey: new URL(r.chairUrl).searchParams.get('k') ?? '',
  }));
}

type Kind = 'fanout' | 'scaleout' | 'joinwave' | 'event' | 'failover';
const KINDS: readonly Kind[] = ['fanout', 'joinwave', 'scaleout', 'failover', 'event'];
/** Instances on PostgreSQL + Redis for scaleout and failover. */
const INSTANCES = num('instances', 2);
const EVENT_ROOMS = 54;

async function runOne(kind: Kind, participants: number, instances = INSTANCES) {
  const servers: (Started & { dir?: string })[] = [];
  let db: TestDatabase | undefined;
  try {
    let env: Record<string, string> = {};
    if (kind === 'scaleout' || kind === 'failover') {
      db = await createTestDatabase();
      env = {
        DATABASE_URL: db.url,
        REDIS_URL: 'redis://127.0.0.1:6379',
        // Each run its own channel (and rate-limit keys), whatever else uses this Redis.
        REDIS_CHANNEL: `vonk:bench:${process.pid}:${Date.now()}`,
      };
      // One after the other: the first creates the schema.
      for (let k = 0; k < instances; k++) servers.push(await startVonk(env));
    } else servers.push(await startVonk());
    const vonk = servers.slice();
    const ev = await createEvent(vonk[0]!.url);
    const plan: LoadPlan = {
      scenario: kind,
      participants,
      // The whole event: harvests per second over all rooms (each room one every 2 s).
      rate: num('rate', kind === 'event' ? EVENT_ROOMS / 2 : 200),
      durationS: num('duration', kind === 'event' ? 20 : kind === 'failover' ? 15 : 10),
      burstS: 5,
      // The phones' frames are spread over several processes so that no event loop queues
      // thousands of sockets' frames; the projector that times the votes has one to itself.
      workers: num('workers', Math.min(4, Math.ceil(participants / 1000))),
      vonk: {
        urls: vonk.map((s) => s.url),
        pids: vonk.map((s) => s.pid),
        eventCode: ev.code,
        chairKey: ev.chairKey,
      },
    };
    if (kind === 'event') plan.rooms = await createRooms(vonk[0]!.url, ev.code, EVENT_ROOMS);
    // The one-instance reference run of scaleout skips the baselines (the real run has them).
    if (kind === 'fanout' || (kind === 'scaleout' && instances > 1)) {
      const raw = await startNode('bench/raw-server.ts', {}, SERVER_CORE);
      const naive = await startNode('bench/naive-server.ts', {}, SERVER_CORE);
      servers.push(raw, naive);
      plan.raw = { url: raw.url, pid: raw.pid };
      plan.naive = { url: naive.url, pid: naive.pid };
    }
    const load = loadavg()[0]!.toFixed(2);
    const result = await loadgen(plan);
    const loadEnd = loadavg()[0]!.toFixed(2);
    say(`${kind} ${participants}: load average ${load} at the start, ${loadEnd} at the end`);
    // What each of those phones also downloads over HTTP before its socket opens.
    const bytes = kind === 'joinwave' ? await bytesPerJoiningPhone(vonk[0]!.url, ev.code) : {};
    return {
      scenario: kind,
      participants,
      ...(kind === 'scaleout' || kind === 'failover' ? { instances } : {}),
      ...result,
      ...bytes,
      loadAverage: Number(load),
      loadAverageEnd: Number(loadEnd),
    };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    for (const s of servers) if (s.dir) rmSync(s.dir, { recursive: true, force: true });
    await db?.drop();
  }
}

function table(rows: Record<string, unknown>[]) {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const width = Math.max(...keys.map((k) => k.length));
  // Objects (e.g. the error codes and their counts) are printed as JSON, not "[object Object]".
  const cell = (v: unknown) =>
    v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v ?? '');
  const cols = rows.map((r) => keys.map((k) => cell(r[k])));
  const colWidth = cols.map((c) => Math.max(8, ...c.map((v) => v.length)));
  for (const [i, k] of keys.entries()) {
    say(`${k.padEnd(width)}  ${cols.map((c, j) => c[i]!.padStart(colWidth[j]!)).join('  ')}`);
  }
}

/** Chromium loading the join page under slow and regular 3G (bench/phone.ts). */
async function phoneScenario(): Promise<Record<string, unknown>[]> {
  const vonk = await startVonk();
  try {
    const ev = await createEvent(vonk.url);
    const load = Number(loadavg()[0]!.toFixed(2));
    const rows = await phoneLoads(`${vonk.url}/j/${ev.code}`, num('runs', 5));
    const joinBytes = await bytesPerJoiningPhone(vonk.url, ev.code);
    return rows.map((r) => ({ scenario: 'phone', ...r, ...joinBytes, loadAverage: load }));
  } finally {
    await vonk.stop();
    rmSync(vonk.dir, { recursive: true, force: true });
  }
}

async function main() {
  if (scenario === 'phone') {
    const rows = await phoneScenario();
    if (json) for (const r of rows) process.stdout.write(`${JSON.stringify(r)}\n`);
    else table(rows);
    return;
  }
  if (scenario === 'store' || scenario === 'tally' || scenario === 'slots' || scenario === 'deck') {
    const files: Record<string, string> = {
      store: 'bench/store-append.ts',
      tally: 'bench/tally.ts',
      slots: 'bench/slot-change.ts',
      deck: 'bench/deck.ts',
    };
    const file = files[scenario]!;
    // The slot change (ROT-21) takes its own --groups, --phones and --slots, the deck (DECK-33)
    // its --presses.
    const rest =
      scenario === 'slots' || scenario === 'deck'
        ? args.filter((a, i) => i !== args.indexOf('--scenario') + 1 && a !== '--scenario')
        : [];
    const child = spawn(process.execPath, ['--import', 'tsx', file, ...rest], {
      stdio: 'inherit',
    });
    await new Promise((r) => child.once('exit', r));
    return;
  }
  const kinds = scenario === 'all' ? KINDS : [scenario];
  const rows: Record<string, unknown>[] = [];
  for (const kind of kinds) {
    if (!KINDS.includes(kind as Kind)) {
      throw new Error(
        `unknown scenario ${kind}: fanout, joinwave, scaleout, failover, event, store, tally, slots, deck, phone or all`,
      );
    }
    const sweep = opt('participants')
      ? [num('participants', 0)]
      : kind === 'joinwave'
        ? [2000]
        : kind === 'event'
          ? [650]
          : kind === 'scaleout'
            ? [500, 2000, 5000]
            : kind === 'failover'
              ? [2000]
              : [500, 2000, 5000, 10000];
    for (const n of sweep) {
      if (kind === 'scaleout') {
        // The same backends with one instance first: what the extra instances add.
        say(`${kind}: ${n} participants, 1 instance (reference)…`);
        const one: Record<string, unknown> = await runOne(kind, n, 1);
        say(`${kind}: ${n} participants, ${INSTANCES} instances…`);
        const many: Record<string, unknown> = await runOne(kind, n);
        const added = (k: string) =>
          typeof many[k] === 'number' && typeof one[k] === 'number'
            ? Math.round(((many[k] as number) - (one[k] as number)) * 10) / 10
            : null;
        rows.push(one, {
          ...many,
          p99AddedMs: added('p99Ms'),
          burstP99AddedMs: added('burstP99Ms'),
        });
        continue;
      }
      say(`${kind}: ${n} participants…`);
      rows.push(await runOne(kind as Kind, n));
    }
  }
  if (json) {
    for (const r of rows.slice(0, -1)) process.stdout.write(`${JSON.stringify(r)}\n`);
    process.stdout.write(`${JSON.stringify(rows.at(-1))}\n`);
  } else table(rows);
}

await main().catch((err: unknown) => {
  say(`bench failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
