// A pitch deck on the agenda in Chromium (DECK-6…10): a real multi-page PDF made in the test is
// uploaded over HTTP, picked in the chair's "Presentatie" dialog, split around a poll after
// slide 2, put on the beamer; the speaker tablet moves it with clicker keys, the beamer follows,
// the chair's → goes from slide 2 to the poll and on to slide 3, a reload keeps the slide, and
// the phone shows "Dia 3 van 4" as text only.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { DeckInfo } from '../../shared/deck.js';
import type { DeckActivity } from '../../shared/deck-item.js';
import { audit } from '../helpers/a11y.js';
import { haveBrowser, shot } from '../helpers/browser.js';
import { deckPdf } from '../helpers/pdfs.js';
import { useStage } from '../helpers/screens.js';
import { asChair, showNewActivity } from '../helpers/scenario.js';
import { chairKey } from '../helpers/server.js';

const stage = useStage({ event: 'Pitchmiddag', chair: true });

async function upload(pages: number, title: string): Promise<DeckInfo> {
  const { srv, ev } = stage;
  const room = ev.rooms[0]!.id;
  const res = await fetch(`${srv.url}/api/events/${ev.code}/rooms/${room}/decks?title=${title}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${srv.adminToken}` },
    body: (await deckPdf(pages)) as Uint8Array<ArrayBuffer>,
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { deck: DeckInfo }).deck;
}

/** The beamer shows slide `n` of a deck, drawn. */
const beamerOn = (page: Page, n: number) =>
  page.waitForSelector(
    `[data-testid="deck-stage"][data-slide="${n}"] .deck-main[data-rendered="${n}"]`,
    { timeout: 30_000 },
  );

const decks = () =>
  [...stage.chair.activities.values()].filter((a): a is DeckActivity => a.kind === 'deck');

