// The load generator's coordinator, run by bench/run.ts (pinned to its own core): it sets up
// the poll, holds the projector whose frames time every vote, and forks `plan.workers`
// processes (bench/worker.ts, on the same core) that hold the phones. It drives Vonk and the
// baselines and prints its figures as the line `RESULT <json>`.

import { fork } from 'node:child_process';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { nanoid } from 'nanoid';
import type { RoundTally } from '../shared/model.js';
import { PROTOCOL_VERSION, type ServerMessage } from '../shared/protocol.js';
import { startPoll } from '../tests/helpers/polls.js';
import { TestClient } from '../tests/helpers/ws-client.js';
import { counters, isType, socket } from './clients.js';
import { cpuMs, now, openFileLimit, pct, round1, rssBytes, sleep, sum } from './common.js';
import type { AckedVote, WorkerCommand, WorkerReport } from './worker.js';

export interface LoadPlan {
  scenario: 'fanout' | 'scaleout' | 'joinwave' | 'event' | 'failover';
  participants: number;
  rate: number;
  durationS: number;
  burstS: number;
  /** Load-generator processes holding the phones (the projector stays in the coordinator). */
  workers: number;
  vonk: { urls: string[]; pids: number[]; eventCode: string; chairKey: string };
  raw?: { url: string; pid: number };
  naive?: { url: string; pid: number };
  /** The whole-event scenario: the breakout rooms and their chair keys. */
  rooms?: { id: string; chairKey: string }[];
}

const OPTIONS = ['a', 'b', 'c', 'd'];
const plan = JSON.parse(process.argv[2] ?? '{}') as LoadPlan;
const runId = nanoid(6);
const cpu = () => sum(plan.vonk.pids.map(cpuMs));
const rss = () => sum(plan.vonk.pids.map(rssBytes));
/** A labelled counter (`name{result="…"}`) by result, summed over instances. */
async function metricCounts(name: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const re = new RegExp(`^${name}\\{result="(\\w+)"\\} (\\d+)$`, 'gm');
  for (const url of plan.vonk.urls) {
    const text = await (await fetch(`${url}/metrics`)).text();
    for (const m of text.matchAll(re)) out[m[1]!] = (out[m[1]!] ?? 0) + Number(m[2]);
  }
  return out;
}
/** Vonk's count of view updates per socket: sent, skipped (socket behind), dropped. */
const fanoutStats = async () => ({
  sent: 0,
  skipped: 0,
  dropped: 0,
  ...(await metricCounts('vonk_fanout_total')),
});
/** Vonk's own event-loop delay p99 over its last window (the worst instance), in ms. */
async function serverLoopDelayP99(): Promise<number | null> {
  let worst: number | null = null;
  for (const url of plan.vonk.urls) {
    const text = await (await fetch(`${url}/metrics`)).text();
    const m = /^vonk_event_loop_delay_seconds\{quantile="0\.99"\} ([\d.e+-]+)$/m.exec(text);
    if (m) worst = Math.max(worst ?? 0, round1(Number(m[1]) * 1000));
  }
  return worst;
}
/** The store's appends (single and batched) by result: ok, duplicate, conflict. */
const appendStats = async () => ({
  ok: 0,
  duplicate: 0,
  conflict: 0,
  ...(await metricCounts('vonk_store_appends_total')),
});

