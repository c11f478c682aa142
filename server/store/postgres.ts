// The scale-out store: PostgreSQL, shared by any number of Vonk instances. The database, not
// an instance, hands out each room's next seq: the append is one statement that bumps the
// room's seq only if it is still the one the caller saw, and inserts the change at it.

import pg from 'pg';
import { errorMessage as message, redactUrl, withTimeout } from '../net.js';
import { MIGRATIONS, SCHEMA_MIGRATIONS_TABLE } from './migrations.js';
import { postgresDeckSlides } from './deck-slides.js';
import { decksAndRotation } from './postgres-extras.js';
import { APPEND_SETUP, appendToRooms, changeValues } from './postgres-append.js';
import { toChange, toEvent, toLogo, toRoom } from './rows.js';
import type { ChangeRow, EventRow, RoomRow } from './rows.js';
import {
  assertDistinctClientIds,
  type AppendResult,
  type NewChange,
  type RoomRecord,
  type SetupChange,
  type Store,
} from './types.js';

export interface PostgresOptions {
  /** Most connections this instance holds open. */
  poolMax?: number;
  log?: (msg: string, extra?: Record<string, unknown>) => void;
}

/** Any constant every Vonk instance agrees on: the key of the migration advisory lock. */
const MIGRATION_LOCK = 0x766f6e6b;
const PING_TIMEOUT_MS = 2000;
const UNIQUE_VIOLATION = '23505';

const APPEND = `
  WITH bumped AS (
    UPDATE rooms SET seq = seq + 1 WHERE id = $1 AND seq = $2 RETURNING seq
  )
  INSERT INTO changes (room_id, seq, client_id, actor, type, payload, at)
  SELECT $1, seq, $3, $4, $5, $6, $7 FROM bumped
  RETURNING seq`;

// Several changes at consecutive seqs, one statement: all of them or (on a stale seq) none.
const APPEND_MANY = `
  WITH bumped AS (
    UPDATE rooms SET seq = seq + $3 WHERE id = $1 AND seq = $2 RETURNING seq
  )
  INSERT INTO changes (room_id, seq, client_id, actor, type, payload, at)
  SELECT $1, $2 + c.ord, c.client_id, c.actor, c.type, c.payload, c.at
  FROM bumped,
       unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::bigint[])
         WITH ORDINALITY AS c(client_id, actor, type, payload, at, ord)
  RETURNING seq`;

export async function inTransaction<T>(
  pool: pg.Pool,
  fn: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch((e: unknown) => {
      // A connection that cannot even roll back is not given back to the pool.
      broken = e instanceof Error ? e : new Error(String(e));
    });
    throw err;
  } finally {
    client.release(broken);
  }
}

async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    // Two instances starting at once: the second waits here, then finds the work done.
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await client.query(SCHEMA_MIGRATIONS_TABLE);
      const { rows } = await client.query<{ version: number }>(
        'SELECT version FROM schema_migrations',
      );
      const done = new Set(rows.map((r) => Number(r.version)));
      for (const m of MIGRATIONS) {
        if (done.has(m.version)) continue;
        try {
          await client.query('BEGIN');
          await client.query(m.sql);
          await client.query(
            'INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)',
            [m.version, m.name, Date.now()],
          );
          await client.query('COMMIT');
        } catch (err) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw new Error(`migration ${m.version} (${m.name}) failed: ${message(err)}`);
        }
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    }
  } finally {
    client.release();
  }
}

