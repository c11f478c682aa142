// The load generator: one process, run by bench/run.ts (pinned to its own core), that drives
// Vonk and the baselines and prints its figures as the line `RESULT <json>`.

import { monitorEventLoopDelay } from 'node:perf_hooks';
import { nanoid } from 'nanoid';
import type { RoundTally } from '../shared/model.js';
import { PROTOCOL_VERSION, type ServerMessage } from '../shared/protocol.js';
import { startPoll } from '../tests/helpers/polls.js';
import { TestClient } from '../tests/helpers/ws-client.js';
import { naiveBaseline, rawBaseline } from './baselines.js';
import {
  closeAll,
  connectPhone,
  counters,
  inWaves,
  isType,
  socket,
  type Phone,
} from './clients.js';
import { cpuMs, openFileLimit, pct, round1, rssBytes, sleep, sum } from './common.js';

export interface LoadPlan {
  scenario: 'fanout' | 'scaleout' | 'joinwave';
  participants: number;
  rate: number;
  durationS: number;
  burstS: number;
  vonk: { urls: string[]; pids: number[]; eventCode: string; chairKey: string };
  raw?: { url: string; pid: number };
  naive?: { url: string; pid: number };
}

const OPTIONS = ['a', 'b', 'c', 'd'];
const plan = JSON.parse(process.argv[2] ?? '{}') as LoadPlan;
const runId = nanoid(6);
const cpu = () => sum(plan.vonk.pids.map(cpuMs));
const rss = () => sum(plan.vonk.pids.map(rssBytes));
/** Vonk's count of view updates per socket: sent, skipped (socket behind), dropped. */
async function fanoutStats(): Promise<Record<string, number>> {
  const out: Record<string, number> = { sent: 0, skipped: 0, dropped: 0 };
  for (const url of plan.vonk.urls) {
    const text = await (await fetch(`${url}/metrics`)).text();
    for (const m of text.matchAll(/^vonk_fanout_total\{result="(\w+)"\} (\d+)$/gm)) {
      out[m[1]!] = (out[m[1]!] ?? 0) + Number(m[2]);
    }
  }
  return out;
}

/** The load generator's own event-loop delay: latency it adds to what it measures. */
const lag = monitorEventLoopDelay({ resolution: 10 });
const urlFor = (i: number) => plan.vonk.urls[i % plan.vonk.urls.length]!;

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

