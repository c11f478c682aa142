// PostgreSQL appends that take a room's next seq whatever it is: a new event's setup changes,
// and one change to each of many rooms in one transaction (NOTICE-10), all or nothing.

import type pg from 'pg';
import type { NewChange, SetupChange } from './types.js';

// Setup changes of a new event take the next seq whatever it is: nobody else knows the room yet.
export const APPEND_SETUP = `
  WITH bumped AS (UPDATE rooms SET seq = seq + 1 WHERE id = $1 RETURNING seq)
  INSERT INTO changes (room_id, seq, client_id, actor, type, payload, at)
  SELECT $1, seq, $2, $3, $4, $5, $6 FROM bumped
  RETURNING seq`;

export const changeValues = (c: NewChange) => [
  c.clientId,
  JSON.stringify(c.actor),
  c.event.type,
  JSON.stringify(c.event),
  c.at,
];

type InTransaction = <T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>) => Promise<T>;

/** Store.appendToRooms: a room that does not exist rolls the whole transaction back. */
export function appendToRooms(
  pool: pg.Pool,
  inTransaction: InTransaction,
  items: SetupChange[],
): Promise<number[]> {
  return inTransaction(pool, async (c) => {
    const seqs: number[] = [];
    for (const { roomId, change } of items) {
      const res = await c.query<{ seq: string }>(APPEND_SETUP, [roomId, ...changeValues(change)]);
      if (res.rowCount !== 1) throw new Error(`room ${roomId} does not exist`);
      seqs.push(Number(res.rows[0]!.seq));
    }
    return seqs;
  });
}
