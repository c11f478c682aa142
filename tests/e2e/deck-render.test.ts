// A deck rendered in Chromium (DECK-5): pdf.js and its worker come from Vonk itself and only on
// the screens that show decks; a slide fills 16:9 and 4:3 screens without distortion, drawn at
// the screen's pixel density; keys move through it, the next slide is drawn ahead, and a
// reload keeps the slide. The deck is shown on its own (`?deck=&v=`), before the agenda has it.

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DeckInfo } from '../../shared/deck.js';
import { audit } from '../helpers/a11y.js';
import { haveBrowser, shot } from '../helpers/browser.js';
import { deckPdf } from '../helpers/pdfs.js';
import { useStage } from '../helpers/screens.js';
import { chairKey } from '../helpers/server.js';

const stage = useStage({ event: 'Themamiddag: de burger centraal' });
const { srv, ev, browser, problems } = stage;
let wide: DeckInfo;
let square: DeckInfo;

/** The slides' colours in deckPdf: blue, red, green, then again. */
const COLOURS = [
  [26, 77, 179],
  [179, 51, 26],
  [26, 140, 64],
];

async function upload(pdf: Uint8Array, title: string): Promise<DeckInfo> {
  const room = ev.rooms[0]!.id;
  const res = await fetch(`${srv.url}/api/events/${ev.code}/rooms/${room}/decks?title=${title}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${srv.adminToken}` },
    body: pdf as Uint8Array<ArrayBuffer>,
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { deck: DeckInfo }).deck;
}

/** The page's address showing `deck` on its own. */
function shown(screen: 'p' | 's' | 'c', deck: DeckInfo, extra = ''): string {
  const v = new URL(deck.url, srv.url).searchParams.get('v');
  const k = screen === 'c' ? `&k=${chairKey(ev.rooms[0]!.chairUrl)}` : '';
  return `${srv.url}/${screen}/${ev.code}/${ev.rooms[0]!.id}?deck=${deck.id}&v=${v}${k}${extra}`;
}

async function open(
  viewport: { width: number; height: number },
  dpr = 1,
  refused = false,
): Promise<{ page: Page; requests: string[] }> {
  const page = await stage.open('projector', {
    context: { viewport, deviceScaleFactor: dpr, locale: 'nl-NL' },
  });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  // The page's CSP allows what pdf.js does here: nothing refused, nothing fetched elsewhere.
  page.on('console', (m) => {
    // A page sent a wrong token is refused the file: that one 403 is the point of it.
    if (refused && /status of 403/.test(m.text())) return;
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text()))
      problems.push(`console: ${m.text()}`);
    else if (m.type() === 'warning') console.warn(`deck page: ${m.text()}`);
  });
  return { page, requests };
}

/** Waits until `selector` shows slide `n`, and answers its canvas's layout and centre colour. */
async function slideOn(page: Page, selector: string, n: number) {
  await page.waitForSelector(`${selector}[data-rendered="${n}"]`);
  return page.$eval(selector, (el) => {
    const canvas = el.querySelector('canvas')!;
    const box = el.getBoundingClientRect();
    const r = canvas.getBoundingClientRect();
    const ctx = canvas.getContext('2d')!;
    const px = ctx.getImageData(Math.floor(canvas.width / 2), 4, 1, 1).data;
    return {
      box: [Math.round(box.width), Math.round(box.height)],
      css: [Math.round(r.width), Math.round(r.height)],
      at: [Math.round(r.left - box.left), Math.round(r.top - box.top)],
      pixels: [canvas.width, canvas.height],
      colour: [px[0]!, px[1]!, px[2]!],
    };
  });
}

const near = (a: number[], b: number[]) => a.every((x, i) => Math.abs(x - b[i]!) <= 3);

