// Pitch decks (DECK-1…4): a room's slides as a PDF, uploaded by the organizer or a chair,
// checked (magic bytes, then a bounded inspection in a worker: decks/inspect.ts), kept in the
// store and served from Vonk's own origin to the screens that may show it.
//
// The file's URL carries an access token (`?v=`), an HMAC of the deck id: the screens' token
// opens it for the chair, speaker and projector; the phones' token only while the deck allows
// phone viewing. The organizer and the room's chairs open it with their own credentials.

import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { nanoid } from 'nanoid';
import * as v from 'valibot';
import { DECK_LIMITS, type DeckErrorCode, type DeckInfo } from '../../shared/deck.js';
import { isValidCode, normalizeCode } from '../../shared/limits.js';
import { findControl } from '../../shared/text-check.js';
import { DeckBytesCache } from '../decks/bytes-cache.js';
import { deckToken } from '../decks/item.js';
import type { DeckInspector } from '../decks/inspect.js';
import type { EventService } from '../events.js';
import type { DeckRecord, EventRecord, RoomRecord, Store } from '../store/types.js';
import { bearer } from './auth.js';
import { badBody, firstIssue, jsonError, needKey, readJson } from './errors.js';

export interface DeckDeps {
  store: Store;
  events: EventService;
  isAdmin(token: string | undefined): boolean;
  inspector: DeckInspector;
  /** The instance's HMAC key: deck access tokens are derived from it. */
  deckKey: string;
}

export function deckFilePath(code: string, deckId: string, token: string): string {
  return `/api/events/${encodeURIComponent(code)}/decks/${encodeURIComponent(deckId)}/file?v=${token}`;
}

export const sameToken = (a: string | undefined, b: string) =>
  a !== undefined &&
  a.length === b.length &&
  timingSafeEqual(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

const STATUS: Record<DeckErrorCode, 400 | 413 | 415 | 422 | 503> = {
  not_pdf: 415,
  too_large: 413,
  pdf_invalid: 422,
  pdf_encrypted: 422,
  pdf_no_pages: 422,
  pdf_too_many_pages: 422,
  pdf_page_size: 422,
  pdf_too_deep: 422,
  pdf_too_complex: 422,
  busy: 503,
};

const PatchSchema = v.strictObject({
  title: v.optional(
    v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(DECK_LIMITS.titleLength)),
  ),
  phoneView: v.optional(v.boolean()),
});

/**
 * Reads a request body of at most `max` bytes as it streams in: a declared length over the
 * limit is refused before a byte is read, and a body that grows past it is cut off there.
 */
