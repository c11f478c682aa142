// Where the log goes: stdout, written without ever holding up the process (DUR-4).
//
// pino's default destination writes synchronously and retries a failed write in a loop, so a
// full disk under `npm start >> vonk.log` froze every request. Here a line is queued in memory
// and written by one asynchronous write at a time (off the main thread). When the queue is
// full (the pipe is not read) further lines are dropped and counted; a write that fails (the
// disk is full) drops its lines, counted too, and writing is tried again after a pause.

import { fstatSync, write, writeSync } from 'node:fs';

export interface LogStats {
  /** Lines dropped because they could not be written (full queue behind a failing write). */
  dropped: number;
  /** Repeated lines left out by the rate limit on warnings and errors. */
  suppressed: number;
  /** Writes that failed (ENOSPC, EAGAIN, EPIPE, …). */
  writeErrors: number;
}

/** Process-wide: there is one stdout. /metrics reads them. */
export const logStats: LogStats = { dropped: 0, suppressed: 0, writeErrors: 0 };

export interface LogSinkOptions {
  /** Bytes held in memory while writing is slow or failing; past it lines are dropped. */
  maxQueueBytes?: number;
  /** Pause before a failed write is tried again. */
  retryMs?: number;
}

export class LogSink {
  private queue: Buffer[] = [];
  private queued = 0;
  private writing = false;
  private paused = false;
  private readonly maxQueueBytes: number;
  private readonly retryMs: number;

  constructor(
    private readonly fd: number,
    options: LogSinkOptions = {},
  ) {
    this.maxQueueBytes = options.maxQueueBytes ?? 1024 * 1024;
    this.retryMs = options.retryMs ?? 1000;
  }

  /** Queues one line (pino calls this); never blocks, never throws. */
  write(line: string): boolean {
    const buf = Buffer.from(line);
    if (this.queued + buf.length > this.maxQueueBytes) {
      logStats.dropped++;
      return true;
    }
    this.queue.push(buf);
    this.queued += buf.length;
    if (!this.writing && !this.paused) {
      this.writing = true;
      setImmediate(() => this.writeNext());
    }
    return true;
  }

  private writeNext(): void {
    if (this.queue.length === 0) {
      this.writing = false;
      return;
    }
    const batch = this.queue;
    const buf = batch.length === 1 ? batch[0]! : Buffer.concat(batch);
    this.queue = [];
    write(this.fd, buf, 0, buf.length, null, (err, written) => {
      if (err) {
        logStats.writeErrors++;
        if ((err as NodeJS.ErrnoException).code === 'EAGAIN') {
          // A pipe that is full for now: the lines wait (within the queue's bound).
          this.queue = [buf, ...this.queue];
        } else {
          // The disk is full or the pipe is gone: these lines are lost, and counted.
          logStats.dropped += batch.length;
          this.queued -= buf.length;
        }
        this.pause();
        return;
      }
      const left = buf.subarray(written);
      this.queued -= written;
      if (left.length > 0) this.queue.unshift(left);
      this.writeNext();
    });
  }

  private pause(): void {
    this.writing = false;
    this.paused = true;
    setTimeout(() => {
      this.paused = false;
      if (this.queue.length > 0 && !this.writing) {
        this.writing = true;
        this.writeNext();
      }
    }, this.retryMs).unref();
  }

  /**
   * At exit: one last try to write what is queued, for a file only (a full pipe would block).
   * Whatever does not fit is dropped and counted.
   */
  flushSync(): void {
    if (this.queue.length === 0 || this.writing) return;
    try {
      const st = fstatSync(this.fd);
      if (st.isFIFO() || st.isSocket()) return;
      const buf = Buffer.concat(this.queue);
      this.queue = [];
      this.queued = 0;
      writeSync(this.fd, buf);
    } catch {
      logStats.writeErrors++;
    }
  }
}

/**
 * Lets a warning or error with the same message through `limit` times per window, then counts
 * the rest; the first line of the next window says how many were left out.
 */
export function repeatLimiter(limit = 5, windowMs = 10_000, now: () => number = Date.now) {
  const seen = new Map<string, { start: number; n: number; left: number }>();
  return (key: string): { pass: boolean; leftOut: number } => {
    const t = now();
    let s = seen.get(key);
    if (!s || t - s.start >= windowMs) {
      const leftOut = s?.left ?? 0;
      if (seen.size > 1000) seen.clear();
      s = { start: t, n: 0, left: 0 };
      seen.set(key, s);
      s.n++;
      return { pass: true, leftOut };
    }
    if (s.n < limit) {
      s.n++;
      return { pass: true, leftOut: 0 };
    }
    s.left++;
    logStats.suppressed++;
    return { pass: false, leftOut: 0 };
  };
}
