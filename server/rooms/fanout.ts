// Sending one serialised frame to many sockets, with backpressure: a socket over the soft
// limit is skipped (and resynced with a snapshot later); one over the hard limit is dropped.

import { CloseCode } from '../../shared/protocol.js';
import type { Conn } from './conn.js';

export interface FanoutLimits {
  /** Over this many queued bytes a socket is skipped and resynced later. */
  softBytes: number;
  /** Over this many it is dropped at once. */
  hardBytes: number;
  /** A socket that stays over the soft limit this long is dropped too. */
  staleMs: number;
}

export const DEFAULT_FANOUT_LIMITS: FanoutLimits = {
  softBytes: 64 * 1024,
  hardBytes: 1024 * 1024,
  staleMs: 15_000,
};

export interface FanoutStats {
  sent: number;
  skipped: number;
  dropped: number;
}

/** Returns whether the frame was sent. */
export function sendTo(
  conn: Conn,
  frame: string,
  limits: FanoutLimits,
  stats?: FanoutStats,
): boolean {
  const queued = conn.buffered();
  if (queued > limits.hardBytes) {
    conn.close(CloseCode.TooSlow, 'too slow');
    if (stats) stats.dropped++;
    return false;
  }
  if (queued > limits.softBytes) {
    if (!conn.stale) conn.staleSince = Date.now();
    conn.stale = true;
    if (stats) stats.skipped++;
    return false;
  }
  conn.send(frame);
  if (stats) stats.sent++;
  return true;
}
