// A deck as an agenda item over real sockets (DECK-6, DECK-7): a PDF uploaded over HTTP, put on
// the agenda by the chair, moved by the chair and by the speaker link; every projector follows,
// a reconnecting one lands on the current slide; phones, a plain projector, another room's deck
// and out-of-range slides are refused with their codes.

import { describe, expect, it } from 'vitest';
import type { RoomLinks } from '../../shared/api-types.js';
import { deckOf, showDeck, uploaderFor } from '../helpers/decks.js';
import { useEvent } from '../helpers/scenario.js';

const scene = useEvent('Presentatie');

const upload = uploaderFor(scene);

describe('a deck on the agenda over the socket', () => {
  it('[DECK-6][DECK-7] the chair moves slides, projectors follow, a reconnecting one lands on it', async () => {
    const plenary = scene.ev.rooms[0]!.id;
    const deck = await upload(plenary, 4, 'Pitch Buurtbus');
    const chair = await scene.chair();
    const projector = await scene.projector();
    const id = await showDeck(chair, deck.id);
    await projector.until(() => deckOf(projector, id)?.config.pages === 4);
    expect(deckOf(projector, id)).toMatchObject({
      title: 'Pitch Buurtbus',
      config: { from: 1, to: 4, slide: 1, deckTitle: 'Pitch Buurtbus' },
    });

    // The screens' token opens the file; the phones' one does not while phoneView is off.
    const file = (token: string) =>
      fetch(`${scene.srv.url}/api/events/${scene.ev.code}/decks/${deck.id}/file?v=${token}`);
    const cfg = deckOf(projector, id)!.config;
    expect((await file(cfg.screenToken)).status).toBe(200);
    expect((await file(cfg.phoneToken)).status).toBe(403);

    // Time from the chair's command to the projector's frame (the hall's 200 ms budget).
    const times: number[] = [];
    for (const slide of [2, 3]) {
      const t0 = performance.now();
      expect((await chair.command({ type: 'deck.goto', activityId: id, slide })).type).toBe('ack');
      await projector.until(() => deckOf(projector, id)?.config.slide === slide);
      times.push(performance.now() - t0);
    }
    console.warn(`deck.goto → projector: ${times.map((t) => t.toFixed(1)).join(' ms, ')} ms`);

    const late = await scene.projector();
    expect(deckOf(late, id)?.config.slide).toBe(3);

    const out = await chair.command({ type: 'deck.goto', activityId: id, slide: 5 });
    expect(out).toMatchObject({ type: 'error', code: 'invalid' });
  });

  it('[DECK-7] the speaker link moves slides; phones and a projector without the key may not', async () => {
    const plenary = scene.ev.rooms[0]!.id;
    const deck = await upload(plenary, 3, 'Spreker');
    const chair = await scene.chair();
    const id = await showDeck(chair, deck.id);
    const all = (await (
      await fetch(`${scene.srv.url}/api/events`, {
        headers: { authorization: `Bearer ${scene.srv.adminToken}` },
      })
    ).json()) as { code: string; rooms: RoomLinks[] }[];
    const links = all.find((e) => e.code === scene.ev.code)!;
    const speakerKey = new URL(links.rooms[0]!.speakerUrl).searchParams.get('k')!;
    expect(speakerKey).toBeTruthy();
    const speaker = await scene.projector({ key: speakerKey });
    expect((await speaker.command({ type: 'deck.goto', activityId: id, slide: 2 })).type).toBe(
      'ack',
    );
    const plain = await scene.projector();
    expect(await plain.command({ type: 'deck.goto', activityId: id, slide: 3 })).toMatchObject({
      type: 'error',
      code: 'forbidden',
    });
    const phone = await scene.participant('deck-phone-1');
    expect(await phone.command({ type: 'deck.goto', activityId: id, slide: 3 })).toMatchObject({
      type: 'error',
      code: 'forbidden',
    });
    expect(
      await phone.command({
        type: 'activity.create',
        kind: 'deck',
        title: '',
        config: { deckId: deck.id },
      }),
    ).toMatchObject({ type: 'error', code: 'forbidden' });
    const wrong = await scene.projector({ key: 'not-the-key' });
    expect(wrong.closed).not.toBeNull();
    await chair.until(() => deckOf(chair, id)?.config.slide === 2);
  });

  it('[DECK-6] a deck of another room, or none, is not_found; the server fills in the deck', async () => {
    const res = await fetch(`${scene.srv.url}/api/events/${scene.ev.code}/rooms`, {
      method: 'POST',
      headers: { authorization: `Bearer ${scene.srv.adminToken}`, 'content-type': 'text/csv' },
      body: 'naam\nTafel 3',
    });
    const [t3] = ((await res.json()) as { rooms: RoomLinks[] }).rooms as [RoomLinks];
    const other = await upload(t3.id, 2, 'Andere zaal');
    const chair = await scene.chair();
    const foreign = await chair.command({
      type: 'activity.create',
      kind: 'deck',
      title: '',
      config: { deckId: other.id },
    });
    expect(foreign).toMatchObject({ type: 'error', code: 'not_found' });
    const none = await chair.command({
      type: 'activity.create',
      kind: 'deck',
      title: '',
      config: { deckId: 'nope' },
    });
    expect(none).toMatchObject({ type: 'error', code: 'not_found' });

    // Pages or tokens a client makes up are replaced by the stored deck's.
    const plenary = scene.ev.rooms[0]!.id;
    const mine = await upload(plenary, 2, 'Echt');
    const id = await showDeck(chair, mine.id, {
      pages: 99,
      screenToken: 'forged',
      deckTitle: 'Vals',
    });
    await chair.until(() => deckOf(chair, id) !== undefined);
    expect(deckOf(chair, id)!.config).toMatchObject({ pages: 2, to: 2, deckTitle: 'Echt' });
    expect(deckOf(chair, id)!.config.screenToken).not.toBe('forged');
  });
});
