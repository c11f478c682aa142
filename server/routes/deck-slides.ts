// A deck slide as a JPEG for phones (DECK-30…33): the presenting screen (the chair's console or
// the speaker screen that drives the deck) draws the slide on screen with pdf.js and uploads it
// here; phones open that small image instead of the whole PDF, from Vonk's own origin.
//
// PUT takes a chair secret, the room's speaker secret or the organizer's token (never the
// screens' token, which is as public as the beamer, nor the phones'), only for the slide on
// screen of a deck item whose phone view is on; the first image of a page is kept. Then the
// room learns it (`deck.imaged`), so phones show their "Bekijk dia" link.

import { Hono, type Context } from 'hono';
import { DECK_LIMITS } from '../../shared/deck.js';
import { isValidCode, normalizeCode } from '../../shared/limits.js';
import { DeckBytesCache } from '../decks/bytes-cache.js';
import { deckToken } from '../decks/item.js';
import type { EventService } from '../events.js';
import { checkImage } from '../image-header.js';
import type { RoomRegistry } from '../rooms/registry.js';
import type { DeckRecord, EventRecord, RoomRecord, Store } from '../store/types.js';
import { bearer } from './auth.js';
import { readLimited, sameToken } from './decks.js';
import { jsonError, needKey } from './errors.js';

export interface DeckSlideDeps {
  store: Store;
  events: EventService;
  registry: RoomRegistry;
  isAdmin(token: string | undefined): boolean;
  deckKey: string;
}

/** Slide images kept in memory, shared by the phones that open one together (~100 of them). */
export const SLIDE_CACHE_BYTES = 32 * 1024 * 1024;

interface Found {
  event: EventRecord;
  room: RoomRecord;
  deck: DeckRecord;
  page: number;
}

/** The path that matches a slide upload: its body has a limit of its own (app.ts). */
export const DECK_SLIDE_PUT = /^\/api\/events\/[^/]+\/decks\/[^/]+\/slides\/[^/]+$/;

