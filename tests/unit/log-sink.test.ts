import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LogSink, logStats, repeatLimiter } from '../../server/log-sink.js';

const open: number[] = [];
let dir = '';
afterEach(() => {
  for (const fd of open.splice(0)) closeSync(fd);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A pipe nobody reads, as stdout piped into a stuck process: both ends, non-blocking. */
function stuckPipe(): { reader: number; writer: number } {
  dir = mkdtempSync(join(tmpdir(), 'vonk-pipe-'));
  const path = join(dir, 'fifo');
  execFileSync('mkfifo', [path]);
  const reader = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  const writer = openSync(path, constants.O_WRONLY | constants.O_NONBLOCK);
  open.push(reader, writer);
  return { reader, writer };
}

function drain(fd: number): string {
  const buf = Buffer.alloc(1 << 16);
  let out = '';
  for (;;) {
    try {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n <= 0) return out;
      out += buf.toString('utf8', 0, n);
    } catch {
      return out;
    }
  }
}

describe('the log sink', () => {
  it('[DUR-4] a pipe nobody reads never blocks: lines past the queue are dropped and counted', async () => {
    const { reader, writer } = stuckPipe();
    const sink = new LogSink(writer, { maxQueueBytes: 8192, retryMs: 20 });
    const dropped = logStats.dropped;
    const line = `${'x'.repeat(99)}\n`;
    // Lines keep coming, a tick at a time, far more than the pipe (64 KiB) and the queue
    // (8 KiB) hold; writing each is synchronous and cheap, never held up by the full pipe.
    let slowest = 0;
    for (let round = 0; round < 200; round++) {
      const t0 = performance.now();
      for (let i = 0; i < 50; i++) sink.write(line);
      slowest = Math.max(slowest, performance.now() - t0);
      await new Promise((r) => setTimeout(r, 1));
    }
    expect(slowest).toBeLessThan(200);
    await expect.poll(() => logStats.dropped - dropped, { timeout: 5000 }).toBeGreaterThan(0);
    // Once somebody reads, writing goes on: a line logged now comes through, whole lines only.
    let got = drain(reader);
    sink.write('marker\n');
    await expect
      .poll(
        () => {
          got += drain(reader);
          return got.includes('marker\n');
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    expect(got.split('\n').every((l) => l === '' || l === 'marker' || l === line.trim())).toBe(
      true,
    );
  });

  it('[DUR-4] a repeated warning passes 5 times in 10 s; the next window says how many were left out', () => {
    let now = 0;
    const allow = repeatLimiter(5, 10_000, () => now);
    const passed = Array.from({ length: 12 }, () => allow('40:append failed').pass);
    expect(passed.filter(Boolean)).toHaveLength(5);
    expect(allow('40:another message').pass).toBe(true);
    now = 10_000;
    expect(allow('40:append failed')).toEqual({ pass: true, leftOut: 7 });
  });
});
