// Slide images of pitch decks for phones (DECK-30…), on SQLite and PostgreSQL alike: one JPEG
// per deck and page, the first one kept; the deck's deletion takes them along (ON DELETE
// CASCADE). Kept apart from sqlite.ts and postgres.ts, which spread these into their Store.

import type Database from 'better-sqlite3';
import type pg from 'pg';
import type { DeckSlideRecord, Store } from './types.js';

type SlideStore = Pick<Store, 'putDeckSlide' | 'getDeckSlide'>;

const toBytes = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
const toBuffer = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

interface SlideRow {
  bytes: Buffer;
  created_at: number | string;
}

const toSlide = (r: SlideRow | undefined): DeckSlideRecord | null =>
  r ? { bytes: toBytes(r.bytes), createdAt: Number(r.created_at) } : null;

export function sqliteDeckSlides(db: Database.Database): SlideStore {
  const put = db.prepare(
    `INSERT INTO deck_slides (deck_id, page, bytes, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (deck_id, page) DO NOTHING`,
  );
  const get = db.prepare<[string, number], SlideRow>(
    'SELECT bytes, created_at FROM deck_slides WHERE deck_id = ? AND page = ?',
  );
  return {
    async putDeckSlide(deckId, page, bytes, at) {
      return put.run(deckId, page, toBuffer(bytes), at).changes > 0;
    },
    async getDeckSlide(deckId, page) {
      return toSlide(get.get(deckId, page));
    },
  };
}

export function postgresDeckSlides(pool: pg.Pool): SlideStore {
  return {
    async putDeckSlide(deckId, page, bytes, at) {
      const res = await pool.query(
        `INSERT INTO deck_slides (deck_id, page, bytes, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (deck_id, page) DO NOTHING`,
        [deckId, page, toBuffer(bytes), at],
      );
      return (res.rowCount ?? 0) > 0;
    },
    async getDeckSlide(deckId, page) {
      const res = await pool.query<SlideRow>(
        'SELECT bytes, created_at FROM deck_slides WHERE deck_id = $1 AND page = $2',
        [deckId, page],
      );
      return toSlide(res.rows[0]);
    },
  };
}