function connectProjector(pollId: string): Promise<Projector> {
  const ws = socket(plan.vonk.urls[0]!, 0);
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
      const at = performance.now();
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

interface Vote {
  phone: Phone;
  option: number;
  sentAt: number;
  burst: boolean;
  ackSeq?: number;
}

async function fanout() {
  const pollId = await setupPoll();
  const projector = await connectProjector(pollId);
  await sleep(500);
  const rssBefore = rss();
  const phones = await inWaves(plan.participants, 200, (i) =>
    connectPhone(urlFor(i), plan.vonk.eventCode, i, runId),
  );
  await sleep(1000);
  const bytesPerConnection = (rss() - rssBefore) / plan.participants;

  const pending = new Map<string, Vote>();
  const acked: Vote[] = [];
  let errors = 0;
  const errorCodes: Record<string, number> = {};
  let skipped = 0;
  const lastAcked = new Map<number, number>();
  for (const phone of phones) {
    phone.onFrame = (data) => {
      if (!isType(data, 'ack') && !isType(data, 'error')) return;
      const m = JSON.parse(data.toString()) as { type: string; id?: string; seq: number };
      const v = m.id !== undefined ? pending.get(m.id) : undefined;
      if (!v) return;
      pending.delete(m.id!);
      v.phone.inFlight = false;
      if (m.type === 'ack') {
        v.ackSeq = m.seq;
        acked.push(v);
        lastAcked.set(v.phone.i, v.option);
      } else {
        errors++;
        const e = m as { code?: string; message?: string };
        const code = `${e.code ?? '?'}: ${e.message ?? ''}`;
        errorCodes[code] = (errorCodes[code] ?? 0) + 1;
      }
    };
  }
  const vote = (phone: Phone, burst: boolean) => {
    const option = (phone.sentOption + 1 + (phone.sentOption < 0 ? phone.i : 0)) % OPTIONS.length;
    const id = `v${runId}${pending.size}-${acked.length}-${errors}-${phone.i}-${performance.now()}`;
    pending.set(id, { phone, option, sentAt: performance.now(), burst });
    phone.sentOption = option;
    phone.inFlight = true;
    phone.ws.send(
      `{"type":"poll.vote","id":"${id}","pollId":"${pollId}","optionIds":["${OPTIONS[option]}"]}`,
    );
  };
  const drive = async (perSecond: number, ms: number, pick: (k: number) => Phone | null) => {
    const start = performance.now();
    let sent = 0;
    for (;;) {
      const elapsed = performance.now() - start;
      const due = Math.min(
        Math.floor((elapsed * perSecond) / 1000),
        Math.floor((ms * perSecond) / 1000),
      );
      while (sent < due) {
        const p = pick(sent++);
        if (p) vote(p, perSecond !== plan.rate);
        else skipped++;
      }
      if (elapsed >= ms) break;
      await sleep(5);
    }
  };
  const until = async (cond: () => boolean, ms: number) => {
    const deadline = performance.now() + ms;
    while (!cond() && performance.now() < deadline) await sleep(20);
  };

  lag.enable();
  const fanout0 = await fanoutStats();
  const cpu0 = cpu();
  const frames0 = counters.frames;
  const projFrames0 = projector.frames.length;
  await drive(plan.rate, plan.durationS * 1000, () => {
    for (let tries = 0; tries < 20; tries++) {
      const p = phones[Math.floor(Math.random() * phones.length)]!;
      if (!p.inFlight) return p;
    }
    return null;
  });
  const steadyFrames = projector.frames.length - projFrames0;
  await until(() => pending.size === 0, 20_000);
  // The burst: every participant votes once within burstS seconds.
  await drive(phones.length / plan.burstS, plan.burstS * 1000, (k) => phones[k] ?? null);
  await until(() => pending.size === 0, 30_000);
  const distinct = lastAcked.size;
  const total = () => sum(Object.values(projector.tally?.options ?? {}));
  await until(() => total() === distinct, 10_000);
  await sleep(300);
  const cpuVonk = cpu() - cpu0;
  lag.disable();
  const fanout1 = await fanoutStats();
  const framesSent = counters.frames - frames0;

  // Latency: vote sent → first projector tally frame with seq ≥ the vote's ack seq.
  const latency = (v: Vote) => {
    let lo = 0;
    let hi = projector.frames.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (projector.frames[mid]!.seq >= v.ackSeq!) hi = mid;
      else lo = mid + 1;
    }
    const f = projector.frames[lo];
    return f ? f.at - v.sentAt : NaN;
  };
  const steady = acked.filter((v) => !v.burst).map(latency);
  const burst = acked.filter((v) => v.burst).map(latency);
  const expected = OPTIONS.map(() => 0);
  for (const o of lastAcked.values()) expected[o]!++;
  const got = OPTIONS.map((o) => projector.tally?.options?.[o] ?? 0);
  const framesPerSecond = steadyFrames / plan.durationS;
  const updates = projector.frames.filter((f) => !f.snapshot);
  const frameBytes = sum(updates.map((f) => f.bytes)) / Math.max(1, updates.length);
  await closeAll(phones.map((p) => p.ws));

  const serverCpuPerFrameUs = (cpuVonk * 1000) / framesSent;
  const raw = plan.raw
    ? await rawBaseline(plan.raw, plan.participants, frameBytes, framesPerSecond, plan.durationS)
    : undefined;
  const naive = plan.naive
    ? await naiveBaseline(plan.naive, plan.participants, plan.rate, plan.durationS)
    : undefined;
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
    unresolved: [...steady, ...burst].filter((x) => Number.isNaN(x)).length,
    errors,
    errorCodes,
    skipped,
    distinctVoters: distinct,
    tallyTotal: total(),
    lost: Math.max(0, distinct - total()),
    duplicated: Math.max(0, total() - distinct),
    optionMismatch: sum(expected.map((e, k) => Math.abs(e - got[k]!))) / 2,
    framesSent,
    tallyFramesPerSecond: round1(framesPerSecond),
    tallyFrameBytes: Math.round(frameBytes),
    serverCpuMs: Math.round(cpuVonk),
    serverCpuPerFrameUs: round1(serverCpuPerFrameUs),
    rawCpuPerFrameUs: raw ? round1(raw.cpuPerFrameUs) : null,
    ratioVsRaw: raw ? Math.round((serverCpuPerFrameUs / raw.cpuPerFrameUs) * 100) / 100 : null,
    rawFramesDelivered: raw?.delivered ?? null,
    naiveFramesSent: naive?.framesSent ?? null,
    naiveFramesDelivered: naive?.delivered ?? null,
    naiveDropped: naive?.dropped ?? null,
    naiveCpuMs: naive ? Math.round(naive.cpuMs) : null,
    bytesPerConnection: Math.round(bytesPerConnection),
    projectorSnapshots: projector.frames.filter((f) => f.snapshot).length,
    fanoutSkipped: fanout1.skipped! - fanout0.skipped!,
    fanoutDropped: fanout1.dropped! - fanout0.dropped!,
    loadgenLagP99Ms: round1(lag.percentile(99) / 1e6),
  };
}

async function joinwave() {
  await setupPoll();
  const windowMs = plan.durationS * 1000;
  const started = performance.now();
  const joins: Promise<Phone | null>[] = [];
  for (let i = 0; i < plan.participants; i++) {
    const at = started + (i * windowMs) / plan.participants;
    const wait = at - performance.now();
    if (wait > 2) await sleep(wait);
    joins.push(connectPhone(urlFor(i), plan.vonk.eventCode, i, runId).catch(() => null));
  }
  const phones = (await Promise.all(joins)).filter((p): p is Phone => p !== null);
  const times = phones.map((p) => p.snapshotAt - p.startedAt);
  await closeAll(phones.map((p) => p.ws));
  return {
    joined: phones.length,
    failed: plan.participants - phones.length,
    windowS: plan.durationS,
    p50Ms: round1(pct(times, 0.5)),
    p99Ms: round1(pct(times, 0.99)),
    maxMs: round1(Math.max(...times)),
  };
}

const result = plan.scenario === 'joinwave' ? await joinwave() : await fanout();
process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
process.exit(0);
