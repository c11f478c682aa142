// `npm run bench -- --scenario deck [--presses 20]` (DECK-33): the presenter's key to the beamer,
// in Chromium. A speaker screen (the organizer's speaker link) and a projector (1920×1080) show a
// deck; the script presses → on the speaker screen, waits until the projector drew the new slide
// and drew the next one ahead (a state: `data-ready`), and presses again. It prints figures, it
// asserts nothing. The server, the script and Chromium share the machine, so on a busy one the
// figures are worse than on a quiet one: the load average is printed with them.
//
//   key → projector frame   the speaker's keydown → the projector's stage names the new slide
//                           (the `deck.goto` went to the server, was stored and came back)
//   key → projector shows   the keydown → the projector's canvas of the new slide in the page
//   frame → shows           the projector's own part: the new slide was drawn ahead (≤ 100 ms)
//   key → speaker shows     the keydown → the speaker screen's own canvas of the new slide
//   script: press → shows   the same seen from this script: includes the round trips to Chromium
//                           (the key sent, the selector polled), so an upper bound
//
// Times are taken inside the pages (performance.timeOrigin + now: one clock for both pages).

import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { CHAIR, haveBrowser, launch, PROJECTOR } from '../tests/helpers/browser.js';
import { deckPdf } from '../tests/helpers/pdfs.js';
import { showNewActivity } from '../tests/helpers/scenario.js';
import { chairKey, GENEROUS, startTestServer } from '../tests/helpers/server.js';
import { TestClient } from '../tests/helpers/ws-client.js';
import { numberFlag, pct } from './common.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => numberFlag(args, name, fallback);
const PRESSES = Math.min(opt('presses', 20), 199);
const WAIT = { timeout: 60_000 };

if (!haveBrowser) {
  process.stderr.write('no Chromium found (CHROMIUM_PATH or /usr/bin/chromium)\n');
  process.exit(1);
}

declare global {
  interface Window {
    __deckTimes?: { frame: Record<number, number>; shown: Record<number, number>; keys: number[] };
  }
}

/**
 * Records, inside a page, when its stage names a slide and when a slide's canvas is in. A string,
 * not a function: tsx would name the page's functions with a helper the page does not have.
 */
function watch(page: Page, stage: string, main: string): Promise<void> {
  return page.evaluate(`(() => {
    const times = { frame: {}, shown: {}, keys: [] };
    window.__deckTimes = times;
    const stageSel = ${JSON.stringify(stage)};
    const mainSel = ${JSON.stringify(main)};
    document.addEventListener(
      'keydown',
      () => times.keys.push(performance.timeOrigin + performance.now()),
      { capture: true },
    );
    new MutationObserver((records) => {
      const at = performance.timeOrigin + performance.now();
      for (const r of records) {
        const el = r.target;
        if (r.attributeName === 'data-slide' && el.matches(stageSel))
          times.frame[Number(el.dataset.slide)] ??= at;
        if (r.attributeName === 'data-rendered' && el.matches(mainSel))
          times.shown[Number(el.dataset.rendered)] ??= at;
      }
    }).observe(document.body, {
      subtree: true,
      attributes: true,
      attributeFilter: ['data-slide', 'data-rendered'],
    });
  })()`);
}

const times = (page: Page) =>
  page.evaluate('window.__deckTimes') as Promise<NonNullable<Window['__deckTimes']>>;