/** A histogram's buckets (cumulative counts by upper bound), sum and count, summed over instances. */
interface Hist {
  buckets: Map<number, number>;
  sum: number;
  count: number;
}
/** Reads histogram `name` (the series whose labels contain `match`) from every instance. */
async function histogram(name: string, match = ''): Promise<Hist> {
  const h: Hist = { buckets: new Map(), sum: 0, count: 0 };
  for (const url of plan.vonk.urls) {
    const text = await (await fetch(`${url}/metrics`)).text();
    for (const line of text.split('\n')) {
      if (!line.startsWith(name) || !line.includes(match)) continue;
      const value = Number(line.slice(line.lastIndexOf(' ') + 1));
      const le = /le="([^"]+)"/.exec(line)?.[1];
      if (line.startsWith(`${name}_bucket`) && le) {
        const bound = le === '+Inf' ? Infinity : Number(le);
        h.buckets.set(bound, (h.buckets.get(bound) ?? 0) + value);
      } else if (line.startsWith(`${name}_sum`)) h.sum += value;
      else if (line.startsWith(`${name}_count`)) h.count += value;
    }
  }
  return h;
}
/** Mean and p99 (the upper bound of the bucket it falls in) of what was observed between a and b, in ms. */
function histDelta(a: Hist, b: Hist): { meanMs: number | null; p99Ms: number | null } {
  const count = b.count - a.count;
  if (count <= 0) return { meanMs: null, p99Ms: null };
  let p99: number | null = null;
  for (const bound of [...b.buckets.keys()].sort((x, y) => x - y)) {
    if ((b.buckets.get(bound) ?? 0) - (a.buckets.get(bound) ?? 0) >= 0.99 * count) {
      p99 = bound * 1000;
      break;
    }
  }
  return { meanMs: round1(((b.sum - a.sum) * 1000) / count), p99Ms: p99 };
}
const SERVER_HISTOGRAMS = {
  commit: ['vonk_command_commit_seconds', ''],
  broadcast: ['vonk_submit_broadcast_seconds', ''],
  append: ['vonk_store_seconds', 'op="append"'],
  appendMany: ['vonk_store_seconds', 'op="appendMany"'],
} as const;
async function serverHistograms() {
  const out = {} as Record<keyof typeof SERVER_HISTOGRAMS, Hist>;
  for (const [k, [name, match]] of Object.entries(SERVER_HISTOGRAMS)) {
    out[k as keyof typeof SERVER_HISTOGRAMS] = await histogram(name, match);
  }
  return out;
}

/** The coordinator's own event-loop delay: latency it adds to what the projector measures. */
const lag = monitorEventLoopDelay({ resolution: 10 });

interface Target {
  url: string;
  pid: number;
}

const limit = openFileLimit();
if (limit < plan.participants + 100) {
  process.stderr.write(
    `\n  The open file limit is ${limit} (ulimit -n), too low for ${plan.participants} sockets.\n` +
      `  Raise it first, e.g. \`ulimit -n 65536\`, then run the bench again.\n\n`,
  );
  process.exit(2);
}

async function setupPoll(): Promise<string> {
  const chair = await TestClient.connect(plan.vonk.urls[0]!, {
    role: 'chair',
    eventCode: plan.vonk.eventCode,
    key: plan.vonk.chairKey,
  });
  const pollId = await startPoll(chair, {
    pollKind: 'single',
    resultsMode: 'live',
    options: OPTIONS.map((id) => ({ id, label: `Option ${id.toUpperCase()}` })),
  });
  chair.close();
  return pollId;
}

interface Projector {
  frames: { seq: number; at: number; bytes: number; snapshot?: boolean }[];
  tally: RoundTally | undefined;
}

function connectProjector(pollId: string, url = plan.vonk.urls[0]!): Promise<Projector> {
  const ws = socket(url, 0);
  const p: Projector = { frames: [], tally: undefined };
  return new Promise((resolve, reject) => {
    ws.once('error', reject);
    ws.once('open', () =>
      ws.send(
        JSON.stringify({
          type: 'hello',
          protocol: PROTOCOL_VERSION,
          role: 'projector',
          eventCode: plan.vonk.eventCode,
        }),
      ),
    );
    ws.on('message', (data: Buffer) => {
      counters.frames++;
      const at = now();
      if (isType(data, 'snapshot')) {
        const m = JSON.parse(data.toString()) as Extract<ServerMessage, { type: 'snapshot' }>;
        p.tally = m.polls.find((x) => x.id === pollId)?.rounds.at(-1);
        // A projector that fell behind gets a fresh snapshot instead of the updates it missed.
        if (p.tally) p.frames.push({ seq: m.seq, at, bytes: data.length, snapshot: true });
        resolve(p);
      } else if (isType(data, 'update')) {
        const m = JSON.parse(data.toString()) as Extract<ServerMessage, { type: 'update' }>;
        const ch = m.changes.find((c) => c.kind === 'poll' && c.id === pollId);
        if (ch?.kind === 'poll' && ch.value) {
          p.tally = ch.value.rounds.at(-1);
          p.frames.push({ seq: m.seq, at, bytes: data.length });
        }
      }
    });
  });
}

