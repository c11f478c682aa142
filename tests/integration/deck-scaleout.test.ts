// A deck item on several instances (DECK-16), over PostgreSQL and Redis: created through one
// instance, moved by a speaker on the other, followed by projectors on both; a projector that
// reconnects through the other instance lands on the current slide, and the file opens there.

import { describe, expect, it } from 'vitest';
import { hasBackends, useTwoInstances } from '../helpers/two-instances.js';
import type { RoomLinks } from '../../shared/api-types.js';
import type { DeckInfo } from '../../shared/deck.js';
import type { DeckActivity } from '../../shared/deck-item.js';
import { makeJpeg } from '../helpers/images.js';
import { deckPdf } from '../helpers/pdfs.js';
import { chairKey, GENEROUS } from '../helpers/server.js';
import { TestClient } from '../helpers/ws-client.js';
import { newActivity } from '../helpers/scenario.js';

const { env } = useTwoInstances({ rateLimits: GENEROUS });
const deckOf = (c: TestClient, id: string) => c.activities.get(id) as DeckActivity | undefined;

describe.skipIf(!hasBackends)('a deck item on several instances', () => {
  it('[DECK-16][DECK-31] made on A, moved by a speaker on B; projectors on both follow, a slide image through B reaches both, a reconnect lands on it', async () => {
    const { a, b } = env;
    const ev = await a.createEvent('Pitch op twee instanties');
    const auth = { authorization: `Bearer ${a.adminToken}` };
    const room = ev.rooms[0]!.id;
    const up = await fetch(`${a.url}/api/events/${ev.code}/rooms/${room}/decks?title=Twee`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/pdf' },
      body: (await deckPdf(4)) as Uint8Array<ArrayBuffer>,
    });
    expect(up.status).toBe(201);
    const deck = ((await up.json()) as { deck: DeckInfo }).deck;
    const all = (await (await fetch(`${a.url}/api/events`, { headers: auth })).json()) as {
      code: string;
      rooms: RoomLinks[];
    }[];
    const links = all.find((e) => e.code === ev.code)!;
    const speakerKey = new URL(links.rooms[0]!.speakerUrl).searchParams.get('k')!;

    const chair = await TestClient.connect(a.url, {
      role: 'chair',
      eventCode: ev.code,
      key: chairKey(ev.chairUrl),
    });
    const onA = await TestClient.connect(a.url, { role: 'projector', eventCode: ev.code });
    const onB = await TestClient.connect(b.url, { role: 'projector', eventCode: ev.code });
    const speaker = await TestClient.connect(b.url, {
      role: 'projector',
      eventCode: ev.code,
      key: speakerKey,
    });
    const id = await newActivity(chair, { kind: 'deck', title: '', config: { deckId: deck.id } });
    expect((await chair.command({ type: 'activity.show', activityId: id })).type).toBe('ack');
    for (const p of [onA, onB, speaker]) {
      await p.until(() => deckOf(p, id)?.config.slide === 1, 20_000);
    }

    for (const slide of [2, 3]) {
      const out = await speaker.command({ type: 'deck.goto', activityId: id, slide });
      expect(out.type).toBe('ack');
      for (const p of [onA, onB])
        await p.until(() => deckOf(p, id)?.config.slide === slide, 20_000);
    }

    // The slide's image for phones (DECK-30, DECK-31) uploaded through B by the speaker's key:
    // stored once in PostgreSQL, the room told through its owner, every screen learns it.
    const offer = await chair.command({
      type: 'activity.update',
      activityId: id,
      config: { phoneImage: true },
    });
    expect(offer.type).toBe('ack');
    await speaker.until(() => deckOf(speaker, id)?.config.phoneImage === true, 20_000);
    const jpeg = makeJpeg(1280, 720);
    const put = await fetch(
      `${b.url}/api/events/${ev.code}/decks/${deck.id}/slides/3?k=${speakerKey}`,
      {
        method: 'PUT',
        headers: { 'content-type': 'image/jpeg' },
        body: jpeg as Uint8Array<ArrayBuffer>,
      },
    );
    expect(put.status).toBe(201);
    for (const p of [onA, onB, chair])
      await p.until(() => deckOf(p, id)?.config.images?.includes(3) === true, 20_000);
    const screenToken = deckOf(onA, id)!.config.screenToken;
    const image = await fetch(
      `${a.url}/api/events/${ev.code}/decks/${deck.id}/slides/3?v=${screenToken}`,
    );
    expect(Buffer.from(await image.arrayBuffer()).equals(jpeg)).toBe(true);

    // Through B again: the current slide from the snapshot; the screens' token opens it on B.
    onB.close();
    const again = await TestClient.connect(b.url, { role: 'projector', eventCode: ev.code });
    await again.until(() => deckOf(again, id)?.config.slide === 3, 20_000);
    expect(deckOf(again, id)!.config.images).toEqual([3]);
    const token = deckOf(again, id)!.config.screenToken;
    const file = await fetch(`${b.url}/api/events/${ev.code}/decks/${deck.id}/file?v=${token}`);
    expect(file.status).toBe(200);
    for (const c of [again, onA, speaker, chair]) c.close();
  });
});
