// One load-generator worker: a forked process that holds a slice of the phones (or of the
// baseline clients) and does what bench/loadgen.ts tells it over IPC. Splitting the phones over
// several workers keeps any one event loop from queueing the frames of thousands of sockets,
// and the projector, whose frames time every vote, lives alone in the coordinator.
//
// Times cross process boundaries as wall-clock milliseconds: performance.timeOrigin +
// performance.now(), the same clock in every process on this machine.

import { monitorEventLoopDelay } from 'node:perf_hooks';
import type WebSocket from 'ws';
import {
  closeAll,
  connectPhone,
  countingClient,
  counters,
  inWaves,
  isType,
  type Phone,
} from './clients.js';
import { now, sleep } from './common.js';

export type WorkerCommand =
  | {
      cmd: 'phones';
      urls: string[];
      eventCode: string;
      from: number;
      to: number;
      runId: string;
      /** Phone i joins rooms[i % length] (null: the plenary); default: all the plenary. */
      rooms?: (string | null)[];
    }
  /** Starts measuring this worker's event-loop delay (reported by `report`). */
  | { cmd: 'lag' }
  | { cmd: 'setPoll'; pollId: string; options: string[] }
  | { cmd: 'steady'; rate: number; ms: number }
  | { cmd: 'burst'; ms: number }
  | { cmd: 'settle'; ms: number }
  | { cmd: 'report' }
  | { cmd: 'frames' }
  /** `update` frames the phones received so far. */
  | { cmd: 'phoneUpdates' }
  | { cmd: 'close' }
  | {
      cmd: 'joinwave';
      urls: string[];
      eventCode: string;
      from: number;
      to: number;
      total: number;
      runId: string;
      startAt: number;
      windowMs: number;
    }
  /**
   * From now on a phone whose socket closes reconnects to the next of `urls` that answers and
   * resends its unacknowledged votes with their ids, as the real client's outbox does.
   */
  | { cmd: 'arm'; urls: string[]; eventCode: string; runId: string }
  | { cmd: 'counting'; url: string; from: number; to: number }
  | { cmd: 'naiveVotes'; rate: number; ms: number; n: number };

/**
 * One acknowledged vote: when it was sent (wall clock), the room seq it was committed at, and
 * when its ack arrived (wall clock).
 */
export type AckedVote = [sentAt: number, ackSeq: number, burst: 0 | 1, ackAt: number];

/** A phone that lost its socket: when it closed and when the new one had its snapshot. */
export type Move = [closedAt: number, resumedAt: number];

export interface WorkerReport {
  acked: AckedVote[];
  /** Participant index → option index of the last acknowledged vote. */
  lastAcked: [number, number][];
  errors: number;
  errorCodes: Record<string, number>;
  skipped: number;
  frames: number;
  pending: number;
  lagP99Ms: number;
  moves: Move[];
  /** Phones that found no instance to reconnect to. */
  stranded: number;
  /** Votes sent again after a reconnect. */
  resent: number;
}

interface Pending {
  phone: Phone;
  option: number;
  sentAt: number;
  burst: boolean;
}

let phones: Phone[] = [];
let counting: WebSocket[] = [];
let pollId = '';
let options: string[] = [];
const pending = new Map<string, Pending>();
const acked: AckedVote[] = [];
const lastAcked = new Map<number, number>();
const errorCodes: Record<string, number> = {};
let errors = 0;
let skipped = 0;
let seq = 0;
const lag = monitorEventLoopDelay({ resolution: 10 });
/** Phone index → index of the url it is connected to. */
const urlOf = new Map<number, number>();
let armed: { urls: string[]; eventCode: string; runId: string } | null = null;
const moves: Move[] = [];
let stranded = 0;
let resent = 0;

function onFrame(data: Buffer) {
  if (!isType(data, 'ack') && !isType(data, 'error')) return;
  const m = JSON.parse(data.toString()) as { type: string; id?: string; seq: number };
  const v = m.id !== undefined ? pending.get(m.id) : undefined;
  if (!v) return;
  pending.delete(m.id!);
  v.phone.inFlight = false;
  if (m.type === 'ack') {
    acked.push([v.sentAt, m.seq, v.burst ? 1 : 0, now()]);
    lastAcked.set(v.phone.i, v.option);
  } else {
    errors++;
    const e = m as { code?: string; message?: string };
    const code = `${e.code ?? '?'}: ${e.message ?? ''}`;
    errorCodes[code] = (errorCodes[code] ?? 0) + 1;
  }
}

function vote(phone: Phone, burst: boolean) {
  const n = options.length;
  const option = (phone.sentOption + 1 + (phone.sentOption < 0 ? phone.i : 0)) % n;
  const id = `v${process.pid}-${++seq}-${phone.i}`;
  pending.set(id, { phone, option, sentAt: now(), burst });
  phone.sentOption = option;
  phone.inFlight = true;
  sendVote(phone, id, option);
}

function sendVote(phone: Phone, id: string, option: number) {
  // On a socket that has just died the frame goes nowhere; it stays pending and is resent.
  phone.ws.send(
    `{"type":"poll.vote","id":"${id}","pollId":"${pollId}","optionIds":["${options[option]}"]}`,
  );
}