/** The workers, each holding a slice of the phones. */
const workers = Array.from({ length: plan.workers }, () =>
  fork('bench/worker.ts', [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' }),
);
let nextId = 0;
const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
for (const w of workers) {
  w.on('message', (m: { id: number; result?: unknown; error?: string }) => {
    const p = waiting.get(m.id);
    waiting.delete(m.id);
    if (m.error !== undefined) p?.reject(new Error(`worker: ${m.error}`));
    else p?.resolve(m.result);
  });
  w.once('exit', (code) => {
    if (code !== 0 && waiting.size > 0) {
      for (const p of waiting.values()) p.reject(new Error(`a worker exited with ${code}`));
      waiting.clear();
    }
  });
}
function ask<T>(w: number, command: WorkerCommand): Promise<T> {
  const id = nextId++;
  return new Promise<T>((resolve, reject) => {
    waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
    workers[w]!.send({ id, command });
  });
}
/** Sends each worker its command (made from its slice [from, to) of n) and waits for all. */
function all<T>(
  make: (from: number, to: number, w: number) => WorkerCommand,
  n = plan.participants,
): Promise<T[]> {
  const k = workers.length;
  return Promise.all(
    workers.map((_, w) =>
      ask<T>(w, make(Math.floor((w * n) / k), Math.floor(((w + 1) * n) / k), w)),
    ),
  );
}
const workerFrames = async () => sum(await all<number>(() => ({ cmd: 'frames' })));
const phoneUpdates = async () => sum(await all<number>(() => ({ cmd: 'phoneUpdates' })));

/** Every phone of the plan in the plenary, spread over the workers and instances, on the poll. */
async function connectPhones(pollId: string): Promise<void> {
  await all((from, to) => ({
    cmd: 'phones',
    urls: plan.vonk.urls,
    eventCode: plan.vonk.eventCode,
    from,
    to,
    runId,
  }));
  await all(() => ({ cmd: 'setPoll', pollId, options: OPTIONS }));
}

async function fanout() {
  const pollId = await setupPoll();
  const projector = await connectProjector(pollId);
  await sleep(500);
  const rssBefore = rss();
  await connectPhones(pollId);
  await sleep(1000);
  const bytesPerConnection = (rss() - rssBefore) / plan.participants;
  // A second projector that joins after every phone (one that reconnects mid-event), timed on
  // its own: screens are served before phones whatever their join order (FAN-1).
  const late = await connectProjector(pollId);
  await sleep(300);

  lag.enable();
  const hist0 = await serverHistograms();
  const fanout0 = await fanoutStats();
  const appends0 = await appendStats();
  const cpu0 = cpu();
  const frames0 = (await workerFrames()) + counters.frames;
  const projFrames0 = projector.frames.length;
  const phoneUpdates0 = await phoneUpdates();
  const rate = plan.rate / workers.length;
  await all(() => ({ cmd: 'lag' }));
  await all(() => ({ cmd: 'steady', rate, ms: plan.durationS * 1000 }));
  const steadyFrames = projector.frames.length - projFrames0;
  // The phones have their own, longer window (FAN-10): the rate the raw server is to match.
  const phoneFramesPerSecond =
    ((await phoneUpdates()) - phoneUpdates0) / plan.participants / plan.durationS;
  // The burst: every participant votes once within burstS seconds.
  await all(() => ({ cmd: 'burst', ms: plan.burstS * 1000 }));
  const reports = await all<WorkerReport>(() => ({ cmd: 'report' }));
  const lastAcked = new Map(reports.flatMap((r) => r.lastAcked));
  const distinct = lastAcked.size;
  const total = () => sum(Object.values(projector.tally?.options ?? {}));
  const deadline = performance.now() + 10_000;
  while (total() !== distinct && performance.now() < deadline) await sleep(20);
  await sleep(300);
  const cpuVonk = cpu() - cpu0;
  lag.disable();
  const fanout1 = await fanoutStats();
  const serverLag = await serverLoopDelayP99();
  const appends1 = await appendStats();
  const hist1 = await serverHistograms();
  const commit = histDelta(hist0.commit, hist1.commit);
  const broadcast = histDelta(hist0.broadcast, hist1.broadcast);
  const append = histDelta(hist0.append, hist1.append);
  const appendMany = histDelta(hist0.appendMany, hist1.appendMany);
  const framesSent = (await workerFrames()) + counters.frames - frames0;

  // Latency: vote sent → first projector tally frame with seq ≥ the vote's ack seq.
  const latencyTo =
    (p: Projector) =>
    ([sentAt, ackSeq]: AckedVote) => {
      let lo = 0;
      let hi = p.frames.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (p.frames[mid]!.seq >= ackSeq) hi = mid;
        else lo = mid + 1;
      }
      const f = p.frames[lo];
      return f ? f.at - sentAt : NaN;
    };
  const latency = latencyTo(projector);
  const acked = reports.flatMap((r) => r.acked);
  const steady = acked.filter((v) => v[2] === 0).map(latency);
  const burst = acked.filter((v) => v[2] === 1).map(latency);
  const lateSteady = acked.filter((v) => v[2] === 0).map(latencyTo(late));
  const lateBurst = acked.filter((v) => v[2] === 1).map(latencyTo(late));
  const expected = OPTIONS.map(() => 0);
  for (const o of lastAcked.values()) expected[o]!++;
  const got = OPTIONS.map((o) => projector.tally?.options?.[o] ?? 0);
  const framesPerSecond = steadyFrames / plan.durationS;
  const updates = projector.frames.filter((f) => !f.snapshot);
  const frameBytes = sum(updates.map((f) => f.bytes)) / Math.max(1, updates.length);
  await all(() => ({ cmd: 'close' }));
  const errorCodes: Record<string, number> = {};
  for (const r of reports) {
    for (const [code, n] of Object.entries(r.errorCodes))
      errorCodes[code] = (errorCodes[code] ?? 0) + n;
  }

  const serverCpuPerFrameUs = (cpuVonk * 1000) / framesSent;
  const raw = plan.raw
    ? await rawBaseline(plan.raw, frameBytes, phoneFramesPerSecond, plan.durationS)
    : undefined;
  const naive = plan.naive ? await naiveBaseline(plan.naive, plan.rate, plan.durationS) : undefined;
  return {
    votes: acked.length,
    votesPerSecond: plan.rate,
    p50Ms: round1(pct(steady, 0.5)),
    p99Ms: round1(pct(steady, 0.99)),
    maxMs: round1(Math.max(...steady.filter((x) => !Number.isNaN(x)))),
    burstVotes: burst.length,
    burstP50Ms: round1(pct(burst, 0.5)),
    burstP99Ms: round1(pct(burst, 0.99)),
    burstMaxMs: round1(Math.max(...burst.filter((x) => !Number.isNaN(x)))),
    // The projector that joined after all phones, timed on the same votes.
    lateP50Ms: round1(pct(lateSteady, 0.5)),
    lateP99Ms: round1(pct(lateSteady, 0.99)),
    lateBurstP50Ms: round1(pct(lateBurst, 0.5)),
    lateBurstP99Ms: round1(pct(lateBurst, 0.99)),
    lateUnresolved: [...lateSteady, ...lateBurst].filter((x) => Number.isNaN(x)).length,
    unresolved: [...steady, ...burst].filter((x) => Number.isNaN(x)).length,
    errors: sum(reports.map((r) => r.errors)),
    errorCodes,
    skipped: sum(reports.map((r) => r.skipped)),
    unacked: sum(reports.map((r) => r.pending)),
    distinctVoters: distinct,
    tallyTotal: total(),
    lost: Math.max(0, distinct - total()),
    duplicated: Math.max(0, total() - distinct),
    optionMismatch: sum(expected.map((e, k) => Math.abs(e - got[k]!))) / 2,
    framesSent,
    tallyFramesPerSecond: round1(framesPerSecond),
    phoneFramesPerSecond: round1(phoneFramesPerSecond),
    tallyFrameBytes: Math.round(frameBytes),
    serverCpuMs: Math.round(cpuVonk),
    serverCpuPerFrameUs: round1(serverCpuPerFrameUs),
    rawCpuPerFrameUs: raw ? round1(raw.cpuPerFrameUs) : null,
    ratioVsRaw: raw ? Math.round((serverCpuPerFrameUs / raw.cpuPerFrameUs) * 100) / 100 : null,
    rawFramesDelivered: raw?.delivered ?? null,
    // The raw server again, each frame encoded once for all clients (FAN-11): the stricter limit.
    rawEncodedCpuPerFrameUs: raw ? round1(raw.encodedOncePerFrameUs) : null,
    ratioVsRawEncoded: raw
      ? Math.round((serverCpuPerFrameUs / raw.encodedOncePerFrameUs) * 100) / 100
      : null,
    naiveFramesSent: naive?.framesSent ?? null,
    naiveFramesDelivered: naive?.delivered ?? null,
    naiveDropped: naive?.dropped ?? null,
    naiveCpuMs: naive ? Math.round(naive.cpuMs) : null,
    bytesPerConnection: Math.round(bytesPerConnection),
    projectorSnapshots: projector.frames.filter((f) => f.snapshot).length,
    fanoutSkipped: fanout1.skipped! - fanout0.skipped!,
    fanoutDropped: fanout1.dropped! - fanout0.dropped!,
    // Inside Vonk, from its /metrics (all votes, steady and burst): command → commit (the ack),
    // command → the view update carrying it, and the store's append call.
    serverCommitMeanMs: commit.meanMs,
    serverCommitP99Ms: commit.p99Ms,
    serverBroadcastMeanMs: broadcast.meanMs,
    serverBroadcastP99Ms: broadcast.p99Ms,
    storeAppendMeanMs: append.meanMs,
    storeAppendP99Ms: append.p99Ms,
    // Store calls that committed several votes at once, and appends refused for a stale seq
    // (another instance appended first; the room catches up and decides again).
    storeAppendManyMeanMs: appendMany.meanMs,
    storeAppendManyP99Ms: appendMany.p99Ms,
    storeAppendCalls: appends1.ok - appends0.ok,
    storeAppendConflicts: appends1.conflict - appends0.conflict,
    serverLoopDelayP99Ms: serverLag,
    loadgenWorkers: workers.length,
    projectorLagP99Ms: round1(lag.percentile(99) / 1e6),
    workerLagP99Ms: round1(Math.max(...reports.map((r) => r.lagP99Ms))),
  };
}

/** Waits until the workers' frame count stops growing for `quietMs`, or `maxMs` passed. */
async function settle(quietMs: number, maxMs: number, done: (frames: number) => boolean) {
  const deadline = performance.now() + maxMs;
  let last = -1;
  while (performance.now() < deadline) {
    const frames = await workerFrames();
    if (done(frames) || frames === last) return frames;
    last = frames;
    await sleep(quietMs);
  }
  return workerFrames();
}

/**
 * The same frames (size and rate) to the same number of clients, from a bare `ws` server: first
 * given the string for every send (plain `ws`), then encoded once per frame (as Vonk does).
 */
async function rawBaseline(
  raw: Target,
  frameBytes: number,
  framesPerSecond: number,
  durationS: number,
) {
  await all((from, to) => ({ cmd: 'counting', url: raw.url, from, to }));
  await sleep(500);
  const run = async (encode: string) => {
    const frames0 = await workerFrames();
    const cpu0 = cpuMs(raw.pid);
    const q = `bytes=${Math.round(frameBytes)}&fps=${framesPerSecond}&ms=${durationS * 1000}${encode}`;
    const res = await fetch(`${raw.url}/broadcast?${q}`);
    const { sent } = (await res.json()) as { sent: number };
    const delivered = (await settle(300, 10_000, (f) => f - frames0 >= sent)) - frames0;
    const cpu = cpuMs(raw.pid) - cpu0;
    return { delivered, cpuMs: cpu, cpuPerFrameUs: (cpu * 1000) / Math.max(1, delivered) };
  };
  const perSend = await run('');
  const once = await run('&encode=once');
  await all(() => ({ cmd: 'close' }));
  return { ...perSend, encodedOncePerFrameUs: once.cpuPerFrameUs };
}

/** The same votes at the same rate, each broadcast as the full poll to every client. */
async function naiveBaseline(naive: Target, rate: number, durationS: number) {
  await all((from, to) => ({ cmd: 'counting', url: naive.url, from, to }));
  await sleep(500);
  const frames0 = await workerFrames();
  const cpu0 = cpuMs(naive.pid);
  const votes = sum(
    await all<number>(() => ({
      cmd: 'naiveVotes',
      rate: rate / workers.length,
      ms: durationS * 1000,
      n: plan.participants,
    })),
  );
  const delivered = (await settle(1000, 10_000, () => false)) - frames0;
  const cpu = cpuMs(naive.pid) - cpu0;
  const stats = (await (await fetch(naive.url)).json()) as { sent: number; dropped: number };
  await all(() => ({ cmd: 'close' }));
  return { framesSent: votes * plan.participants, delivered, dropped: stats.dropped, cpuMs: cpu };
}

/**
 * The whole event: `plan.participants` phones spread over the breakout rooms and the plenary
 * (one per room posting, from here; the rest, in the workers, only receive), every room's chair
 * approving each post and harvesting it to the plenary, and the plenary projector timing each
 * harvested item from the chair's harvest command to the frame that shows it.
 */
async function wholeEvent() {
  const rooms = plan.rooms ?? [];
  const url = plan.vonk.urls[0]!;
  const eventCode = plan.vonk.eventCode;
  const plenaryChair = await TestClient.connect(url, {
    role: 'chair',
    eventCode,
    key: plan.vonk.chairKey,
  });
  const projector = await TestClient.connect(url, { role: 'projector', eventCode });
  const chairs = await Promise.all(
    rooms.map((r) =>
      TestClient.connect(url, { role: 'chair', eventCode, roomId: r.id, key: r.chairKey }),
    ),
  );
  const posters = await Promise.all(
    rooms.map((r, i) =>
      TestClient.connect(url, {
        role: 'participant',
        eventCode,
        roomId: r.id,
        participantId: `bench-${runId}-poster-${i}`,
      }),
    ),
  );
  let errors = 0;
  const errorCodes: Record<string, number> = {};
  const check = (m: ServerMessage): m is Extract<ServerMessage, { type: 'ack' }> => {
    if (m.type === 'ack') return true;
    errors++;
    const e = m as { code?: string; message?: string };
    const code = `${e.code ?? '?'}: ${e.message ?? ''}`;
    errorCodes[code] = (errorCodes[code] ?? 0) + 1;
    return false;
  };
  /** Posts in room i, approves and harvests; resolves with when the harvest was sent. */
  async function harvestOne(i: number, text: string): Promise<number | null> {
    const poster = posters[i]!;
    const chair = chairs[i]!;
    const posted = await poster.command({
      type: 'statement.submit',
      activityId: poster.currentWallId(),
      text,
    });
    if (!check(posted)) return null;
    const statementId = (posted as { id: string }).id;
    const approved = await chair.command({
      type: 'statement.moderate',
      statementId,
      action: 'approve',
    });
    if (!check(approved)) return null;
    const sentAt = performance.now();
    const harvested = await chair.command({ type: 'statement.harvest', statementId, on: true });
    return check(harvested) ? sentAt : null;
  }

  // The first harvest makes the plenary's harvest wall; its chair puts it on screen.
  await harvestOne(0, `warm-up ${runId}`);
  await plenaryChair.until(() =>
    [...plenaryChair.activities.values()].some(
      (a) => a.kind === 'wall' && (a.config as { harvest?: boolean }).harvest === true,
    ),
  );
  const wall = [...plenaryChair.activities.values()].find(
    (a) => a.kind === 'wall' && (a.config as { harvest?: boolean }).harvest === true,
  )!;
  await plenaryChair.command({ type: 'activity.show', activityId: wall.id });
  await projector.until(() => projector.room?.currentActivityId === wall.id);

  // The passive phones: spread over the rooms and the plenary (null; IPC is JSON).
  const passive = Math.max(0, plan.participants - rooms.length);
  const roomIds: (string | null)[] = [...rooms.map((r) => r.id), null];
  await all(
    (from, to) => ({
      cmd: 'phones',
      urls: plan.vonk.urls,
      eventCode,
      from,
      to,
      runId,
      rooms: roomIds,
    }),
    passive,
  );
  await sleep(1000);

  lag.enable();
  await all(() => ({ cmd: 'lag' }), passive);
  const cpu0 = cpu();
  const from = projector.messages.length;
  const sent = new Map<string, number>();
  const ms = plan.durationS * 1000;
  // Each room harvests one item about every `everyMs`, the rooms spread over that interval.
  const everyMs = Math.max(200, (rooms.length * 1000) / plan.rate);
  const start = performance.now();
  await Promise.all(
    rooms.map(async (_, i) => {
      await sleep((i * everyMs) / rooms.length);
      for (let k = 0; performance.now() - start < ms; k++) {
        const t = performance.now();
        const text = `Oogst ${i}-${k} ${runId}`;
        const at = await harvestOne(i, text);
        if (at !== null) sent.set(text, at);
        await sleep(Math.max(0, everyMs - (performance.now() - t)));
      }
    }),
  );
  const seen = new Map<string, number>();
  const scan = (() => {
    let next = from;
    return () => {
      for (; next < projector.messages.length; next++) {
        const m = projector.messages[next]!;
        const statements =
          m.type === 'update'
            ? m.changes.flatMap((c) => (c.kind === 'statement' && c.value ? [c.value] : []))
            : m.type === 'snapshot'
              ? m.statements
              : [];
        for (const st of statements) {
          if (sent.has(st.text) && !seen.has(st.text))
            seen.set(st.text, projector.receivedAt[next]!);
        }
      }
      return seen.size;
    };
  })();
  const deadline = performance.now() + 10_000;
  while (scan() < sent.size && performance.now() < deadline) await sleep(50);
  const cpuVonk = cpu() - cpu0;
  lag.disable();
  const serverLag = await serverLoopDelayP99();
  const reports = await all<WorkerReport>(() => ({ cmd: 'report' }), passive);
  const latencies = [...sent].flatMap(([text, at]) => {
    const got = seen.get(text);
    return got === undefined ? [] : [got - at];
  });
  await all(() => ({ cmd: 'close' }), passive);
  for (const c of [plenaryChair, projector, ...chairs, ...posters]) c.close();
  return {
    rooms: rooms.length,
    phones: passive + posters.length,
    harvested: sent.size,
    harvestedPerSecond: round1(sent.size / plan.durationS),
    p50Ms: round1(pct(latencies, 0.5)),
    p99Ms: round1(pct(latencies, 0.99)),
    maxMs: round1(Math.max(...latencies)),
    lost: sent.size - seen.size,
    errors,
    errorCodes,
    serverCpuMs: Math.round(cpuVonk),
    serverLoopDelayP99Ms: serverLag,
    loadgenWorkers: workers.length,
    projectorLagP99Ms: round1(lag.percentile(99) / 1e6),
    workerLagP99Ms: round1(Math.max(0, ...reports.map((r) => r.lagP99Ms))),
  };
}

async function joinwave() {
  await setupPoll();
  const windowMs = plan.durationS * 1000;
  const startAt = now() + 500;
  const times = (
    await all<number[]>((from, to) => ({
      cmd: 'joinwave',
      urls: plan.vonk.urls,
      eventCode: plan.vonk.eventCode,
      from,
      to,
      total: plan.participants,
      runId,
      startAt,
      windowMs,
    }))
  ).flat();
  const ok = times.filter((t) => !Number.isNaN(t));
  await all(() => ({ cmd: 'close' }));
  return {
    joined: ok.length,
    failed: plan.participants - ok.length,
    windowS: plan.durationS,
    p50Ms: round1(pct(ok, 0.5)),
    p99Ms: round1(pct(ok, 0.99)),
    maxMs: round1(Math.max(...ok)),
    loadgenWorkers: workers.length,
  };
}

/** Sums a metric's series per instance (0 where an instance does not report it). */
async function perInstance(name: string): Promise<number[]> {
  const re = new RegExp(`^${name}(?:\\{[^}]*\\})? ([\\d.e+-]+)$`, 'gm');
  return Promise.all(
    plan.vonk.urls.map(async (url) => {
      const text = await (await fetch(`${url}/metrics`)).text();
      return sum([...text.matchAll(re)].map((m) => Number(m[1])));
    }),
  );
}

/**
 * The instance to kill: the one that owns the most rooms (`vonk_owned_rooms`, SCALE-20), else
 * (no instance holds a lease yet) the one holding the most joined sockets.
 */
async function pickVictim(): Promise<{ index: number; by: 'owner' | 'sockets' }> {
  const argmax = (xs: number[]) => xs.indexOf(Math.max(...xs));
  const owned = await perInstance('vonk_owned_rooms');
  if (owned.some((n) => n > 0)) return { index: argmax(owned), by: 'owner' };
  return { index: argmax(await perInstance('vonk_connections')), by: 'sockets' };
}

/**
 * Failover: phones spread over the instances vote steadily; a third of the way in, the
 * instance owning the room is killed with SIGKILL. Its phones reconnect to the others and
 * resend what was not acknowledged; the projector (on a survivor) shows whether every
 * acknowledged vote is counted once.
 */
async function failover() {
  const pollId = await setupPoll();
  await connectPhones(pollId);
  const victim = await pickVictim();
  const survivor = plan.vonk.urls.find((_, k) => k !== victim.index)!;
  const projector = await connectProjector(pollId, survivor);
  await all(() => ({ cmd: 'arm', urls: plan.vonk.urls, eventCode: plan.vonk.eventCode, runId }));
  lag.enable();
  const steady = all(() => ({
    cmd: 'steady',
    rate: plan.rate / workers.length,
    ms: plan.durationS * 1000,
  }));
  await sleep((plan.durationS * 1000) / 3);
  const killedAt = now();
  process.kill(plan.vonk.pids[victim.index]!, 'SIGKILL');
  await steady;
  await all(() => ({ cmd: 'settle', ms: 20_000 }));
  const reports = await all<WorkerReport>(() => ({ cmd: 'report' }));
  lag.disable();
  const lastAcked = new Map(reports.flatMap((r) => r.lastAcked));
  const distinct = lastAcked.size;
  const total = () => sum(Object.values(projector.tally?.options ?? {}));
  const deadline = performance.now() + 10_000;
  while (total() !== distinct && performance.now() < deadline) await sleep(20);
  await sleep(300);
  const expected = OPTIONS.map(() => 0);
  for (const o of lastAcked.values()) expected[o]!++;
  const got = OPTIONS.map((o) => projector.tally?.options?.[o] ?? 0);
  const resume = reports.flatMap((r) => r.moves).map(([, resumedAt]) => resumedAt - killedAt);
  const acked = reports.flatMap((r) => r.acked);
  // Votes sent in the 10 s after the kill: send → ack, wherever the phone was.
  const afterKill = acked
    .filter(([sentAt]) => sentAt >= killedAt && sentAt < killedAt + 10_000)
    .map(([sentAt, , , ackAt]) => ackAt - sentAt);
  const before = acked.filter(([sentAt]) => sentAt < killedAt).map(([s, , , a]) => a - s);
  await all(() => ({ cmd: 'close' }));
  return {
    instances: plan.vonk.urls.length,
    victimBy: victim.by,
    votes: acked.length,
    votesPerSecond: plan.rate,
    phonesMoved: resume.length,
    stranded: sum(reports.map((r) => r.stranded)),
    resumeP50Ms: round1(pct(resume, 0.5)),
    resumeP99Ms: round1(pct(resume, 0.99)),
    resumeMaxMs: resume.length ? round1(Math.max(...resume)) : null,
    resentVotes: sum(reports.map((r) => r.resent)),
    ackP99BeforeKillMs: round1(pct(before, 0.99)),
    ackP99AfterKillMs: round1(pct(afterKill, 0.99)),
    ackMaxAfterKillMs: afterKill.length ? round1(Math.max(...afterKill)) : null,
    unacked: sum(reports.map((r) => r.pending)),
    errors: sum(reports.map((r) => r.errors)),
    distinctVoters: distinct,
    tallyTotal: total(),
    ackedLost: Math.max(0, distinct - total()),
    duplicated: Math.max(0, total() - distinct),
    optionMismatch: sum(expected.map((e, k) => Math.abs(e - got[k]!))) / 2,
    loadgenWorkers: workers.length,
    projectorLagP99Ms: round1(lag.percentile(99) / 1e6),
    workerLagP99Ms: round1(Math.max(0, ...reports.map((r) => r.lagP99Ms))),
  };
}

const result =
  plan.scenario === 'joinwave'
    ? await joinwave()
    : plan.scenario === 'event'
      ? await wholeEvent()
      : plan.scenario === 'failover'
        ? await failover()
        : await fanout();
process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
for (const w of workers) w.disconnect();
process.exit(0);