const loadBefore = loadavg();
const srv = await startTestServer({ rateLimits: GENEROUS });
const browser = await launch();
const figures: Record<string, number[]> = {
  'key → projector frame': [],
  'key → projector shows': [],
  'frame → shows (projector)': [],
  'key → speaker shows': [],
  'script: press → projector shows': [],
};
try {
  const ev = await srv.createEvent('Pitches');
  const admin = { authorization: `Bearer ${srv.adminToken}` };
  const res = await fetch(`${srv.url}/api/events/${ev.code}/rooms/${ev.rooms[0]!.id}/decks`, {
    method: 'POST',
    headers: admin,
    body: (await deckPdf(PRESSES + 1)) as Uint8Array<ArrayBuffer>,
  });
  const deck = ((await res.json()) as { deck: { id: string } }).deck;
  const chair = await TestClient.connect(srv.url, {
    role: 'chair',
    eventCode: ev.code,
    key: chairKey(ev.chairUrl),
  });
  await showNewActivity(chair, { kind: 'deck', title: '', config: { deckId: deck.id } });
  chair.close();
  const all = (await (await fetch(`${srv.url}/api/events`, { headers: admin })).json()) as {
    code: string;
    rooms: { speakerUrl: string }[];
  }[];
  const speakerUrl = all.find((e) => e.code === ev.code)!.rooms[0]!.speakerUrl;

  const open = async (viewport: { width: number; height: number }, url: string) => {
    const page = await (await browser.newContext({ viewport, locale: 'nl-NL' })).newPage();
    await page.goto(url);
    return page;
  };
  const projector = await open(PROJECTOR, ev.projectorUrl);
  const speaker = await open(CHAIR, speakerUrl);
  const PROJ_STAGE = '[data-testid="deck-stage"]';
  const PROJ_MAIN = '[data-testid="deck-stage"] .deck-main';
  const SPEAK_MAIN = '.deck-presenter__now .deck-main';
  await projector.waitForSelector(`${PROJ_MAIN}[data-rendered="1"]`, WAIT);
  await speaker.waitForSelector(`${SPEAK_MAIN}[data-rendered="1"]`, WAIT);
  await watch(projector, PROJ_STAGE, PROJ_MAIN);
  await watch(speaker, '[data-testid="deck-presenter"]', SPEAK_MAIN);

  for (let n = 1; n <= PRESSES; n++) {
    // As in a talk: the slide on screen, the next one drawn ahead on both screens.
    await projector.waitForSelector(
      `${PROJ_MAIN}[data-rendered="${n}"][data-ready="${n + 1}"]`,
      WAIT,
    );
    await speaker.waitForSelector(
      `${SPEAK_MAIN}[data-rendered="${n}"][data-ready="${n + 1}"]`,
      WAIT,
    );
    const pressed = performance.now();
    await speaker.keyboard.press('ArrowRight');
    await projector.waitForSelector(`${PROJ_MAIN}[data-rendered="${n + 1}"]`, WAIT);
    figures['script: press → projector shows']!.push(performance.now() - pressed);
    await speaker.waitForSelector(`${SPEAK_MAIN}[data-rendered="${n + 1}"]`, WAIT);
    const p = await times(projector);
    const s = await times(speaker);
    const key = s.keys[n - 1]!;
    const slide = n + 1;
    figures['key → projector frame']!.push(p.frame[slide]! - key);
    figures['key → projector shows']!.push(p.shown[slide]! - key);
    figures['frame → shows (projector)']!.push(p.shown[slide]! - p.frame[slide]!);
    figures['key → speaker shows']!.push(s.shown[slide]! - key);
  }
} finally {
  await browser.close();
  await srv.stop();
}

const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
const budgets: Record<string, number> = {
  'key → projector shows': 200,
  'frame → shows (projector)': 100,
};
process.stdout.write(`deck: speaker → projector, ${PRESSES} presses (DECK-33)\n`);
const width = Math.max(...Object.keys(figures).map((k) => k.length));
for (const [name, ms] of Object.entries(figures)) {
  const p50 = pct(ms, 0.5);
  const p99 = pct(ms, 0.99);
  const budget = budgets[name];
  const verdict =
    budget === undefined
      ? ''
      : p99 <= budget
        ? `  p99 within ${budget} ms`
        : `  p99 OVER ${budget} ms`;
  process.stdout.write(
    `  ${name.padEnd(width)}  p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms${verdict}\n`,
  );
}
process.stdout.write(`  load average before ${load(loadBefore)}, after ${load(loadavg())}\n`);
