// A slide as an image on the phone in Chromium (DECK-30…32): the speaker screen, which draws the
// deck with pdf.js anyway, uploads the slide on screen as a JPEG; after its → the phone reads
// "Dia 2 van 3 — Bekijk dia", and the link opens a real JPEG of slide 2 from Vonk's own origin.
// The phone never loads pdf.js nor the PDF.

import { describe, expect, it } from 'vitest';
import type { DeckInfo } from '../../shared/deck.js';
import { checkImage } from '../../server/image-header.js';
import { audit } from '../helpers/a11y.js';
import { haveBrowser, shot } from '../helpers/browser.js';
import { deckPdf } from '../helpers/pdfs.js';
import { useStage } from '../helpers/screens.js';
import { showNewActivity } from '../helpers/scenario.js';

const stage = useStage({ event: 'Dia op de telefoon', chair: true });

describe.skipIf(!haveBrowser)('a slide as an image on the phone', () => {
  it('[DECK-30][DECK-31][DECK-32] after the speaker’s → the phone opens slide 2 as a JPEG of that slide', async () => {
    const { srv, ev, chair } = stage;
    const admin = { authorization: `Bearer ${srv.adminToken}` };
    const room = ev.rooms[0]!.id;
    const res = await fetch(`${srv.url}/api/events/${ev.code}/rooms/${room}/decks?title=Buurtbus`, {
      method: 'POST',
      headers: admin,
      body: (await deckPdf(3)) as Uint8Array<ArrayBuffer>,
    });
    const deck = ((await res.json()) as { deck: DeckInfo }).deck;
    const patch = await fetch(`${srv.url}/api/events/${ev.code}/decks/${deck.id}`, {
      method: 'PATCH',
      headers: { ...admin, 'content-type': 'application/json' },
      body: JSON.stringify({ phoneView: true }),
    });
    expect(patch.status).toBe(200);
    const id = await showNewActivity(chair, {
      kind: 'deck',
      title: '',
      config: { deckId: deck.id, phoneImage: true },
    });

    // The organizer's speaker link (the room's speaker secret).
    const all = (await (await fetch(`${srv.url}/api/events`, { headers: admin })).json()) as {
      code: string;
      rooms: { speakerUrl: string }[];
    }[];
    const speakerUrl = all.find((e) => e.code === ev.code)!.rooms[0]!.speakerUrl;
    const speaker = await stage.open('chair', { url: speakerUrl, ready: 'deck-presenter' });
    const phone = await stage.open('phone', { url: ev.joinUrl, ready: 'deck-phone' });
    // Slide 1's image arrives from the speaker screen.
    await phone.getByTestId('deck-phone-open').waitFor({ timeout: 30_000 });
    expect(await phone.getByTestId('deck-phone-open').getAttribute('href')).toContain('/slides/1?');

    await speaker.waitForSelector('.deck-presenter__now .deck-main[data-rendered="1"]', {
      timeout: 30_000,
    });
    await speaker.keyboard.press('ArrowRight');
    await chair.until(() => {
      const a = chair.activities.get(id);
      return a?.kind === 'deck' && a.config.slide === 2;
    });
    await expect
      .poll(() => phone.getByTestId('deck-phone-count').innerText(), { timeout: 30_000 })
      .toBe('Dia 2 van 3 — Bekijk dia');
    const href = (await phone.getByTestId('deck-phone-open').getAttribute('href'))!;
    expect(href).toMatch(new RegExp(`^/api/events/${ev.code}/decks/${deck.id}/slides/2\\?v=`));
    await shot(phone, 'deck-phone-image-link');
    await audit(phone, 'phone: deck with a slide image (nl)');

    // The image: a JPEG at most 1280 px wide and 1 MB, from this origin.
    const img = await fetch(new URL(href, srv.url));
    expect(img.status).toBe(200);
    expect(img.headers.get('content-type')).toBe('image/jpeg');
    const bytes = new Uint8Array(await img.arrayBuffer());
    expect(bytes.byteLength).toBeLessThanOrEqual(1024 * 1024);
    expect(checkImage(bytes)).toMatchObject({
      ok: true,
      mime: 'image/jpeg',
      width: 1280,
      height: 720,
    });

    // Opened on the phone: slide 2's colour (pdfs.ts draws slide 2 red on the whole page).
    await phone.goto(new URL(href, srv.url).toString());
    const pixel = await phone.evaluate(async () => {
      const image = document.querySelector('img')!;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      return [...ctx.getImageData(20, 20, 1, 1).data];
    });
    const [r, g, b] = pixel as [number, number, number];
    // rgb(0.7, 0.2, 0.1) = 179, 51, 26, give or take the JPEG's rounding.
    expect(Math.abs(r - 179)).toBeLessThan(12);
    expect(Math.abs(g - 51)).toBeLessThan(12);
    expect(Math.abs(b - 26)).toBeLessThan(12);
    await shot(phone, 'deck-phone-image');

    // The phone never loaded pdf.js nor the deck's PDF.
    await phone.goBack();
    await phone.getByTestId('deck-phone').waitFor();
    const loaded = await phone.evaluate(() =>
      performance.getEntriesByType('resource').map((r) => r.name),
    );
    expect(loaded.some((u) => /pdf/i.test(u) || /\/file\?/.test(u))).toBe(false);
    expect(stage.problems).toEqual([]);
  }, 180_000);
});