/** A phone whose socket closed: the next instance that answers, then its pending votes again. */
async function move(old: Phone) {
  if (!armed) return;
  const { urls, eventCode, runId } = armed;
  const closedAt = now();
  let k = ((urlOf.get(old.i) ?? 0) + 1) % urls.length;
  for (let attempt = 0; attempt < 60; attempt++) {
    try {
      const p = await connectPhone(urls[k]!, eventCode, old.i, runId, 10_000);
      watch(p);
      urlOf.set(old.i, k);
      p.sentOption = old.sentOption;
      p.inFlight = old.inFlight;
      const at = phones.indexOf(old);
      if (at >= 0) phones[at] = p;
      moves.push([closedAt, now()]);
      for (const [id, v] of pending) {
        if (v.phone !== old) continue;
        v.phone = p;
        sendVote(p, id, v.option);
        resent++;
      }
      return;
    } catch {
      k = (k + 1) % urls.length;
      await sleep(Math.min(1000, 100 + attempt * 50));
    }
  }
  stranded++;
}

function watch(p: Phone) {
  p.onFrame = onFrame;
  p.ws.on('error', () => undefined);
  p.ws.once('close', () => void move(p));
}

/** Sends `perSecond` for `ms`, asking `pick` for the k-th sender (null: skip this one). */
async function drive(
  perSecond: number,
  ms: number,
  burst: boolean,
  pick: (k: number) => Phone | null,
) {
  const start = performance.now();
  let sent = 0;
  const total = Math.floor((ms * perSecond) / 1000);
  for (;;) {
    const elapsed = performance.now() - start;
    const due = Math.min(Math.floor((elapsed * perSecond) / 1000), total);
    while (sent < due) {
      const p = pick(sent++);
      if (p) vote(p, burst);
      else skipped++;
    }
    if (elapsed >= ms) break;
    await sleep(5);
  }
}

async function until(cond: () => boolean, ms: number) {
  const deadline = performance.now() + ms;
  while (!cond() && performance.now() < deadline) await sleep(20);
}

async function handle(c: WorkerCommand): Promise<unknown> {
  switch (c.cmd) {
    case 'phones': {
      phones = await inWaves(c.to - c.from, 200, (k) => {
        const i = c.from + k;
        const roomId = c.rooms?.[i % c.rooms.length] ?? undefined;
        urlOf.set(i, i % c.urls.length);
        return connectPhone(c.urls[i % c.urls.length]!, c.eventCode, i, c.runId, 30_000, roomId);
      });
      for (const p of phones) watch(p);
      return phones.length;
    }
    case 'lag':
      lag.enable();
      return null;
    case 'setPoll':
      pollId = c.pollId;
      options = c.options;
      return null;
    case 'steady':
      lag.enable();
      await drive(c.rate, c.ms, false, () => {
        for (let tries = 0; tries < 20; tries++) {
          const p = phones[Math.floor(Math.random() * phones.length)]!;
          if (!p.inFlight) return p;
        }
        return null;
      });
      await until(() => pending.size === 0, 20_000);
      return null;
    case 'burst':
      // Every phone of this worker votes once within `ms`.
      await drive(phones.length / (c.ms / 1000), c.ms, true, (k) => phones[k] ?? null);
      await until(() => pending.size === 0, 30_000);
      lag.disable();
      return null;
    case 'settle':
      await until(() => pending.size === 0, c.ms);
      return pending.size;
    case 'report':
      return {
        acked,
        lastAcked: [...lastAcked],
        errors,
        errorCodes,
        skipped,
        frames: counters.frames,
        pending: pending.size,
        lagP99Ms: lag.percentile(99) / 1e6,
        moves,
        stranded,
        resent,
      } satisfies WorkerReport;
    case 'frames':
      return counters.frames;
    case 'phoneUpdates':
      return counters.phoneUpdates;
    case 'arm':
      armed = { urls: c.urls, eventCode: c.eventCode, runId: c.runId };
      return null;
    case 'close':
      armed = null;
      await closeAll([...phones.map((p) => p.ws), ...counting]);
      phones = [];
      counting = [];
      return null;
    case 'joinwave': {
      const joins: Promise<number>[] = [];
      for (let i = c.from; i < c.to; i++) {
        const at = c.startAt + (i * c.windowMs) / c.total;
        const wait = at - now();
        if (wait > 2) await sleep(wait);
        joins.push(
          connectPhone(c.urls[i % c.urls.length]!, c.eventCode, i, c.runId).then(
            (p) => {
              phones.push(p);
              return p.snapshotAt - p.startedAt;
            },
            () => NaN,
          ),
        );
      }
      return Promise.all(joins);
    }
    case 'counting':
      counting = await inWaves(c.to - c.from, 200, (k) => countingClient(c.url, c.from + k));
      return counting.length;
    case 'naiveVotes': {
      const start = performance.now();
      const votes = Math.floor((c.rate * c.ms) / 1000);
      let sent = 0;
      while (sent < votes) {
        const due = Math.min(votes, Math.floor(((performance.now() - start) * c.rate) / 1000));
        for (; sent < due; sent++) {
          const k = Math.floor(Math.random() * counting.length);
          counting[k]!.send(`{"p":${k},"o":${sent % 4}}`);
        }
        await sleep(5);
      }
      return votes;
    }
  }
}

process.on('message', (msg: { id: number; command: WorkerCommand }) => {
  handle(msg.command).then(
    (result) => process.send!({ id: msg.id, result }),
    (err: unknown) =>
      process.send!({ id: msg.id, error: err instanceof Error ? err.message : String(err) }),
  );
});
process.on('disconnect', () => process.exit(0));