export function deckSlideRoutes(deps: DeckSlideDeps): Hono {
  const api = new Hono();
  const served = new DeckBytesCache(SLIDE_CACHE_BYTES);
  const token = (d: DeckRecord, audience: 'screen' | 'phone') =>
    deckToken(deps.deckKey, d.id, audience);

  /** The event, room and deck of the path, and the page (1…pages); else the answer. */
  const find = async (c: Context): Promise<Found | Response> => {
    const code = normalizeCode(c.req.param('code') ?? '');
    const event = isValidCode(code) ? await deps.store.getEventByCode(code) : null;
    const deck = event ? await deps.store.getDeck(c.req.param('deckId') ?? '') : null;
    const room = deck ? await deps.store.getRoom(deck.roomId) : null;
    if (!event || !deck || !room || deck.eventId !== event.id)
      return jsonError(c, 404, 'not_found', 'no such deck');
    const raw = c.req.param('page') ?? '';
    const page = /^[0-9]{1,4}$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isInteger(page))
      return jsonError(c, 400, 'invalid', 'page: a slide number', 'page');
    return { event, room, deck, page };
  };
  const noSuchPage = (c: Context, f: Found) =>
    jsonError(
      c,
      404,
      'not_found',
      `this deck has slides 1 to ${f.deck.pages}; there is no slide ${f.page}`,
      'page',
    );

  api.put('/events/:code/decks/:deckId/slides/:page', async (c) => {
    const f = await find(c);
    if (f instanceof Response) return f;
    const key = c.req.query('k');
    const v = c.req.query('v');
    const presenter =
      deps.isAdmin(bearer(c)) ||
      (key !== undefined &&
        (deps.events.chairAllowed(f.event, f.room, key) ||
          deps.events.speakerAllowed(f.event, f.room, key)));
    if (!presenter) {
      if (sameToken(v, token(f.deck, 'phone')))
        return jsonError(c, 403, 'forbidden', 'a phone cannot upload slides');
      if (sameToken(v, token(f.deck, 'screen')))
        return jsonError(
          c,
          403,
          'forbidden',
          "the projector's link cannot upload slides: the chair's or the speaker's link can",
        );
      if (key !== undefined) return jsonError(c, 403, 'forbidden', 'wrong or revoked link');
      return needKey(c);
    }
    if (f.page < 1 || f.page > f.deck.pages) return noSuchPage(c, f);
    const bytes = await readLimited(c, DECK_LIMITS.slideImageBytes);
    if (bytes === 'too_large') {
      c.header('Connection', 'close');
      return jsonError(c, 413, 'too_large', 'a slide image may be at most 1 MB');
    }
    const image = checkImage(bytes);
    if (!image.ok || image.mime !== 'image/jpeg') {
      const jpegStart = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
      return jpegStart && !image.ok
        ? jsonError(c, 400, 'invalid_image', image.message)
        : jsonError(c, 415, 'not_jpeg', 'a slide image must be a JPEG (image/jpeg)');
    }
    const live = await deps.registry.get(f.room.id);
    const state = live?.state;
    const current = state?.room.currentActivityId
      ? state.activities.get(state.room.currentActivityId)
      : undefined;
    if (
      current?.kind !== 'deck' ||
      current.config.deckId !== f.deck.id ||
      !current.config.phoneImage ||
      current.config.slide !== f.page
    )
      return jsonError(
        c,
        409,
        'not_current',
        `slide ${f.page} of this deck is not on screen with the phones' view on`,
        'page',
      );
    const stored = await deps.store.putDeckSlide(f.deck.id, f.page, bytes, Date.now());
    // Written even when the image was there: a crash between the two is mended by a retry,
    // and the change's id makes it one change.
    await live!.write({
      t: 'changes',
      changes: [
        {
          clientId: `deck-image:${current.id}:${f.page}`,
          event: { type: 'deck.imaged', deckId: f.deck.id, page: f.page },
        },
      ],
    });
    return c.json({ page: f.page, stored }, stored ? 201 : 200);
  });

  api.get('/events/:code/decks/:deckId/slides/:page', async (c) => {
    const f = await find(c);
    if (f instanceof Response) return f;
    const v = c.req.query('v');
    const key = c.req.query('k');
    const phone = sameToken(v, token(f.deck, 'phone'));
    const allowed =
      sameToken(v, token(f.deck, 'screen')) ||
      (phone && f.deck.phoneView) ||
      deps.isAdmin(bearer(c)) ||
      (key !== undefined && deps.events.chairAllowed(f.event, f.room, key));
    if (!allowed) {
      if (phone) return jsonError(c, 403, 'forbidden', 'this deck is not shown on phones');
      if (key === undefined && v === undefined) return needKey(c);
      return jsonError(c, 403, 'forbidden', "the deck's link is needed to open its slides");
    }
    if (f.page < 1 || f.page > f.deck.pages) return noSuchPage(c, f);
    // A page's image never changes once stored (the first is kept), so its id is its version.
    const etag = `"${f.deck.id}-${f.page}"`;
    const revalidated = c.req
      .header('if-none-match')
      ?.split(',')
      .some((m) => m.trim() === etag);
    // A hall of phones opening the slide at once costs one read of it, not one each.
    const bytes = revalidated
      ? null
      : await served.get(`${f.deck.id}:${f.page}`, async () =>
          deps.store.getDeckSlide(f.deck.id, f.page).then((s) => s?.bytes ?? null),
        );
    if (!revalidated && !bytes)
      return jsonError(c, 404, 'not_found', `slide ${f.page} has no image yet`, 'page');
    c.header('ETag', etag);
    // Checked on every use: a closed phone view or a deleted deck is never served from a cache.
    c.header('Cache-Control', 'private, no-cache');
    c.header('X-Content-Type-Options', 'nosniff');
    if (!bytes) return c.body(null, 304);
    c.header('Content-Type', 'image/jpeg');
    c.header('Content-Length', String(bytes.byteLength));
    return c.body(bytes as Uint8Array<ArrayBuffer>);
  });

  return api;
}
