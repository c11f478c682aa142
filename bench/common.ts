// Shared by the benchmark runner and its load generator: processes pinned to a core, what
// /proc says about them, percentiles and small helpers.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Wall-clock milliseconds with sub-millisecond resolution: the same clock in every process. */
export const now = () => performance.timeOrigin + performance.now();

/** Whether `taskset` can pin a process to one core (util-linux). */
export function hasTaskset(): boolean {
  return spawnSync('taskset', ['-c', '0', 'true']).status === 0;
}

/** The open file limit of this shell, or Infinity when it cannot be read. */
export function openFileLimit(): number {
  const out = spawnSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' }).stdout.trim();
  return out === 'unlimited' ? Infinity : Number(out) || Infinity;
}

export interface Started {
  process: ChildProcess;
  pid: number;
  url: string;
  stop(): Promise<void>;
}

/**
 * Runs `node [nodeArgs] --import tsx <script>` (pinned to `core` when taskset exists) and waits for the
 * line `READY <url>` on its stdout. taskset execs node, so the pid is node's own.
 */
export function startNode(
  script: string,
  env: Record<string, string>,
  core: number | null,
  nodeArgs: string[] = [],
): Promise<Started> {
  const node = [process.execPath, ...nodeArgs, '--import', 'tsx', script];
  const [cmd, ...args] = core !== null ? ['taskset', '-c', String(core), ...node] : node;
  const child = spawn(cmd!, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${script} did not start in time: ${err}`));
    }, 30_000);
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      if (err.length > 20_000) err = err.slice(-10_000);
    });
    child.stdout.on('data', (d: Buffer) => {
      if (out.includes('READY ')) return;
      out += d.toString();
      const m = /READY (\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({ process: child, pid: child.pid!, url: m[1], stop });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${code}: ${err.slice(-2000)}`));
    });
  });
}

const TICKS_PER_SECOND = 100;

/** User + system CPU time of a process so far, in ms. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / TICKS_PER_SECOND;
}

/** Resident memory of a process, in bytes. */
export function rssBytes(pid: number): number {
  if (!existsSync(`/proc/${pid}/status`)) return 0;
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : 0;
}

export const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** The p-quantile (0..1) of unsorted numbers; NaN for none. */
export function pct(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

export const round1 = (x: number) => Math.round(x * 10) / 10;

/** A positive number given as `--name N` among the arguments, else the fallback. */
export function numberFlag(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  const n = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!(n > 0)) throw new Error(`--${name} must be a positive number`);
  return n;
}

/** Loopback addresses to connect from: the server limits commands per client address. */
export const LOOPBACKS = Array.from({ length: 32 }, (_, i) => `127.0.0.${i + 1}`);
