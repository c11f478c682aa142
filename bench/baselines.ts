// The load generator's side of the two baselines: the bare broadcast server (the physical limit
// of this box) and the naive server that broadcasts the whole poll on every vote.

import { closeAll, countingClient, counters, inWaves } from './clients.js';
import { cpuMs, sleep } from './common.js';

interface Target {
  url: string;
  pid: number;
}

/** Waits until the count stops growing for `quietMs`, or until `maxMs` passed. */
async function settle(quietMs: number, maxMs: number, done: () => boolean = () => false) {
  const deadline = performance.now() + maxMs;
  let last = -1;
  while (performance.now() < deadline && !done()) {
    if (counters.frames === last) return;
    last = counters.frames;
    await sleep(quietMs);
  }
}

/** The same frames (size and rate) to the same number of clients, from a bare `ws` server. */
export async function rawBaseline(
  raw: Target,
  n: number,
  frameBytes: number,
  framesPerSecond: number,
  durationS: number,
) {
  const sockets = await inWaves(n, 200, (i) => countingClient(raw.url, i));
  await sleep(500);
  const frames0 = counters.frames;
  const cpu0 = cpuMs(raw.pid);
  const q = `bytes=${Math.round(frameBytes)}&fps=${framesPerSecond}&ms=${durationS * 1000}`;
  const res = await fetch(`${raw.url}/broadcast?${q}`);
  const { sent } = (await res.json()) as { sent: number };
  await settle(300, 10_000, () => counters.frames - frames0 >= sent);
  const delivered = counters.frames - frames0;
  const cpu = cpuMs(raw.pid) - cpu0;
  await closeAll(sockets);
  return { delivered, cpuMs: cpu, cpuPerFrameUs: (cpu * 1000) / Math.max(1, delivered) };
}

/** The same votes at the same rate, each broadcast as the full poll to every client. */
export async function naiveBaseline(naive: Target, n: number, rate: number, durationS: number) {
  const sockets = await inWaves(n, 200, (i) => countingClient(naive.url, i));
  await sleep(500);
  const frames0 = counters.frames;
  const cpu0 = cpuMs(naive.pid);
  const start = performance.now();
  const votes = Math.floor(rate * durationS);
  let sent = 0;
  while (sent < votes) {
    const due = Math.min(votes, Math.floor(((performance.now() - start) * rate) / 1000));
    for (; sent < due; sent++) {
      const p = Math.floor(Math.random() * n);
      sockets[p]!.send(`{"p":${p},"o":${sent % 4}}`);
    }
    await sleep(5);
  }
  await settle(1000, 10_000);
  const delivered = counters.frames - frames0;
  const cpu = cpuMs(naive.pid) - cpu0;
  const stats = (await (await fetch(naive.url)).json()) as { sent: number; dropped: number };
  await closeAll(sockets);
  return { framesSent: votes * n, delivered, dropped: stats.dropped, cpuMs: cpu };
}