export async function readLimited(c: Context, max: number): Promise<Uint8Array | 'too_large'> {
  const declared = Number(c.req.header('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > max) return 'too_large';
  const body = c.req.raw.body;
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      return 'too_large';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** A file name for Content-Disposition: the title, as ASCII for old clients and UTF-8 for all. */
function disposition(title: string): string {
  const base = title.replace(/\.pdf$/i, '').trim() || 'deck';
  const ascii = base.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  // RFC 8187: encodeURIComponent leaves ' ( ) * as they are, which the header may not carry.
  const utf8 = encodeURIComponent(base).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `inline; filename="${ascii}.pdf"; filename*=UTF-8''${utf8}.pdf`;
}

/** Uploads read at once: each holds up to 50 MB until it is checked and stored. */
export const UPLOADS_AT_ONCE = 4;
/** Served decks' bytes kept in memory, shared by the screens that open them together. */
export const SERVED_CACHE_BYTES = 200 * 1024 * 1024;

export function deckRoutes(deps: DeckDeps): Hono {
  const api = new Hono();
  let reading = 0;
  const served = new DeckBytesCache(SERVED_CACHE_BYTES);

  const info = (event: EventRecord, d: DeckRecord): DeckInfo => ({
    id: d.id,
    roomId: d.roomId,
    title: d.title,
    pages: d.pages,
    width: d.width,
    height: d.height,
    bytes: d.size,
    phoneView: d.phoneView,
    createdAt: d.createdAt,
    url: deckFilePath(event.code, d.id, deckToken(deps.deckKey, d.id, 'screen')),
  });

  const findEvent = async (c: Context): Promise<EventRecord | null> => {
    const code = normalizeCode(c.req.param('code') ?? '');
    return isValidCode(code) ? deps.store.getEventByCode(code) : null;
  };

  /** The organizer, the event's chair or this room's chair; else the refusal to answer. */
  const manager = (c: Context, event: EventRecord, room: RoomRecord): Response | null => {
    if (deps.isAdmin(bearer(c))) return null;
    const key = c.req.query('k');
    if (key !== undefined && deps.events.chairAllowed(event, room, key)) return null;
    if (key !== undefined) return jsonError(c, 403, 'forbidden', 'wrong or revoked chair link');
    return needKey(c);
  };

  const tooLarge = (c: Context) => {
    // The rest of the body is never read: the connection cannot be reused.
    c.header('Connection', 'close');
    return jsonError(
      c,
      413,
      'too_large',
      `a deck may be at most ${DECK_LIMITS.maxBytes / 1024 / 1024} MB`,
    );
  };

  /** Reads, checks and stores one upload. */
  const receive = async (c: Context, event: EventRecord, room: RoomRecord, title: string) => {
    const bytes = await readLimited(c, DECK_LIMITS.maxBytes);
    if (bytes === 'too_large') return tooLarge(c);
    if (bytes.byteLength === 0)
      return jsonError(c, 400, 'invalid', 'send the PDF itself as the request body');
    const checked = await deps.inspector.inspect(bytes);
    if (!checked.ok) {
      if (checked.code === 'busy') c.header('Retry-After', '5');
      return jsonError(c, STATUS[checked.code], checked.code, checked.message);
    }
    const deck: DeckRecord = {
      id: nanoid(16),
      eventId: event.id,
      roomId: room.id,
      title: title || `${room.name} (${checked.pages})`,
      pages: checked.pages,
      width: checked.width,
      height: checked.height,
      size: bytes.byteLength,
      hash: createHash('sha256').update(bytes).digest('hex'),
      phoneView: false,
      createdAt: Date.now(),
    };
    await deps.store.putDeck(deck, bytes);
    return c.json({ deck: info(event, deck) }, 201);
  };

  api.post('/events/:code/rooms/:roomId/decks', async (c) => {
    const event = await findEvent(c);
    if (!event) return jsonError(c, 404, 'not_found', 'unknown event code');
    const room = await deps.store.getRoom(c.req.param('roomId'));
    if (!room || room.eventId !== event.id) return jsonError(c, 404, 'not_found', 'unknown room');
    const refused = manager(c, event, room);
    if (refused) return refused;
    const title = (c.req.query('title') ?? '').trim();
    if (title.length > DECK_LIMITS.titleLength || findControl(title))
      return jsonError(
        c,
        400,
        'invalid',
        `title: at most ${DECK_LIMITS.titleLength} characters, no control characters`,
        'title',
      );
    if (!deps.inspector.free) {
      c.header('Retry-After', '5');
      c.header('Connection', 'close');
      return jsonError(c, 503, 'busy', 'other decks are being checked; try again in a moment');
    }
    if (reading >= UPLOADS_AT_ONCE) {
      c.header('Retry-After', '5');
      c.header('Connection', 'close');
      return jsonError(c, 503, 'busy', 'other decks are being uploaded; try again in a moment');
    }
    // Counted until stored or refused: the bytes are held all that time.
    reading++;
    try {
      return await receive(c, event, room, title);
    } finally {
      reading--;
    }
  });

  api.get('/events/:code/decks', async (c) => {
    const event = await findEvent(c);
    if (!event) return jsonError(c, 404, 'not_found', 'unknown event code');
    const decks = await deps.store.listDecks(event.id);
    const wanted = c.req.query('room');
    const rooms = await deps.store.listRooms(event.id);
    if (wanted !== undefined && !rooms.some((r) => r.id === wanted))
      return jsonError(c, 404, 'not_found', 'unknown room', 'room');
    const organizer = deps.isAdmin(bearer(c));
    const key = c.req.query('k');
    const visible = rooms.filter(
      (r) =>
        (wanted === undefined || r.id === wanted) &&
        (organizer || (key !== undefined && deps.events.chairAllowed(event, r, key))),
    );
    if (visible.length === 0 && !organizer) {
      if (key !== undefined) return jsonError(c, 403, 'forbidden', 'wrong or revoked chair link');
      return jsonError(
        c,
        401,
        'unauthorized',
        'the chair link key (?k=) or the organizer token is required',
      );
    }
    const ids = new Set(visible.map((r) => r.id));
    return c.json({ decks: decks.filter((d) => ids.has(d.roomId)).map((d) => info(event, d)) });
  });

  /** The deck of `:deckId` in the event of `:code`, and whether the caller may change it. */
  const ownDeck = async (
    c: Context,
  ): Promise<{ event: EventRecord; deck: DeckRecord } | Response> => {
    const event = await findEvent(c);
    if (!event) return jsonError(c, 404, 'not_found', 'unknown event code');
    const deck = await deps.store.getDeck(c.req.param('deckId') ?? '');
    const room = deck ? await deps.store.getRoom(deck.roomId) : null;
    if (!deck || !room || deck.eventId !== event.id)
      return jsonError(c, 404, 'not_found', 'no such deck');
    return manager(c, event, room) ?? { event, deck };
  };

  api.patch('/events/:code/decks/:deckId', async (c) => {
    const found = await ownDeck(c);
    if (found instanceof Response) return found;
    const body = await readJson(c);
    if (!body.ok) return badBody(c, body, 'body must be JSON');
    const parsed = v.safeParse(PatchSchema, body.value);
    if (!parsed.success) {
      const { field, message } = firstIssue(parsed.issues);
      return jsonError(c, 400, 'invalid', `${field ?? 'body'}: ${message}`, field);
    }
    await deps.store.updateDeck(found.deck.id, parsed.output);
    const deck = await deps.store.getDeck(found.deck.id);
    return deck
      ? c.json({ deck: info(found.event, deck) })
      : jsonError(c, 404, 'not_found', 'no such deck');
  });

  api.delete('/events/:code/decks/:deckId', async (c) => {
    const found = await ownDeck(c);
    if (found instanceof Response) return found;
    await deps.store.deleteDeck(found.deck.id);
    served.delete(found.deck.id);
    return c.body(null, 204);
  });

  api.get('/events/:code/decks/:deckId/file', async (c) => {
    const event = await findEvent(c);
    const deck = event ? await deps.store.getDeck(c.req.param('deckId')) : null;
    if (!event || !deck || deck.eventId !== event.id)
      return jsonError(c, 404, 'not_found', 'no such deck');
    const token = c.req.query('v');
    const key = c.req.query('k');
    const room = await deps.store.getRoom(deck.roomId);
    const allowed =
      sameToken(token, deckToken(deps.deckKey, deck.id, 'screen')) ||
      (deck.phoneView && sameToken(token, deckToken(deps.deckKey, deck.id, 'phone'))) ||
      deps.isAdmin(bearer(c)) ||
      (key !== undefined && room !== null && deps.events.chairAllowed(event, room, key));
    if (!allowed) {
      if (sameToken(token, deckToken(deps.deckKey, deck.id, 'phone')))
        return jsonError(c, 403, 'forbidden', 'this deck is not shown on phones');
      return jsonError(c, 403, 'forbidden', "the deck's link is needed to open it");
    }
    const etag = `"${deck.hash}"`;
    c.header('ETag', etag);
    // Checked again on every use, so a deleted deck or a closed phone view is never served
    // from a cache; unchanged, the answer is a 304 without the bytes.
    c.header('Cache-Control', 'private, no-cache');
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Content-Disposition', disposition(deck.title));
    const match = c.req.header('if-none-match');
    if (match !== undefined && match.split(',').some((m) => m.trim() === etag || m.trim() === '*'))
      return c.body(null, 304);
    const bytes = await served.get(deck.id, () => deps.store.getDeckBytes(deck.id));
    if (!bytes) return jsonError(c, 404, 'not_found', 'no such deck');
    c.header('Content-Type', 'application/pdf');
    c.header('Content-Length', String(bytes.byteLength));
    return c.body(bytes as Uint8Array<ArrayBuffer>);
  });

  return api;
}
