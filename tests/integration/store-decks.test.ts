// The store contract for decks (DECK-3), on SQLite and PostgreSQL: the bytes come back exactly,
// a list never carries them, changes and deletes hold, and an event's deletion takes its decks;
// a slide's image for phones (DECK-30) is kept once per page and goes with its deck.

import { nanoid } from 'nanoid';
import { describe, expect, it } from 'vitest';
import type { DeckRecord } from '../../server/store/types.js';
import { event, room, useStores } from '../helpers/store-fixtures.js';

const { backends, opened } = await useStores();

function seed() {
  const e = event({ name: 'Themamiddag' });
  return { event: e, room: room(e.id) };
}

const deck = (eventId: string, roomId: string, over: Partial<DeckRecord> = {}): DeckRecord => ({
  id: nanoid(16),
  eventId,
  roomId,
  title: 'De burger centraal',
  pages: 12,
  width: 960,
  height: 540.5,
  size: 0,
  hash: 'b'.repeat(64),
  phoneView: false,
  createdAt: Date.now(),
  ...over,
});

describe.each(backends)('store decks: $name', (backend) => {
  it('[DECK-3] keeps the bytes exactly, lists without them, changes and deletes', async () => {
    const store = await (await backend.fresh()).open();
    opened.push(store);
    const { event, room } = seed();
    await store.createEvent(event, [room]);
    const bytes = new Uint8Array(300_000).map((_, i) => (i * 7919) % 256);
    const a = deck(event.id, room.id, { size: bytes.length, createdAt: 1 });
    const b = deck(event.id, room.id, { title: 'Tweede', createdAt: 2 });
    await store.putDeck(a, bytes);
    await store.putDeck(b, new Uint8Array([37, 80, 68, 70]));
    expect(await store.getDeck(a.id)).toEqual(a);
    expect(await store.getDeckBytes(a.id)).toEqual(bytes);
    expect((await store.listDecks(event.id)).map((d) => d.id)).toEqual([a.id, b.id]);
    expect(Object.keys((await store.listDecks(event.id))[0]!)).not.toContain('bytes');

    await store.updateDeck(a.id, { phoneView: true });
    await store.updateDeck(a.id, { title: 'Nieuw' });
    expect(await store.getDeck(a.id)).toMatchObject({ phoneView: true, title: 'Nieuw' });
    expect(await store.deleteDeck(b.id)).toBe(true);
    expect(await store.deleteDeck(b.id)).toBe(false);
    expect(await store.getDeck(b.id)).toBeNull();

    expect(await store.deleteEvent(event.id)).toBe(true);
    expect(await store.getDeck(a.id)).toBeNull();
    expect(await store.getDeckBytes(a.id)).toBeNull();
    expect(await store.listDecks(event.id)).toEqual([]);
  });

  it('[DECK-30] keeps the first image of a slide, exactly; the deck and the event take them along', async () => {
    const store = await (await backend.fresh()).open();
    opened.push(store);
    const { event, room } = seed();
    await store.createEvent(event, [room]);
    const a = deck(event.id, room.id);
    const b = deck(event.id, room.id);
    await store.putDeck(a, new Uint8Array([37, 80, 68, 70]));
    await store.putDeck(b, new Uint8Array([37, 80, 68, 70]));
    const jpeg = new Uint8Array(200_000).map((_, i) => (i * 31) % 256);
    expect(await store.putDeckSlide(a.id, 4, jpeg, 10)).toBe(true);
    expect(await store.putDeckSlide(a.id, 4, new Uint8Array([1, 2, 3]), 20)).toBe(false);
    expect(await store.getDeckSlide(a.id, 4)).toEqual({ bytes: jpeg, createdAt: 10 });
    expect(await store.getDeckSlide(a.id, 5)).toBeNull();
    expect(await store.putDeckSlide(b.id, 1, jpeg, 30)).toBe(true);

    await store.deleteDeck(a.id);
    expect(await store.getDeckSlide(a.id, 4)).toBeNull();
    // A new deck under the same id would not find an old image.
    await store.putDeck(a, new Uint8Array([37, 80, 68, 70]));
    expect(await store.getDeckSlide(a.id, 4)).toBeNull();
    await store.deleteEvent(event.id);
    expect(await store.getDeckSlide(b.id, 1)).toBeNull();
  });
});
