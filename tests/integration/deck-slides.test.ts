// A deck slide's JPEG for phones over HTTP and real sockets (DECK-30, DECK-31): who may upload,
// which slide, what bytes; the room tells the phones; the phones' token opens the image only
// while the deck's phone view is on. The store's side on both databases is in
// store-decks.test.ts.

import { describe, expect, it, vi } from 'vitest';
import type { DeckActivity } from '../../shared/deck-item.js';
import { uploadDeck } from '../helpers/decks.js';
import { makeJpeg, makePng } from '../helpers/images.js';
import { deckPdf } from '../helpers/pdfs.js';
import { chairKey } from '../helpers/server.js';
import { showNewActivity, useEvent } from '../helpers/scenario.js';

const scene = useEvent('Dia op de telefoon');
const admin = () => ({ authorization: `Bearer ${scene.srv.adminToken}` });

const deckOf = (c: { activities: Map<string, unknown> }, id: string) =>
  c.activities.get(id) as DeckActivity | undefined;

async function speakerKey(): Promise<string> {
  const res = await fetch(`${scene.srv.url}/api/events`, { headers: admin() });
  const all = (await res.json()) as { code: string; rooms: { speakerUrl: string }[] }[];
  const links = all.find((e) => e.code === scene.ev.code)!;
  return new URL(links.rooms[0]!.speakerUrl).searchParams.get('k')!;
}

