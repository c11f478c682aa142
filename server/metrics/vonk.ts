// Vonk's metrics: what an operator watches during an event. The hooks are handed to the
// realtime layer, the rooms and the store wrapper; /metrics renders them.

import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Role } from '../../shared/model.js';
import type { Change } from '../domain/types.js';
import type { FanoutStats } from '../rooms/fanout.js';
import { emptyOwnerStats, type OwnerStats } from '../rooms/owners.js';
import type { StoreObserver } from '../store/instrumented.js';
import { logStats } from '../log-sink.js';
import { Counter, Gauge, Histogram, MetricsRegistry, type Labels } from './registry.js';

const LOOP_WINDOW_MS = 10_000;
const ROLES: Role[] = ['participant', 'chair', 'projector', 'organizer'];
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.15, 0.25, 0.5, 1, 2.5];
const STORE_BUCKETS = [
  0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1,
];

/**
 * One metric in the text format: its HELP and TYPE lines, then its value, or a line per
 * `result` label in the order given.
 */
function textMetric(
  name: string,
  help: string,
  value: number | Record<string, number>,
  type: 'counter' | 'gauge' = 'counter',
): string[] {
  const head = [`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`];
  if (typeof value === 'number') return [...head, `${name} ${value}`];
  return [...head, ...Object.entries(value).map(([r, n]) => `${name}{result="${r}"} ${n}`)];
}

export interface MetricSources {
  sockets(): number;
  liveRooms(): number;
  /** Live rooms whose lease this instance holds (SCALE-20). */
  ownedRooms?(): number;
}

export interface VonkMetrics {
  render(): string;
  setSources(sources: MetricSources): void;
  onJoin(role: Role, delta: number): void;
  onFrameOut(bytes: number): void;
  onCommit(change: Change, startedAt: number): void;
  onBroadcast(startedAt: number[]): void;
  readonly fanout: FanoutStats;
  readonly store: StoreObserver;
  readonly owners: OwnerStats;
  stop(): void;
}

