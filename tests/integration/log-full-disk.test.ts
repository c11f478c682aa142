// DUR-4: a full disk under stdout never freezes or kills Vonk. The real entry point
// (server/main.ts, as `npm start >> vonk.log` runs it) is started with its log and its data on
// a small tmpfs; the tmpfs is filled; /healthz and a WebSocket post must still be answered.

import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/ws-client.js';

const dir = mkdtempSync(join(tmpdir(), 'vonk-full-'));
let mounted = false;
try {
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', dir], { stdio: 'ignore' });
  mounted = true;
} catch {
  // Mounting needs root. CI runs as root, so there a failure is a failure, never a skip.
  if (process.env.CI === 'true') throw new Error(`cannot mount a tmpfs on ${dir} in CI`);
}

let child: ChildProcess | undefined;
afterAll(() => {
  child?.kill('SIGKILL');
  if (mounted) execFileSync('umount', ['-l', dir]);
  rmSync(dir, { recursive: true, force: true });
});

/** Fills the file system until it refuses: the state of a disk that ran full. */
function fill(path: string, flags = 'w'): void {
  const fd = openSync(path, flags);
  const chunk = Buffer.alloc(64 * 1024, 120);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (err) {
    expect((err as NodeJS.ErrnoException).code).toBe('ENOSPC');
  } finally {
    closeSync(fd);
  }
}

async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, ms = 20_000) {
  const until = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const metric = (text: string, series: string) =>
  Number(new RegExp(`^${series.replace(/[{}"=]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);

describe.skipIf(!mounted)('logging on a full disk', () => {
  it('[DUR-4][AUTH-7] with stdout and data on a disk that fills, /healthz and the socket still answer', async () => {
    const logFile = join(dir, 'vonk.log');
    mkdirSync(join(dir, 'data'));
    const out = openSync(logFile, 'a');
    child = spawn(process.execPath, ['--import', 'tsx', resolve('server/main.ts')], {
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: join(dir, 'data'),
        ADMIN_TOKEN: 'full-disk-token',
        LOG_LEVEL: 'info',
        LOG_QUEUE_BYTES: '4096',
        RATE_POST_BURST: '1000',
        RATE_POST_PER_MINUTE: '60000',
        CLIENT_DIR: resolve('dist/client'),
      },
      stdio: ['ignore', out, 'ignore'],
    });
    closeSync(out);
    const exited = new Promise<number | null>((r) => child!.once('exit', (code) => r(code)));
    const url = await waitFor(() => {
      const m = /"url":"(http:[^"]+)"/.exec(readFileSync(logFile, 'utf8'));
      return m?.[1];
    });
    // The organizer token came from the environment: the banner names it, never shows it.
    const banner = readFileSync(logFile, 'utf8');
    expect(banner).toContain('/o?t=<ADMIN_TOKEN>');
    expect(banner).not.toContain('full-disk-token');
    const created = await fetch(`${url}/api/events`, {
      method: 'POST',
      headers: { authorization: 'Bearer full-disk-token', 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Volle schijf' }),
    });
    expect(created.status).toBe(201);
    const { code } = (await created.json()) as { code: string };
    const phone = await TestClient.connect(url, {
      role: 'participant',
      eventCode: code,
      participantId: 'full-disk-phone',
    });
    const wall = phone.currentWallId();
    const post = (text: string) =>
      phone.command({ type: 'statement.submit', activityId: wall, text });
    expect(await post('Voor de volle schijf')).toMatchObject({ type: 'ack' });

    fill(join(dir, 'filler'));
    // The log's own last block too: the next line has nowhere to go.
    fill(logFile, 'a');
    // Every post now fails to store and is logged; none may freeze the process.
    for (let i = 0; i < 40; i++) {
      const answer = await post(`Op een volle schijf ${i}`);
      expect(['ack', 'error']).toContain(answer.type);
      if (answer.type === 'error') expect(answer.code).toBe('internal');
    }
    // A frozen process never answers; a machine busy with other tests may take a few seconds.
    for (let i = 0; i < 5; i++) {
      const health = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(5000) });
      expect(health.status).toBe(200);
    }
    const metrics = await (await fetch(`${url}/metrics`)).text();
    expect(metric(metrics, 'vonk_log_write_errors_total')).toBeGreaterThan(0);
    expect(metric(metrics, 'vonk_log_lines_total{result="suppressed"}')).toBeGreaterThan(0);
    expect(metric(metrics, 'vonk_log_lines_total{result="dropped"}')).toBeGreaterThan(0);
    expect(child.exitCode).toBeNull();

    // Room again: posts are stored, and the log is written again.
    rmSync(join(dir, 'filler'));
    const before = readFileSync(logFile, 'utf8').length;
    await waitFor(async () => ((await post('Weer ruimte')).type === 'ack' ? true : undefined));
    await waitFor(() => (readFileSync(logFile, 'utf8').length > before ? true : undefined));
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    phone.close();
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
