// A pitch deck as an agenda item (DECK-6…12): the deck of this room on screen, moved slide by
// slide by the chair or the speaker. Its types and frames live here, apart from model.ts and
// protocol.ts, so the kind stays in one place; those files only name them in their unions.

import * as v from 'valibot';
import { DECK_LIMITS } from './deck.js';
import { activityCreate, clientId, entityId } from './schema-fields.js';

export interface DeckItemConfig {
  /** A deck of this room (DECK-1); fixed once the item exists. */
  deckId: string;
  /** The deck's title and page count, filled in by the server from the stored deck. */
  deckTitle: string;
  pages: number;
  /** The slides this item shows, 1-based and inclusive: "Dia 1–2" (DECK-9). */
  from: number;
  to: number;
  /** The slide on screen, from…to. Moved by `deck.goto` only. */
  slide: number;
  /** A small join QR and code in a corner of the slide (DECK-8). Off by default. */
  joinOverlay: boolean;
  /** Phones get a link that opens the current slide as an image (DECK-10, DECK-31). Off by default. */
  phoneImage: boolean;
  /**
   * The deck file's access tokens (DECK-4), filled in by the server: the screens' one and the
   * phones' one (which opens the file only while the deck's `phoneView` is on). The phones
   * receive the screens' one empty, and their own only while `phoneImage` is on (DECK-13).
   */
  screenToken: string;
  phoneToken: string;
  /**
   * The slides of this deck that phones can open as an image (DECK-31), in the order they came:
   * filled in by the server once a presenting screen uploaded the slide's JPEG. Absent: none.
   */
  images?: number[];
}

export interface DeckActivity {
  id: string;
  title: string;
  order: number;
  kind: 'deck';
  config: DeckItemConfig;
  /**
   * What comes after it on the agenda, for the speaker's "Hierna: …" (DECK-14): filled in by the
   * server's view for the screens and the chair, null at the end of the agenda, never for phones.
   */
  next?: DeckNext | null;
}

export interface DeckNext {
  kind: string;
  title: string;
}

/** What the chair sends: the deck and, optionally, the range and the two switches. */
export type DeckCreateConfig = Pick<DeckItemConfig, 'deckId'> &
  Partial<Pick<DeckItemConfig, 'from' | 'to' | 'joinOverlay' | 'phoneImage'>> &
  /** Filled in by the server from the stored deck; whatever a client sends here is replaced. */
  Partial<Pick<DeckItemConfig, 'deckTitle' | 'pages' | 'screenToken' | 'phoneToken'>>;

/** What the chair may change afterwards: the range and the two switches. */
export type DeckConfigPatch = Partial<
  Pick<DeckItemConfig, 'from' | 'to' | 'joinOverlay' | 'phoneImage'>
>;

export interface DeckActivityCreate {
  type: 'activity.create';
  id: string;
  kind: 'deck';
  /** Empty: the deck's title. */
  title: string;
  config: DeckCreateConfig;
}

/** The chair or speaker moves the deck item to a slide within its range (DECK-7). */
export interface DeckGoto {
  type: 'deck.goto';
  id: string;
  activityId: string;
  slide: number;
}

/** The slide a key moves to (DECK-7): null when the key is not a slide key or nothing moves. */
export function deckKeyTarget(key: string, slide: number, from: number, to: number): number | null {
  let next: number | null = null;
  if (key === 'ArrowRight' || key === 'PageDown' || key === ' ') next = slide + 1;
  else if (key === 'ArrowLeft' || key === 'PageUp') next = slide - 1;
  else if (key === 'Home') next = from;
  else if (key === 'End') next = to;
  if (next === null || next < from || next > to || next === slide) return null;
  return next;
}

/** The deck file's address on Vonk's own origin with a token (DECK-4), `#page=` for phones. */
export function deckFileUrl(code: string, deckId: string, token: string, page?: number): string {
  const e = encodeURIComponent;
  const base = `/api/events/${e(code)}/decks/${e(deckId)}/file?v=${e(token)}`;
  return page === undefined ? base : `${base}#page=${page}`;
}

/** A deck slide's JPEG for phones on Vonk's own origin (DECK-30), with a token or a key. */
export function deckSlideUrl(code: string, deckId: string, page: number, query: string): string {
  const e = encodeURIComponent;
  return `/api/events/${e(code)}/decks/${e(deckId)}/slides/${page}?${query}`;
}

// ---------------------------------------------------------------- frames at the boundary

// Range rules (from ≤ to ≤ pages) are the domain's, so a person gets the precise code.
const slideNo = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(DECK_LIMITS.maxPages));
const token = v.pipe(v.string(), v.maxLength(64));

export const DeckConfigPatchSchema = v.partial(
  v.strictObject({
    from: slideNo,
    to: slideNo,
    joinOverlay: v.boolean(),
    phoneImage: v.boolean(),
  }),
);

export const DeckCreateSchema = activityCreate(
  'deck',
  v.strictObject({
    deckId: entityId,
    from: v.optional(slideNo),
    to: v.optional(slideNo),
    joinOverlay: v.optional(v.boolean()),
    phoneImage: v.optional(v.boolean()),
    deckTitle: v.optional(v.pipe(v.string(), v.maxLength(DECK_LIMITS.titleLength * 2))),
    pages: v.optional(slideNo),
    screenToken: v.optional(token),
    phoneToken: v.optional(token),
  }),
);

export const DeckGotoSchema = v.object({
  type: v.literal('deck.goto'),
  id: clientId,
  activityId: entityId,
  // Any integer: out of range is the domain's `invalid` with the range in its message.
  slide: v.pipe(v.number(), v.integer()),
});
