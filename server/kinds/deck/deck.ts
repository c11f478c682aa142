// A deck item's rules (DECK-6, DECK-7, DECK-9): its defaults, the slide range it shows, and the
// chair's or speaker's move to a slide. The stored deck (its title, pages and file tokens) is
// looked up before the command reaches the room (rooms/deck-item.ts): this code stays pure.

import type { DeckActivity, DeckGoto, DeckItemConfig } from '../../../shared/deck-item.js';
import { DeckConfigPatchSchema } from '../../../shared/deck-item.js';
import type { CreateOf } from '../kind.js';
import { ErrorCode } from '../../../shared/protocol.js';
import * as v from 'valibot';
import { isModerator } from '../../domain/actors.js';
import { cleanText } from '../../domain/text.js';
import {
  fail,
  ok,
  type Actor,
  type Dirty,
  type Result,
  type RoomState,
} from '../../domain/types.js';

/** The slide on screen moved (DECK-7). */
export interface DeckMoved {
  type: 'deck.moved';
  activityId: string;
  slide: number;
}

/** A slide's JPEG for phones was stored (DECK-31): written by the server, never by a client. */
export interface DeckImaged {
  type: 'deck.imaged';
  deckId: string;
  page: number;
}

export type DeckEvent = DeckMoved | DeckImaged;

/** `from`–`to` within 1…pages, from ≤ to (DECK-9); the message names the allowed range. */
export function checkRange(from: number, to: number, pages: number): Result<true> {
  if (from < 1 || to > pages || from > to) {
    const field = from < 1 || from > pages ? 'from' : 'to';
    return fail(
      ErrorCode.Invalid,
      `the slides run from 1 to ${pages}, and "from" (${from}) is at most "to" (${to})`,
      field,
    );
  }
  return ok(true);
}

/** A slide kept inside the item's range. */
export const clampSlide = (slide: number, from: number, to: number): number =>
  Math.min(Math.max(slide, from), to);

export function newDeckItem(cmd: CreateOf<'deck'>, order: number): Result<DeckActivity> {
  const c = cmd.config;
  // Filled in from the stored deck before the room decides; missing: not a deck of this room.
  if (c.pages === undefined || c.deckTitle === undefined || !c.screenToken || !c.phoneToken) {
    return fail(ErrorCode.NotFound, 'no such deck in this room', 'deckId');
  }
  const from = c.from ?? 1;
  const to = c.to ?? c.pages;
  const range = checkRange(from, to, c.pages);
  if (!range.ok) return range;
  const config: DeckItemConfig = {
    deckId: c.deckId,
    deckTitle: c.deckTitle,
    pages: c.pages,
    from,
    to,
    slide: from,
    joinOverlay: c.joinOverlay ?? false,
    phoneImage: c.phoneImage ?? false,
    screenToken: c.screenToken,
    phoneToken: c.phoneToken,
  };
  const title = cleanText(cmd.title) || c.deckTitle;
  return ok({ id: cmd.id, kind: 'deck', title, order, config });
}

/** The cleaned patch of a deck item's settings; the slide on screen follows a new range. */
export function deckPatch(a: DeckActivity, patch: object): Result<Partial<DeckItemConfig>> {
  if (!v.is(DeckConfigPatchSchema, patch)) {
    return fail(ErrorCode.Invalid, 'these are not the settings of a presentation', 'config');
  }
  const from = patch.from ?? a.config.from;
  const to = patch.to ?? a.config.to;
  const range = checkRange(from, to, a.config.pages);
  if (!range.ok) return range;
  return ok({ ...patch, slide: clampSlide(a.config.slide, from, to) });
}

export function findDeckItem(state: RoomState, id: string): DeckActivity | null {
  const a = state.activities.get(id);
  return a?.kind === 'deck' ? a : null;
}

/** Only a chair, the organizer or the speaker screen moves slides; only within the item's range (DECK-7). */
export function decideGoto(state: RoomState, actor: Actor, cmd: DeckGoto): Result<DeckMoved> {
  if (!isModerator(actor) && actor.presenter !== true) {
    return fail(ErrorCode.Forbidden, 'only a chair or the speaker moves the slides');
  }
  const a = findDeckItem(state, cmd.activityId);
  if (!a) return fail(ErrorCode.NotFound, 'no such presentation', 'activityId');
  const { from, to } = a.config;
  if (cmd.slide < from || cmd.slide > to) {
    return fail(ErrorCode.Invalid, `this item shows slides ${from} to ${to}`, 'slide');
  }
  return ok({ type: 'deck.moved', activityId: a.id, slide: cmd.slide });
}

/**
 * A deck item as the phones see it (DECK-13): never the screens' file token, and the phones'
 * one only while the item offers its link (`phoneImage`). Any other activity as it is.
 */
export function deckForPhones<T extends { kind: string }>(a: T): T {
  if (a.kind !== 'deck') return a;
  const d = a as unknown as DeckActivity;
  const phoneToken = d.config.phoneImage ? d.config.phoneToken : '';
  const { next: _next, ...rest } = d;
  return { ...rest, config: { ...d.config, screenToken: '', phoneToken } } as unknown as T;
}

/** A deck item with the agenda item after it (DECK-14); any other activity as it is. */
export function deckWithNext<T extends { kind: string; id: string }>(state: RoomState, a: T): T {
  if (a.kind !== 'deck') return a;
  const after = state.agenda[state.agenda.indexOf(a.id) + 1];
  const n = after !== undefined ? state.activities.get(after) : undefined;
  return { ...a, next: n ? { kind: n.kind, title: n.title } : null };
}

/** Every deck item of `deckId` learns that its page has an image now (DECK-31). */
export function applyImaged(state: RoomState, e: DeckImaged): Dirty[] {
  const dirty: Dirty[] = [];
  for (const a of state.activities.values()) {
    if (a.kind !== 'deck' || a.config.deckId !== e.deckId) continue;
    const images = a.config.images ?? [];
    if (images.includes(e.page)) continue;
    state.activities.set(a.id, { ...a, config: { ...a.config, images: [...images, e.page] } });
    dirty.push({ kind: 'activity', id: a.id });
  }
  return dirty;
}