export function createVonkMetrics(info: { store: string; bus: string }): VonkMetrics {
  const reg = new MetricsRegistry();
  const connections = new Map<Role, number>(ROLES.map((r) => [r, 0]));
  const fanout: FanoutStats = { sent: 0, skipped: 0, dropped: 0, frames: 0, bytes: 0 };
  let sources: MetricSources = { sockets: () => 0, liveRooms: () => 0 };
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const loopStats = () => {
    const q = (p: number) => (loop.count > 0 ? loop.percentile(p) / 1e9 : 0);
    return { '0.5': q(50), '0.9': q(90), '0.99': q(99), max: loop.count > 0 ? loop.max / 1e9 : 0 };
  };
  // Fixed windows, not "since the last scrape", so two scrapers see the same numbers.
  let loopWindow: ReturnType<typeof loopStats> | null = null;
  const loopTimer = setInterval(() => {
    loopWindow = loopStats();
    loop.reset();
  }, LOOP_WINDOW_MS);
  loopTimer.unref();

  reg.add(new Gauge('vonk_info', 'The backends this instance runs on.', () => [[info, 1]]));
  reg.add(
    new Gauge('vonk_connections', 'Sockets joined to a room, by role.', () =>
      [...connections].map(([role, n]): [Labels, number] => [{ role }, n]),
    ),
  );
  reg.add(
    new Gauge('vonk_sockets', 'Open WebSocket connections, joined or not.', () => [
      [{}, sources.sockets()],
    ]),
  );
  reg.add(
    new Gauge('vonk_live_rooms', 'Rooms loaded in memory on this instance.', () => [
      [{}, sources.liveRooms()],
    ]),
  );
  // Frames sent one by one (acks, errors, welcomes) are counted here; a fan-out counts its own
  // once per chunk into `fanout.frames` / `fanout.bytes`.
  const single = { frames: 0, bytes: 0 };
  reg.add({
    render: () => [
      ...textMetric(
        'vonk_ws_frames_sent_total',
        'Frames sent to joined sockets.',
        single.frames + (fanout.frames ?? 0),
      ),
      ...textMetric(
        'vonk_ws_sent_bytes_total',
        'UTF-8 bytes of the frames sent to joined sockets.',
        single.bytes + (fanout.bytes ?? 0),
      ),
    ],
  });
  reg.add({
    render: () =>
      textMetric(
        'vonk_fanout_total',
        'View updates per socket: sent, skipped (socket behind), dropped (socket closed for being too slow).',
        { sent: fanout.sent, skipped: fanout.skipped, dropped: fanout.dropped },
      ),
  });
  const owners = emptyOwnerStats();
  reg.add({
    render: () => [
      ...textMetric(
        'vonk_owned_rooms',
        'Live rooms this instance owns (holds the lease of).',
        sources.ownedRooms?.() ?? sources.liveRooms(),
        'gauge',
      ),
      ...textMetric(
        'vonk_forwarded_commands_total',
        'Commands sent to the owning instance (out), or run here for another instance (served), or sent again after the owner went silent or away (resent).',
        { out: owners.forwarded, served: owners.served, resent: owners.resent },
      ),
      ...textMetric(
        'vonk_forwarded_writes_total',
        'Server writes (organizer content, notices, harvests) sent to the owning instance (out), or committed here for another instance (served).',
        { out: owners.writes, served: owners.writesServed },
      ),
      ...textMetric('vonk_room_leases_total', 'Room leases taken and lost by this instance.', {
        taken: owners.taken,
        lost: owners.lost,
      }),
    ],
  });
  reg.add({
    render: () => [
      ...textMetric(
        'vonk_log_lines_total',
        'Log lines not written: dropped (stdout could not take them) or suppressed (a repeated warning or error).',
        { dropped: logStats.dropped, suppressed: logStats.suppressed },
      ),
      ...textMetric(
        'vonk_log_write_errors_total',
        'Writes to stdout that failed (disk full, pipe closed, …).',
        logStats.writeErrors,
      ),
    ],
  });
  const commits = reg.add(
    new Counter('vonk_commits_total', 'Changes committed by commands on this instance.'),
  );
  const commitLatency = reg.add(
    new Histogram(
      'vonk_command_commit_seconds',
      'From a command reaching its room to its commit (the ack).',
      LATENCY_BUCKETS,
    ),
  );
  const broadcastLatency = reg.add(
    new Histogram(
      'vonk_submit_broadcast_seconds',
      'From a command reaching its room to the view update that carries its change.',
      LATENCY_BUCKETS,
    ),
  );
  const storeLatency = reg.add(
    new Histogram('vonk_store_seconds', 'Store calls, by operation.', STORE_BUCKETS),
  );
  const storeErrors = reg.add(
    new Counter('vonk_store_errors_total', 'Store calls that failed, by operation.'),
  );
  const appends = reg.add(
    new Counter('vonk_store_appends_total', 'Appends by result: ok, duplicate or conflict.'),
  );
  reg.add({
    render() {
      const s = loopWindow ?? loopStats();
      return [
        `# HELP vonk_event_loop_delay_seconds Event-loop delay percentiles over the last ${LOOP_WINDOW_MS / 1000} s.`,
        '# TYPE vonk_event_loop_delay_seconds gauge',
        ...(['0.5', '0.9', '0.99'] as const).map(
          (q) => `vonk_event_loop_delay_seconds{quantile="${q}"} ${s[q]}`,
        ),
        `# HELP vonk_event_loop_delay_max_seconds Longest event-loop delay over the last ${LOOP_WINDOW_MS / 1000} s.`,
        '# TYPE vonk_event_loop_delay_max_seconds gauge',
        `vonk_event_loop_delay_max_seconds ${s.max}`,
      ];
    },
  });
  reg.add(
    new Gauge('process_resident_memory_bytes', 'Resident memory size in bytes.', () => [
      [{}, process.memoryUsage.rss()],
    ]),
  );

  const seconds = (startedAt: number) => (performance.now() - startedAt) / 1000;
  return {
    render: () => reg.render(),
    setSources(s) {
      sources = s;
    },
    onJoin(role, delta) {
      connections.set(role, (connections.get(role) ?? 0) + delta);
    },
    onFrameOut(n) {
      single.frames++;
      single.bytes += n;
    },
    onCommit(_change, startedAt) {
      commits.inc();
      commitLatency.observe(seconds(startedAt));
    },
    onBroadcast(startedAt) {
      for (const t of startedAt) broadcastLatency.observe(seconds(t));
    },
    fanout,
    owners,
    store: {
      call(op, s, ok) {
        storeLatency.observe(s, { op });
        if (!ok) storeErrors.inc({ op });
      },
      append(result) {
        appends.inc({ result });
      },
    },
    stop() {
      clearInterval(loopTimer);
      loop.disable();
    },
  };
}