describe.skipIf(!haveBrowser)('decks in Chromium', () => {
  beforeAll(async () => {
    wide = await upload(await deckPdf(5, [960, 540]), 'Breed');
    square = await upload(await deckPdf(3, [1024, 768]), 'Vierkant');
  });

  it('[DECK-5] the projector fills a 16:9 screen with a 16:9 deck, moves with keys, draws the next ahead and keeps the slide on reload', async () => {
    const { page, requests } = await open({ width: 1920, height: 1080 });
    await page.goto(shown('p', wide));
    const first = await slideOn(page, '.deck-main', 1);
    expect(first).toMatchObject({ css: [1920, 1080], at: [0, 0], pixels: [1920, 1080] });
    expect(near(first.colour, COLOURS[0]!)).toBe(true);
    await page.waitForSelector('.deck-main[data-ready="2"]');
    await shot(page, 'deck-projector-16x9');

    // Clicker keys: right, space and PageDown forward; PageUp back.
    const started = Date.now();
    await page.keyboard.press('ArrowRight');
    const second = await slideOn(page, '.deck-main', 2);
    console.warn(`deck: a pre-drawn slide shown ${Date.now() - started} ms after the key`);
    expect(near(second.colour, COLOURS[1]!)).toBe(true);
    await page.keyboard.press(' ');
    await slideOn(page, '.deck-main', 3);
    await page.keyboard.press('PageDown');
    await slideOn(page, '.deck-main', 4);
    await page.keyboard.press('PageUp');
    await slideOn(page, '.deck-main', 3);
    expect(new URL(page.url()).searchParams.get('slide')).toBe('3');
    await page.reload();
    const again = await slideOn(page, '.deck-main', 3);
    expect(near(again.colour, COLOURS[2]!)).toBe(true);

    // pdf.js and its worker came from this server, and the PDF over its tokened URL.
    expect(requests.some((u) => /\/assets\/pdf\.worker[^/]*\.mjs$/.test(u))).toBe(true);
    expect(
      requests.some((u) =>
        u.startsWith(`${srv.url}/api/events/${ev.code}/decks/${wide.id}/file?v=`),
      ),
    ).toBe(true);
    await audit(page, 'deck on the projector');
  });

  it('[DECK-5] a 4:3 deck is letterboxed on 16:9, a 16:9 deck on 4:3, never stretched; sharp at 2× and at 4K', async () => {
    for (const [viewport, dpr, deck, want, name] of [
      [
        { width: 1920, height: 1080 },
        1,
        square,
        { css: [1440, 1080], at: [240, 0], pixels: [1440, 1080] },
        'deck-projector-4x3-on-16x9',
      ],
      [
        { width: 1024, height: 768 },
        2,
        wide,
        { css: [1024, 576], at: [0, 96], pixels: [2048, 1152] },
        'deck-projector-16x9-on-4x3-2x',
      ],
      [{ width: 3840, height: 2160 }, 1, wide, { css: [3840, 2160], pixels: [3840, 2160] }, ''],
    ] as const) {
      const { page } = await open(viewport, dpr);
      await page.goto(shown('p', deck));
      expect(await slideOn(page, '.deck-main', 1)).toMatchObject(want);
      if (name) await shot(page, name);
    }
  });

  it('[DECK-5] the speaker and the chair see the slide and the next one; keys move both', async () => {
    const { page } = await open({ width: 1180, height: 820 });
    await page.goto(shown('s', wide, '&slide=2'));
    await slideOn(page, '.deck-main', 2);
    expect(near((await slideOn(page, '.deck-next', 3)).colour, COLOURS[2]!)).toBe(true);
    await expect.poll(() => page.textContent('.deck-preview__count')).toBe('Dia 2 van 5');
    await page.keyboard.press('PageDown');
    await slideOn(page, '.deck-main', 3);
    await slideOn(page, '.deck-next', 4);
    await shot(page, 'deck-speaker');
    await audit(page, 'deck on the speaker tablet');

    const chair = await open({ width: 1366, height: 768 });
    await chair.page.goto(shown('c', wide, '&slide=5'));
    await slideOn(chair.page, '.deck-main', 5);
    // The last slide has no next one.
    expect(await chair.page.$('.deck-next')).toBeNull();
    await audit(chair.page, 'deck on the chair console');
  });

  it('[DECK-5] a deck printed by Chromium, with its fonts embedded, renders under the CSP', async () => {
    const printer = await (await browser.newContext()).newPage();
    await printer.setContent(
      '<body style="margin:0;background:#fff"><h1 style="font:700 72px serif;margin:120px 80px">Pitch: de burger centraal</h1>' +
        '<p style="font:40px sans-serif;margin:0 80px;break-after:page">Dia één — met ë, é en €</p>' +
        '<h1 style="font:700 72px monospace;margin:120px 80px">Tweede dia</h1></body>',
    );
    const pdf = await printer.pdf({ width: '960px', height: '540px', printBackground: true });
    const printed = await upload(new Uint8Array(pdf), 'Geprint');
    expect(printed.pages).toBe(2);
    const { page } = await open({ width: 1920, height: 1080 });
    await page.goto(shown('p', printed));
    await slideOn(page, '.deck-main', 1);
    // The text is drawn: many dark pixels on the white slide.
    const dark = await page.$eval('.deck-main canvas', (c) => {
      const canvas = c as HTMLCanvasElement;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 100 && data[i + 1]! < 100) n++;
      return n;
    });
    expect(dark).toBeGreaterThan(10_000);
    await shot(page, 'deck-printed-fonts');
    await page.keyboard.press('ArrowRight');
    await slideOn(page, '.deck-main', 2);
    expect(problems).toEqual([]);
  });

  it('[DECK-5] a wrong token shows a clear message; a phone never loads pdf.js', async () => {
    const { page } = await open({ width: 1920, height: 1080 }, 1, true);
    await page.goto(`${srv.url}/p/${ev.code}/${ev.rooms[0]!.id}?deck=${wide.id}&v=wrong`);
    await expect
      .poll(() => page.textContent('[role="alert"]'))
      .toBe('De presentatie kan niet worden geopend.');

    const phone = await stage.open('phone');
    const seen: string[] = [];
    phone.on('request', (r) => seen.push(r.url()));
    await phone.goto(`${srv.url}/j/${ev.code}`);
    await phone.waitForSelector('main');
    expect(seen.filter((u) => /pdf/.test(u))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
