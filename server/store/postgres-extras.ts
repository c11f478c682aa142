// The PostgreSQL store's pitch decks (DECK-*) and rotation plans (ROT-*): kept apart from
// postgres.ts so each file stays readable; openPostgresStore spreads these into the Store.

import type pg from 'pg';
import type { RotationPlan } from '../../shared/rotation.js';
import { DECK_COLUMNS, deckValues, toDeck, type DeckRow } from './deck-rows.js';
import type { Store } from './types.js';

type InTransaction = <T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>) => Promise<T>;

export function decksAndRotation(
  pool: pg.Pool,
  inTransaction: InTransaction,
): Pick<
  Store,
  | 'putDeck'
  | 'getDeck'
  | 'getDeckBytes'
  | 'listDecks'
  | 'updateDeck'
  | 'deleteDeck'
  | 'getRotation'
  | 'putRotation'
  | 'groupByCode'
> {
  const one = async <R extends pg.QueryResultRow>(text: string, values: unknown[]) =>
    (await pool.query<R>(text, values)).rows[0];
  return {
    async putDeck(deck, bytes) {
      await pool.query(
        `INSERT INTO decks (${DECK_COLUMNS}, bytes) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        deckValues(deck, bytes),
      );
    },
    async getDeck(id) {
      const r = await one<DeckRow>(`SELECT ${DECK_COLUMNS} FROM decks WHERE id = $1`, [id]);
      return r ? toDeck(r) : null;
    },
    async getDeckBytes(id) {
      const r = await one<{ bytes: Buffer }>('SELECT bytes FROM decks WHERE id = $1', [id]);
      return r ? new Uint8Array(r.bytes.buffer, r.bytes.byteOffset, r.bytes.byteLength) : null;
    },
    async listDecks(eventId) {
      const res = await pool.query<DeckRow>(
        `SELECT ${DECK_COLUMNS} FROM decks WHERE event_id = $1 ORDER BY created_at, id`,
        [eventId],
      );
      return res.rows.map(toDeck);
    },
    async updateDeck(id, patch) {
      await pool.query(
        `UPDATE decks SET title = COALESCE($2, title), phone_view = COALESCE($3, phone_view)
         WHERE id = $1`,
        [id, patch.title ?? null, patch.phoneView === undefined ? null : patch.phoneView ? 1 : 0],
      );
    },
    async deleteDeck(id) {
      const res = await pool.query('DELETE FROM decks WHERE id = $1', [id]);
      return (res.rowCount ?? 0) > 0;
    },
    async getRotation(eventId) {
      const r = await one<{ body: string }>('SELECT body FROM rotation_plans WHERE event_id = $1', [
        eventId,
      ]);
      return r ? (JSON.parse(r.body) as RotationPlan) : null;
    },
    async putRotation(eventId, plan) {
      await inTransaction(pool, async (c) => {
        await c.query('DELETE FROM rotation_groups WHERE event_id = $1', [eventId]);
        if (!plan) {
          await c.query('DELETE FROM rotation_plans WHERE event_id = $1', [eventId]);
          return;
        }
        await c.query(
          `INSERT INTO rotation_plans (event_id, body, updated_at) VALUES ($1, $2, $3)
           ON CONFLICT (event_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
          [eventId, JSON.stringify(plan), Date.now()],
        );
        if (plan.groups.length) {
          await c.query(
            `INSERT INTO rotation_groups (code, event_id, group_id)
             SELECT code, $1, group_id FROM unnest($2::text[], $3::text[]) AS t(code, group_id)`,
            [eventId, plan.groups.map((g) => g.code), plan.groups.map((g) => g.id)],
          );
        }
      });
    },
    async groupByCode(code) {
      const r = await one<{ event_id: string; group_id: string }>(
        'SELECT event_id, group_id FROM rotation_groups WHERE code = $1',
        [code],
      );
      return r ? { eventId: r.event_id, groupId: r.group_id } : null;
    },
  };
}