describe.skipIf(!haveBrowser)('a deck on the agenda in Chromium', () => {
  it('[DECK-6][DECK-7][DECK-8][DECK-9][DECK-10] picked, split around a poll, moved from the speaker tablet and the chair; the beamer follows and a reload keeps the slide', async () => {
    const { ev, chair, srv } = stage;
    const deck = await upload(4, 'Buurtbus');

    // The chair picks the uploaded deck under "Presentatie".
    const console_ = await stage.open('chair', { url: ev.chairUrl, ready: 'add-deck-button' });
    await console_.getByTestId('add-deck-button').click();
    await console_.getByTestId('deck-pick').first().waitFor({ timeout: 20_000 });
    await shot(console_, 'deck-chair-picker');
    await audit(console_, 'chair: presentation picker (nl)');
    await console_.getByTestId('deck-pick').first().click();
    await chair.until(() => decks().length === 1, 20_000);
    const first = decks()[0]!;
    expect(first).toMatchObject({ title: 'Buurtbus', config: { deckId: deck.id, from: 1, to: 4 } });

    // "Zet een stemming na dia 2": deck 1–2, the poll, deck 3–4.
    await console_.locator(`[data-testid="agenda-item"][data-id="${first.id}"] + button`).click();
    await console_.getByTestId('deck-split-after').fill('2');
    await console_.getByTestId('deck-split-poll').click();
    await chair.until(() => decks().length === 2, 20_000);
    const order = () =>
      [...chair.activities.values()]
        .sort((a, b) => a.order - b.order)
        .map((a) => (a.kind === 'deck' ? `deck ${a.config.from}–${a.config.to}` : a.kind));
    await chair.until(() => order().slice(-3).join(',') === 'deck 1–2,poll,deck 3–4', 20_000);
    await expect
      .poll(() =>
        console_.locator(`[data-testid="agenda-item"][data-id="${first.id}"]`).innerText(),
      )
      .toContain('Dia 1–2 van 4');
    const rest = decks().find((d) => d.config.from === 3)!;

    // On the beamer: the first part, full screen.
    await console_.locator(`[data-testid="agenda-item"][data-id="${first.id}"]`).click();
    await chair.until(() => chair.room?.currentActivityId === first.id);
    const beamer = await stage.open('projector', { url: ev.projectorUrl });
    await beamerOn(beamer, 1);
    await shot(beamer, 'deck-projector-slide-1');

    // The speaker tablet (the chair's speaker link) moves it with a clicker's keys.
    const speaker = await stage.open('chair', {
      url: `${srv.url}/s/${ev.code}/${ev.rooms[0]!.id}?k=${chairKey(ev.chairUrl)}`,
      ready: 'deck-presenter',
    });
    await speaker.waitForSelector('.deck-presenter__now .deck-main[data-rendered="1"]', {
      timeout: 30_000,
    });
    expect(await speaker.getByTestId('deck-count').innerText()).toBe('Dia 1 van 4');
    const t0 = Date.now();
    await speaker.keyboard.press('PageDown');
    await beamerOn(beamer, 2);
    console.warn(`[DECK-7] speaker key → beamer shows slide 2: ${Date.now() - t0} ms`);
    await speaker.getByTestId('deck-after').waitFor();
    expect(await speaker.getByTestId('deck-after').innerText()).toContain(
      'Laatste dia van dit deel',
    );
    await shot(speaker, 'deck-speaker-slide-2');
    await audit(speaker, 'speaker: presenter view (nl)');

    // The chair's → after the last slide of the part: the poll; again: slide 3.
    await console_.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await console_.keyboard.press('ArrowRight');
    await chair.until(
      () => chair.activities.get(chair.room?.currentActivityId ?? '')?.kind === 'poll',
    );
    await beamer.getByTestId('deck-stage').waitFor({ state: 'detached' });
    await console_.keyboard.press('ArrowRight');
    await chair.until(() => chair.room?.currentActivityId === rest.id);
    await beamerOn(beamer, 3);
    await console_.getByTestId('deck-column').waitFor();
    await shot(console_, 'deck-chair-slide-3');
    await audit(console_, 'chair: deck on screen (nl)');

    // A reload lands on the current slide; the phone reads it as text.
    await beamer.reload();
    await beamerOn(beamer, 3);
    const phone = await stage.open('phone', { url: ev.joinUrl, ready: 'deck-phone' });
    await expect.poll(() => phone.getByTestId('deck-phone-count').innerText()).toBe('Dia 3 van 4');
    expect(await phone.getByTestId('deck-phone-open').count()).toBe(0);
    await shot(phone, 'deck-phone');
    await audit(phone, 'phone: deck on screen (nl)');

    // The join overlay and the phones' link, switched on in the chair's settings.
    await console_.locator(`[data-testid="agenda-item"][data-id="${rest.id}"] + button`).click();
    await console_.getByTestId('deck-join-overlay').check();
    await console_.getByTestId('deck-phone-image').check();
    await console_.getByTestId('deck-save-button').click();
    await beamer.getByTestId('deck-overlay').waitFor();
    await shot(beamer, 'deck-projector-overlay');
    await audit(beamer, 'projector: deck with join overlay');
    const link = phone.getByTestId('deck-phone-open');
    await link.waitFor();
    // The slide on screen as an image the chair's console uploaded (DECK-30), never the PDF.
    const href = await link.getAttribute('href');
    expect(href).toMatch(/\/slides\/3\?v=/);
    const image = await fetch(new URL(href!, srv.url));
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/jpeg');
    // The phone never loaded pdf.js nor the deck's file.
    const scripts = await phone.evaluate(() =>
      performance.getEntriesByType('resource').map((r) => r.name),
    );
    expect(scripts.some((u) => /pdf/.test(u) || /\/file\?/.test(u))).toBe(false);
    expect(stage.problems).toEqual([]);
  }, 180_000);

  it('[DECK-7][DECK-10] in English: beamer, speaker and phone read the deck, axe finds nothing', async () => {
    const { srv } = stage;
    const ev = await srv.createEvent('Pitch afternoon', 'en');
    const chair = await asChair(srv, ev);
    const room = ev.rooms[0]!.id;
    const res = await fetch(`${srv.url}/api/events/${ev.code}/rooms/${room}/decks?title=Bus`, {
      method: 'POST',
      headers: { authorization: `Bearer ${srv.adminToken}` },
      body: (await deckPdf(3)) as Uint8Array<ArrayBuffer>,
    });
    const deck = ((await res.json()) as { deck: DeckInfo }).deck;
    const id = await showNewActivity(chair, {
      kind: 'deck',
      title: '',
      config: { deckId: deck.id, joinOverlay: true },
    });
    const en = { context: { locale: 'en-GB' } };
    const beamer = await stage.open('projector', { url: ev.projectorUrl, ...en });
    await beamerOn(beamer, 1);
    await audit(beamer, 'projector: deck (en)');
    const speaker = await stage.open('chair', {
      url: `${srv.url}/s/${ev.code}/${room}?k=${chairKey(ev.chairUrl)}`,
      ready: 'deck-presenter',
      ...en,
    });
    await speaker.getByTestId('deck-next').click();
    await beamerOn(beamer, 2);
    expect(await speaker.getByTestId('deck-count').innerText()).toBe('Slide 2 of 3');
    await audit(speaker, 'speaker: presenter view (en)');
    const phone = await stage.open('phone', { url: ev.joinUrl, ready: 'deck-phone', ...en });
    await expect.poll(() => phone.getByTestId('deck-phone-count').innerText()).toBe('Slide 2 of 3');
    await audit(phone, 'phone: deck on screen (en)');
    expect(chair.activities.get(id)?.kind).toBe('deck');
    chair.close();
    expect(stage.problems).toEqual([]);
  }, 120_000);
});
