// The commit pipeline's one append-with-retry: every writer of a room's change log (the live
// room's commands and its own system changes, and setup changes to a room nobody has loaded)
// appends through it, with the same conflict handling and the same deadline.

import type { NewChange, Store } from '../store/types.js';

/**
 * With several instances only a room's owner appends its commands (rooms/owners.ts), so the seq
 * check is a fence that holds in the normal path; it is lost when two instances do write to
 * one room (one cut off from Redis, an organizer's HTTP action on a non-owner, a failover).
 * Two instances appending to one busy room keep losing the optimistic seq check to each other:
 * the loser must catch up before it can try again, and meanwhile the winner appends its next
 * command, so in a burst one side can lose until the other's queue runs dry (hundreds of times).
 * It keeps trying, with a short random pause, for as long as a phone would wait for its ack;
 * only a room that stays blocked that long refuses the command.
 */
export const CONFLICT_DEADLINE_MS = 10_000;

const backoff = (attempt: number) =>
  attempt < 3
    ? Promise.resolve()
    : new Promise((r) => setTimeout(r, Math.random() * Math.min(attempt, 20)));

/** The log being appended to, as its writer knows it. */
export interface AppendTarget {
  store: Store;
  roomId: string;
  /** The seq of the last change the writer has applied: the next append builds on it. */
  seq(): number;
  /** Reads (and applies) what others committed since, after a lost race. */
  catchUp(): Promise<void>;
}

export type AppendOutcome =
  /** Stored: `changes` got the seqs firstSeq, firstSeq + 1, … */
  | { status: 'ok'; firstSeq: number; changes: NewChange[] }
  /** A single change whose clientId was stored before (a retry): seq is that change's. */
  | { status: 'duplicate'; seq: number; changes: NewChange[] }
  /** `decide` had nothing to append. */
  | { status: 'empty' }
  /** The deadline passed while others kept winning; `changes` were the last tried. */
  | { status: 'busy'; changes: NewChange[] };

/**
 * Appends what `decide` returns, deciding again after every lost race (on the state the catch-up
 * brought), until it is stored or `deadlineMs` has passed; at least one attempt is made. Several
 * changes go in one store call. A duplicate of one change among several is caught up and tried
 * again, so next time `decide` knows it. Store errors are thrown.
 */
export async function appendWithRetry(
  target: AppendTarget,
  decide: () => NewChange[],
  deadlineMs = CONFLICT_DEADLINE_MS,
): Promise<AppendOutcome> {
  const deadline = performance.now() + deadlineMs;
  let changes: NewChange[] = [];
  for (let attempt = 0; attempt === 0 || performance.now() < deadline; attempt++) {
    changes = decide();
    if (changes.length === 0) return { status: 'empty' };
    const res =
      changes.length === 1
        ? await target.store.append(target.roomId, target.seq(), changes[0]!)
        : await target.store.appendMany(target.roomId, target.seq(), changes);
    if (res.status === 'ok') {
      return { status: 'ok', firstSeq: res.seq - changes.length + 1, changes };
    }
    await target.catchUp();
    if (res.status === 'duplicate') {
      if (changes.length === 1) return { status: 'duplicate', seq: res.seq, changes };
      continue;
    }
    await backoff(attempt);
  }
  return { status: 'busy', changes };
}