describe('a slide as an image for phones', () => {
  it('[DECK-30] [DECK-31] only the slide on screen, a JPEG of at most 1 MB, by a chair or speaker; phones learn it', async () => {
    const deck = await uploadDeck(scene.srv, scene.ev.code, scene.ev.rooms[0]!.id, 3);
    const base = `${scene.srv.url}/api/events/${scene.ev.code}/decks/${deck.id}`;
    const key = chairKey(scene.ev.chairUrl);
    const put = (page: number | string, query: string, body: Uint8Array, init: RequestInit = {}) =>
      fetch(`${base}/slides/${page}?${query}`, {
        method: 'PUT',
        headers: { 'content-type': 'image/jpeg' },
        body: body as Uint8Array<ArrayBuffer>,
        ...init,
      });
    const jpeg = makeJpeg(1280, 720);

    // The item offers the slide on phones from the start; the deck allows it.
    const projector = await scene.projector();
    const phone = await scene.participant('slides-phone-1');
    const chair = await scene.chair();
    const item: Parameters<typeof showNewActivity>[1] = {
      kind: 'deck',
      title: '',
      config: { deckId: deck.id, phoneImage: true },
    };
    const id = await showNewActivity(chair, item);
    const patch = await fetch(base, {
      method: 'PATCH',
      headers: { ...admin(), 'content-type': 'application/json' },
      body: JSON.stringify({ phoneView: true }),
    });
    expect(patch.status).toBe(200);
    await projector.until(() => deckOf(projector, id)?.config.pages === 3);
    await phone.until(() => deckOf(phone, id)?.config.phoneImage === true);
    const { screenToken, phoneToken } = deckOf(projector, id)!.config;
    const phoneHeard = () => deckOf(phone, id)?.config.images ?? [];
    expect(phoneHeard()).toEqual([]);

    const code = async (res: Response) =>
      ((await res.json()) as { error: { code: string } }).error.code;
    // Who: never the phones' token, never the screens' token (as public as the beamer), no one.
    expect((await put(1, `v=${phoneToken}`, jpeg)).status).toBe(403);
    expect((await put(1, `v=${screenToken}`, jpeg)).status).toBe(403);
    expect((await put(1, '', jpeg)).status).toBe(401);
    expect((await put(1, 'k=wrong', jpeg)).status).toBe(403);
    // Which slide: not one that is not on screen, not one the deck does not have.
    const later = await put(2, `k=${key}`, jpeg);
    expect(later.status).toBe(409);
    expect(await code(later)).toBe('not_current');
    const none = await put(4, `k=${key}`, jpeg);
    expect(none.status).toBe(404);
    expect(await code(none)).toBe('not_found');
    expect((await put('x', `k=${key}`, jpeg)).status).toBe(400);
    // What: a JPEG only, read and not just sniffed, at most 1 MB (a declared length or streamed).
    const png = await put(1, `k=${key}`, makePng(4, 4));
    expect(png.status).toBe(415);
    expect(await code(png)).toBe('not_jpeg');
    const pdf = await put(1, `k=${key}`, await deckPdf(1));
    expect(await code(pdf)).toBe('not_jpeg');
    const cut = await put(1, `k=${key}`, jpeg.subarray(0, 12));
    expect(cut.status).toBe(400);
    expect(await code(cut)).toBe('invalid_image');
    const big = new Uint8Array(1024 * 1024 + 1);
    big.set(jpeg);
    const tooBig = await put(1, `k=${key}`, big);
    expect(tooBig.status).toBe(413);
    expect(await code(tooBig)).toBe('too_large');
    const streamed = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < 5; i++) c.enqueue(new Uint8Array(256 * 1024));
        c.close();
      },
    });
    const chunked = await fetch(`${base}/slides/1?k=${key}`, {
      method: 'PUT',
      body: streamed,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(phoneHeard()).toEqual([]);

    // The chair's upload of slide 1: stored, and the phones learn it; a second one is kept out.
    const first = await put(1, `k=${key}`, jpeg);
    expect(first.status).toBe(201);
    expect(await first.json()).toEqual({ page: 1, stored: true });
    await phone.until(() => phoneHeard().includes(1));
    const again = await put(1, `k=${key}`, makeJpeg(640, 360));
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ page: 1, stored: false });

    // The speaker's key uploads slide 2 once it is on screen.
    expect((await chair.command({ type: 'deck.goto', activityId: id, slide: 2 })).type).toBe('ack');
    await phone.until(() => deckOf(phone, id)?.config.slide === 2);
    expect((await put(2, `k=${await speakerKey()}`, jpeg)).status).toBe(201);
    await phone.until(() => phoneHeard().includes(2));
    const late = await scene.participant('slides-phone-2');
    expect(deckOf(late, id)!.config.images).toEqual([1, 2]);

    // The phones' token opens the image while the phone view is on: the bytes as uploaded.
    const get = (page: number, query: string, headers: Record<string, string> = {}) =>
      fetch(`${base}/slides/${page}?${query}`, { headers });
    const got = await get(1, `v=${phoneToken}`);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/jpeg');
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await got.arrayBuffer()).equals(jpeg)).toBe(true);
    const etag = got.headers.get('etag')!;
    expect((await get(1, `v=${phoneToken}`, { 'if-none-match': etag })).status).toBe(304);
    expect((await get(1, `v=${screenToken}`)).status).toBe(200);
    // A hall of phones opening slide 2 together: one read of the image, the same bytes for all.
    const reads = vi.spyOn(scene.srv.store, 'getDeckSlide');
    const hall = await Promise.all(Array.from({ length: 20 }, () => get(2, `v=${phoneToken}`)));
    for (const res of hall) expect(Buffer.from(await res.arrayBuffer()).equals(jpeg)).toBe(true);
    expect(reads).toHaveBeenCalledTimes(1);
    reads.mockRestore();
    expect((await get(3, `v=${phoneToken}`)).status).toBe(404);
    expect((await get(1, '')).status).toBe(401);

    // The item's phone view off: the slide on screen is no longer taken.
    const off = await chair.command({
      type: 'activity.update',
      activityId: id,
      config: { phoneImage: false },
    });
    expect(off.type).toBe('ack');
    await phone.until(() => deckOf(phone, id)?.config.phoneImage === false);
    const notOffered = await put(2, `k=${key}`, jpeg);
    expect(notOffered.status).toBe(409);
    expect(await code(notOffered)).toBe('not_current');

    // The deck's phone view off: the phones' token opens nothing.
    await fetch(base, {
      method: 'PATCH',
      headers: { ...admin(), 'content-type': 'application/json' },
      body: JSON.stringify({ phoneView: false }),
    });
    expect((await get(1, `v=${phoneToken}`)).status).toBe(403);
    expect((await get(1, `k=${key}`)).status).toBe(200);

    // The deck deleted: its images go with it.
    expect((await fetch(base, { method: 'DELETE', headers: admin() })).status).toBe(204);
    expect((await get(1, `v=${screenToken}`)).status).toBe(404);
  });
});
