// What the bus and the leases share of their Redis connections: how they connect and retry, and
// one log line when a connection drops (not one per failed reconnect), cleared when it is back.

import type { Redis } from 'ioredis';
import { errorMessage } from '../net.js';

export const REDIS_OPTIONS = {
  lazyConnect: true,
  connectTimeout: 5000,
  // Keep trying while Redis is away; rooms keep working on the store meanwhile.
  retryStrategy: (attempt: number) => Math.min(attempt * 200, 2000),
};

/** Logs `message` once when a connection is lost; `conns` names each connection for the log. */
export function watchConnections(
  conns: Record<string, Redis>,
  log: (msg: string, extra?: Record<string, unknown>) => void,
  message: string,
): void {
  for (const [name, conn] of Object.entries(conns)) {
    let lost = false;
    // Without a listener, ioredis reports every failed reconnect on stderr.
    conn.on('error', (err: unknown) => {
      if (!lost) log(message, { conn: name, err: errorMessage(err) });
      lost = true;
    });
    conn.on('ready', () => {
      lost = false;
    });
  }
}