/** Connects, runs pending migrations under an advisory lock, and returns the store. */
export async function openPostgresStore(url: string, opts: PostgresOptions = {}): Promise<Store> {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.poolMax ?? 10,
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30_000,
  });
  // An idle connection ended by the server (restart, failover) must not take the process down;
  // the pool opens a new one on the next query.
  pool.on('error', (err) => opts.log?.('postgres connection lost', { err: message(err) }));
  try {
    await migrate(pool);
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw new Error(`DATABASE_URL ${redactUrl(url)}: ${message(err)}`);
  }

  const one = async <R extends pg.QueryResultRow>(text: string, values: unknown[]) =>
    (await pool.query<R>(text, values)).rows[0];

  let closing: Promise<void> | null = null;

  async function append(
    roomId: string,
    expectedSeq: number,
    change: NewChange,
  ): Promise<AppendResult> {
    try {
      const res = await pool.query<{ seq: string }>({
        name: 'vonk_append',
        text: APPEND,
        values: [roomId, expectedSeq, ...changeValues(change)],
      });
      const row = res.rows[0];
      if (row) return { status: 'ok', seq: Number(row.seq) };
    } catch (err) {
      // The same client id raced in through another connection: the statement was undone whole.
      if (!(err instanceof pg.DatabaseError) || err.code !== UNIQUE_VIOLATION) throw err;
      if (err.constraint !== 'changes_client') throw err;
    }
    const state = await one<{ dup: string | null; current: string | null }>(
      `SELECT (SELECT seq FROM changes WHERE room_id = $1 AND client_id = $2) AS dup,
              (SELECT seq FROM rooms WHERE id = $1) AS current`,
      [roomId, change.clientId],
    );
    if (state?.dup != null) return { status: 'duplicate', seq: Number(state.dup) };
    if (state?.current == null) throw new Error(`room ${roomId} does not exist`);
    return { status: 'conflict', seq: Number(state.current) };
  }

  async function appendMany(
    roomId: string,
    expectedSeq: number,
    changes: NewChange[],
  ): Promise<AppendResult> {
    assertDistinctClientIds(changes);
    if (changes.length === 1) return append(roomId, expectedSeq, changes[0]!);
    const cols = changes.map(changeValues);
    try {
      const res = await pool.query<{ seq: string }>({
        name: 'vonk_append_many',
        text: APPEND_MANY,
        values: [
          roomId,
          expectedSeq,
          changes.length,
          ...[0, 1, 2, 3, 4].map((k) => cols.map((c) => c[k])),
        ],
      });
      if (res.rows.length === changes.length) {
        return { status: 'ok', seq: Math.max(...res.rows.map((r) => Number(r.seq))) };
      }
    } catch (err) {
      if (!(err instanceof pg.DatabaseError) || err.code !== UNIQUE_VIOLATION) throw err;
      if (err.constraint !== 'changes_client') throw err;
    }
    const ids = changes.map((c) => c.clientId).filter((id): id is string => id !== null);
    const state = await one<{ dup: string | null; current: string | null }>(
      `SELECT (SELECT min(seq) FROM changes WHERE room_id = $1 AND client_id = ANY($2::text[])) AS dup,
              (SELECT seq FROM rooms WHERE id = $1) AS current`,
      [roomId, ids],
    );
    if (state?.dup != null) return { status: 'duplicate', seq: Number(state.dup) };
    if (state?.current == null) throw new Error(`room ${roomId} does not exist`);
    return { status: 'conflict', seq: Number(state.current) };
  }

  async function insertRooms(c: pg.PoolClient, rooms: RoomRecord[], setup: SetupChange[]) {
    for (const r of rooms) {
      await c.query(
        `INSERT INTO rooms (id, event_id, name, kind, location, arrangement, chair_name, sort, chair_key_hash, chair_key_version, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          r.id,
          r.eventId,
          r.name,
          r.kind,
          r.location,
          r.arrangement,
          r.chairName,
          r.sort,
          r.chairKeyHash,
          r.chairKeyVersion,
          r.createdAt,
        ],
      );
    }
    for (const { roomId, change } of setup) {
      const res = await c.query(APPEND_SETUP, [roomId, ...changeValues(change)]);
      if (res.rowCount !== 1) throw new Error(`setup change for ${roomId}: no such room`);
    }
  }

  return {
    kind: 'postgres',
    async createEvent(event, rooms, setup = []) {
      await inTransaction(pool, async (c) => {
        await c.query(
          `INSERT INTO events (id, code, name, language, chair_key_hash, chair_key_version, created_at, ends_at, accent_color, projector_theme)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [
            event.id,
            event.code,
            event.name,
            event.language,
            event.chairKeyHash,
            event.chairKeyVersion,
            event.createdAt,
            event.endsAt,
            event.accentColor,
            event.projectorTheme ?? null,
          ],
        );
        await insertRooms(c, rooms, setup);
      });
    },
    async addRooms(rooms, setup) {
      await inTransaction(pool, (c) => insertRooms(c, rooms, setup));
    },
    async updateEvent(id, patch) {
      await pool.query(
        `UPDATE events SET name = COALESCE($2, name),
           ends_at = CASE WHEN $3 THEN $4::bigint ELSE ends_at END,
           accent_color = CASE WHEN $5 THEN $6::text ELSE accent_color END,
           projector_theme = CASE WHEN $7 THEN $8::text ELSE projector_theme END
         WHERE id = $1`,
        [
          id,
          patch.name ?? null,
          patch.endsAt !== undefined,
          patch.endsAt ?? null,
          patch.accentColor !== undefined,
          patch.accentColor ?? null,
          patch.projectorTheme !== undefined,
          patch.projectorTheme ?? null,
        ],
      );
    },
    async setLogo(eventId, logo) {
      await inTransaction(pool, async (c) => {
        if (logo) {
          await c.query(
            `INSERT INTO event_logos (event_id, hash, mime, bytes, created_at) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (event_id) DO UPDATE SET hash = excluded.hash, mime = excluded.mime,
               bytes = excluded.bytes, created_at = excluded.created_at`,
            [eventId, logo.hash, logo.mime, Buffer.from(logo.bytes), logo.createdAt],
          );
        } else await c.query('DELETE FROM event_logos WHERE event_id = $1', [eventId]);
        await c.query('UPDATE events SET logo_hash = $1 WHERE id = $2', [
          logo?.hash ?? null,
          eventId,
        ]);
      });
    },
    async getLogo(eventId) {
      const r = await one<{ hash: string; mime: string; bytes: Buffer; created_at: string }>(
        'SELECT hash, mime, bytes, created_at FROM event_logos WHERE event_id = $1',
        [eventId],
      );
      return toLogo(r);
    },
    async setChairKey(eventId, roomId, hash, version) {
      if (roomId === null) {
        await pool.query(
          'UPDATE events SET chair_key_hash = $1, chair_key_version = $2 WHERE id = $3',
          [hash, version, eventId],
        );
      } else {
        await pool.query(
          'UPDATE rooms SET chair_key_hash = $1, chair_key_version = $2 WHERE id = $3 AND event_id = $4',
          [hash, version, roomId, eventId],
        );
      }
    },
    async deleteEvent(id) {
      // The schema cascades: rooms and their change logs go with the event.
      const res = await pool.query('DELETE FROM events WHERE id = $1', [id]);
      return (res.rowCount ?? 0) > 0;
    },
    async endedBefore(before) {
      const res = await pool.query<EventRow>(
        'SELECT * FROM events WHERE ends_at IS NOT NULL AND ends_at < $1 ORDER BY ends_at',
        [before],
      );
      return res.rows.map(toEvent);
    },
    async getEvent(id) {
      const r = await one<EventRow>('SELECT * FROM events WHERE id = $1', [id]);
      return r ? toEvent(r) : null;
    },
    async getEventByCode(code) {
      const r = await one<EventRow>('SELECT * FROM events WHERE code = $1', [code]);
      return r ? toEvent(r) : null;
    },
    async listEvents() {
      const res = await pool.query<EventRow>('SELECT * FROM events ORDER BY created_at DESC');
      return res.rows.map(toEvent);
    },
    async getRoom(id) {
      const r = await one<RoomRow>('SELECT * FROM rooms WHERE id = $1', [id]);
      return r ? toRoom(r) : null;
    },
    async listRooms(eventId) {
      const res = await pool.query<RoomRow>(
        'SELECT * FROM rooms WHERE event_id = $1 ORDER BY sort',
        [eventId],
      );
      return res.rows.map(toRoom);
    },
    append,
    appendMany,
    async changesSince(roomId, afterSeq, limit) {
      // LIMIT NULL is no limit in PostgreSQL.
      const res = await pool.query<ChangeRow>({
        name: 'vonk_changes_since',
        text: 'SELECT * FROM changes WHERE room_id = $1 AND seq > $2 ORDER BY seq LIMIT $3',
        values: [roomId, afterSeq, limit ?? null],
      });
      return res.rows.map(toChange);
    },
    async findClientId(roomId, clientId) {
      const r = await one<{ seq: string }>(
        'SELECT seq FROM changes WHERE room_id = $1 AND client_id = $2',
        [roomId, clientId],
      );
      return r ? Number(r.seq) : null;
    },
    ...decksAndRotation(pool, inTransaction),
    ...postgresDeckSlides(pool),
    appendToRooms: (items) => appendToRooms(pool, inTransaction, items),
    async getSetting(key) {
      const r = await one<{ value: string }>('SELECT value FROM settings WHERE key = $1', [key]);
      return r?.value ?? null;
    },
    async initSetting(key, value) {
      // Two statements on purpose: the SELECT takes a new snapshot, so it sees the row a
      // concurrent winner committed while our INSERT waited on it.
      await pool.query('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
        key,
        value,
      ]);
      const r = await one<{ value: string }>('SELECT value FROM settings WHERE key = $1', [key]);
      return r?.value ?? value;
    },
    async putSetting(key, value) {
      await pool.query(
        'INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
        [key, value],
      );
    },
    async ping() {
      await withTimeout(pool.query('SELECT 1'), PING_TIMEOUT_MS, 'postgres ping');
    },
    close() {
      return (closing ??= pool.end());
    },
  };
}
