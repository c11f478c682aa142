// The deck file's tokens per role over real sockets (DECK-13): the phones never receive the
// screens' token, and the phones' one only while the chair offers the slide on the phone.

import { describe, expect, it } from 'vitest';
import { deckOf, showDeck, uploaderFor } from '../helpers/decks.js';
import { expectAck } from '../helpers/polls.js';
import { asRoomChair, useEvent } from '../helpers/scenario.js';

const scene = useEvent('Tokens');

const admin = () => ({ authorization: `Bearer ${scene.srv.adminToken}` });

const upload = uploaderFor(scene);
const phoneImage = (activityId: string, on: boolean) =>
  ({ type: 'activity.update', activityId, config: { phoneImage: on } }) as const;

describe('the deck file tokens per role', () => {
  it('[DECK-13] phones never get the screens token, the phones token only with phoneImage', async () => {
    const plenary = scene.ev.rooms[0]!.id;
    const deck = await upload(plenary, 3, 'Begroting');
    const base = `${scene.srv.url}/api/events/${scene.ev.code}/decks/${deck.id}`;
    const file = (token: string) => fetch(`${base}/file?v=${encodeURIComponent(token)}`);
    const phoneView = async (on: boolean) => {
      const res = await fetch(base, {
        method: 'PATCH',
        headers: { ...admin(), 'content-type': 'application/json' },
        body: JSON.stringify({ phoneView: on }),
      });
      expect(res.status).toBe(200);
    };

    const chair = await scene.chair();
    const phone = await scene.participant('tok-phone-1');
    const projector = await scene.projector();
    const id = await showDeck(chair, deck.id);
    await projector.until(() => deckOf(projector, id)?.config.pages === 3);
    await phone.until(() => deckOf(phone, id)?.config.pages === 3);
    const { screenToken, phoneToken } = deckOf(projector, id)!.config;
    expect(screenToken).not.toBe('');
    expect(deckOf(chair, id)!.config.screenToken).toBe(screenToken);
    expect(deckOf(phone, id)!.config).toMatchObject({ screenToken: '', phoneToken: '' });

    // The chair offers the slide on the phone: the item's switch and the deck's phoneView.
    expectAck(await chair.command(phoneImage(id, true)));
    await phoneView(true);
    await phone.until(() => deckOf(phone, id)?.config.phoneImage === true);
    expect(deckOf(phone, id)!.config).toMatchObject({ screenToken: '', phoneToken });
    expect((await file(phoneToken)).status).toBe(200);

    // A slide move and a phone that joins late: still without the screens' token.
    expect((await chair.command({ type: 'deck.goto', activityId: id, slide: 2 })).type).toBe('ack');
    await phone.until(() => deckOf(phone, id)?.config.slide === 2);
    const late = await scene.participant('tok-phone-2');
    expect(deckOf(late, id)!.config).toMatchObject({ slide: 2, screenToken: '', phoneToken });

    // Off again: gone from the phones' view, and the phones' token no longer opens the file.
    expectAck(await chair.command(phoneImage(id, false)));
    await phoneView(false);
    await phone.until(() => deckOf(phone, id)?.config.phoneImage === false);
    expect(deckOf(phone, id)!.config.phoneToken).toBe('');
    expect((await file(phoneToken)).status).toBe(403);

    // The screens keep theirs throughout; no phone frame ever carried it.
    expect(deckOf(projector, id)!.config.screenToken).toBe(screenToken);
    expect((await file(screenToken)).status).toBe(200);
    for (const c of [phone, late]) expect(JSON.stringify(c.messages)).not.toContain(screenToken);
    expect(JSON.stringify(projector.messages)).toContain(screenToken);
  });

  it('[DECK-14] the screens and the chair learn what comes after the deck, the phones do not', async () => {
    // A room of its own, so this agenda holds only what this test puts on it.
    const res = await fetch(`${scene.srv.url}/api/events/${scene.ev.code}/rooms`, {
      method: 'POST',
      headers: { ...admin(), 'content-type': 'text/csv' },
      body: 'naam\nZaal Hierna',
    });
    const [room] = ((await res.json()) as { rooms: { id: string; chairUrl: string }[] }).rooms;
    const deck = await upload(room!.id, 2, 'Plan');
    const chair = await asRoomChair(scene.srv, scene.ev, room!);
    const projector = await scene.projector({ roomId: room!.id });
    const phone = await scene.participant('tok-phone-3', { roomId: room!.id });
    const id = await showDeck(chair, deck.id);
    await projector.until(() => deckOf(projector, id)?.next === null);

    const poll = await chair.command({
      type: 'activity.create',
      kind: 'poll',
      title: 'Wat kies jij?',
      config: {},
    });
    expect(poll.type).toBe('ack');
    await projector.until(() => deckOf(projector, id)?.next?.title === 'Wat kies jij?');
    expect(deckOf(projector, id)!.next).toEqual({ kind: 'poll', title: 'Wat kies jij?' });
    await chair.until(() => deckOf(chair, id)?.next?.kind === 'poll');

    // Moved before the deck: the deck is last again.
    const pollId = (poll as { id: string }).id;
    const moved = await chair.command({ type: 'activity.move', activityId: pollId, index: 0 });
    expect(moved.type).toBe('ack');
    await projector.until(() => deckOf(projector, id)?.next === null);
    await phone.until(() => deckOf(phone, id)?.config.pages === 2);
    expect(JSON.stringify(phone.messages)).not.toContain('Wat kies jij?');
  });
});
