// Deck rows as both databases return them (DECK-3), and their mapping to records.

import type { DeckRecord } from './types.js';

export interface DeckRow {
  id: string;
  event_id: string;
  room_id: string;
  title: string;
  pages: number | string;
  width: number | string;
  height: number | string;
  size: number | string;
  hash: string;
  phone_view: number | string;
  created_at: number | string;
}

/** Every column but the bytes, which only the file's route reads. */
export const DECK_COLUMNS =
  'id, event_id, room_id, title, pages, width, height, size, hash, phone_view, created_at';

export const toDeck = (r: DeckRow): DeckRecord => ({
  id: r.id,
  eventId: r.event_id,
  roomId: r.room_id,
  title: r.title,
  pages: Number(r.pages),
  width: Number(r.width),
  height: Number(r.height),
  size: Number(r.size),
  hash: r.hash,
  phoneView: Number(r.phone_view) === 1,
  createdAt: Number(r.created_at),
});

/** The values of an INSERT of all columns, in DECK_COLUMNS order, then the bytes. */
export const deckValues = (d: DeckRecord, bytes: Uint8Array) => [
  d.id,
  d.eventId,
  d.roomId,
  d.title,
  d.pages,
  d.width,
  d.height,
  d.size,
  d.hash,
  d.phoneView ? 1 : 0,
  d.createdAt,
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
];
