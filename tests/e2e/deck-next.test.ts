// The deck follow-ups in Chromium: a room without decks gets the upload form inside the chair's
// "Presentatie" picker, and the uploaded deck is picked right there (DECK-15); at the item's last
// slide the speaker screen names what comes next on the agenda (DECK-14).

import { describe, expect, it } from 'vitest';
import type { DeckInfo } from '../../shared/deck.js';
import type { DeckActivity } from '../../shared/deck-item.js';
import { nl } from '../../shared/i18n/nl.js';
import { audit } from '../helpers/a11y.js';
import { haveBrowser, shot } from '../helpers/browser.js';
import { deckPdf } from '../helpers/pdfs.js';
import { expectAck } from '../helpers/polls.js';
import { useStage } from '../helpers/screens.js';
import { showNewActivity } from '../helpers/scenario.js';
import { chairKey } from '../helpers/server.js';

const stage = useStage({ event: 'Buurtavond', chair: true });
const WAIT = { timeout: 30_000 };

const decks = () =>
  [...stage.chair.activities.values()].filter((a): a is DeckActivity => a.kind === 'deck');

describe.skipIf(!haveBrowser)('the deck picker and the speaker’s next item in Chromium', () => {
  it('[DECK-15][DECK-35][DECK-14][DECK-36] upload inside the empty picker, pick it; the speaker reads "Hierna: Stemming — …"', async () => {
    const { ev, chair, srv } = stage;
    const console_ = await stage.open('chair', { url: ev.chairUrl, ready: 'add-deck-button' });
    await console_.getByTestId('add-deck-button').click();
    const picker = console_.getByTestId('deck-picker');
    await picker.getByText(nl['deckshow.pick.none']).waitFor(WAIT);
    // Said once (DECK-35): the upload form inside shows no empty list of its own.
    await picker.getByTestId('deck-file').waitFor(WAIT);
    expect(await picker.getByText(nl['deckup.none']).count()).toBe(0);
    await picker.getByTestId('deck-file').setInputFiles({
      name: 'plan.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(await deckPdf(3)),
    });
    await picker.getByTestId('deck-title').fill('Plan voor het plein');
    await shot(console_, 'deck-picker-upload');
    await audit(console_, 'chair: empty presentation picker with upload (nl)');
    await picker.getByTestId('deck-send').click();
    const pick = picker.getByTestId('deck-pick');
    await pick.waitFor(WAIT);
    expect(await pick.innerText()).toContain('Plan voor het plein');
    await pick.click();
    await chair.until(() => decks().length === 1, 20_000);
    const deck = decks()[0]!;
    expect(deck).toMatchObject({ title: 'Plan voor het plein', config: { from: 1, to: 3 } });

    // A poll after it, the deck on screen; the speaker goes to its last slide.
    const title = 'Wat kies jij?';
    const poll = { type: 'activity.create', kind: 'poll', title, config: {} } as const;
    expectAck(await chair.command(poll));
    expect((await chair.command({ type: 'activity.show', activityId: deck.id })).type).toBe('ack');
    const speaker = await stage.open('chair', {
      url: `${srv.url}/s/${ev.code}/${ev.rooms[0]!.id}?k=${chairKey(ev.chairUrl)}`,
      ready: 'deck-presenter',
    });
    await speaker.keyboard.press('End');
    const upnext = speaker.getByTestId('deck-upnext');
    await upnext.waitFor(WAIT);
    await expect.poll(() => upnext.innerText()).toBe('Hierna: Stemming — Wat kies jij?');
    expect(await speaker.getByTestId('deck-after').innerText()).toContain('Dit is de laatste dia.');
    await speaker.waitForSelector('.deck-presenter__now .deck-main[data-rendered="3"]', WAIT);
    await shot(speaker, 'deck-speaker-next-item');
    await audit(speaker, 'speaker: last slide with the next item (nl)');

    // A Q&A after slide 1, through the same split as the poll (DECK-36).
    await console_.locator(`[data-testid="agenda-item"][data-id="${deck.id}"] + button`).click();
    await console_.getByTestId('deck-split-after').fill('1');
    await audit(console_, 'chair: deck settings with the split buttons (nl)');
    await console_.getByTestId('deck-split-qa').click();
    const flow = () =>
      [...chair.activities.values()]
        .sort((a, b) => a.order - b.order)
        .map((a) => (a.kind === 'deck' ? `deck ${a.config.from}–${a.config.to}` : a.title));
    const want = 'deck 1–1,Vragen na dia 1,deck 2–3,Wat kies jij?';
    await chair.until(() => flow().slice(-4).join(',') === want, 20_000);
  });

  it('[DECK-17][DECK-34] a deleted deck: the beamer says it calmly, the chair reads why and what to do', async () => {
    const { ev, chair, srv } = stage;
    const room = ev.rooms[0]!.id;
    const auth = { authorization: `Bearer ${srv.adminToken}` };
    const up = await fetch(`${srv.url}/api/events/${ev.code}/rooms/${room}/decks?title=Weg`, {
      method: 'POST',
      headers: auth,
      body: (await deckPdf(2)) as Uint8Array<ArrayBuffer>,
    });
    expect(up.status).toBe(201);
    const deck = ((await up.json()) as { deck: DeckInfo }).deck;
    const id = await showNewActivity(chair, {
      kind: 'deck',
      title: '',
      config: { deckId: deck.id },
    });
    const gone = await fetch(`${srv.url}/api/events/${ev.code}/decks/${deck.id}`, {
      method: 'DELETE',
      headers: auth,
    });
    expect(gone.status).toBeLessThan(300);
    await chair.until(() => chair.room?.currentActivityId === id, 20_000);

    const beamer = await stage.open('projector', { url: ev.projectorUrl, ready: 'deck-stage' });
    await beamer.waitForSelector('[data-testid="deck-stage"][data-state="gone"]', WAIT);
    expect(await beamer.getByTestId('deck-stage').innerText()).toContain(
      'Deze presentatie is er niet meer.',
    );
    await shot(beamer, 'deck-projector-gone');
    await audit(beamer, 'projector: deleted deck');
    const console_ = await stage.open('chair', { url: ev.chairUrl, ready: 'deck-presenter' });
    const message = console_.getByTestId('deck-message');
    await expect
      .poll(() => message.innerText(), WAIT)
      .toBe(
        'De pdf van deze presentatie is verwijderd. Haal dit agendapunt weg of kies een andere presentatie.',
      );
    // Vorige/Volgende are off, and a sentence says why (DECK-34).
    expect(await console_.getByTestId('deck-prev').isDisabled()).toBe(true);
    expect(await console_.getByTestId('deck-next').isDisabled()).toBe(true);
    expect(await console_.getByTestId('deck-buttons-off').innerText()).toBe(nl['deck3.buttonsOff']);
    await audit(console_, 'chair: deleted deck, buttons off (nl)');
    await shot(console_, 'deck-chair-gone');
  });
});
