// What the branding e2e files share: a real logo, the contrast of every text on a page, the
// theme's colours, and a wall filled over sockets.

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, expect } from 'vitest';
import { pngOf } from './images.js';
import { expectAck } from './polls.js';
import { asChair, asParticipant } from './scenario.js';
import { CHAIR } from './browser.js';
import { useStage } from './screens.js';
import { setWall } from './statements.js';
import type { CreatedEvent } from './server.js';

export const LOW_CONTRAST = '#ffff00';

/** A real, decodable PNG: a dark plate with a yellow band (width × height, RGBA). */
export function bandedPng(width = 240, height = 80): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 4);
    for (let x = 0; x < width; x++) {
      const band = y > height / 3 && y < (2 * height) / 3;
      row.set(band ? [255, 210, 63, 255] : [11, 61, 145, 255], 1 + x * 4);
    }
    rows.push(row);
  }
  return pngOf(width, height, Buffer.concat(rows));
}

export interface TextProblem {
  text: string;
  color: string;
  background: string;
  ratio: number;
}

/**
 * Every visible element with its own text: its colour against its effective background (the
 * first opaque background up the tree, semi-transparent ones blended on the way). Runs in the page.
 */
/**
 * The texts under `min` contrast once the screen has settled. Items fade in (and a wall's page
 * turns fade too): a fade that has not started yet when the animations are asked for shows as a
 * faint text, so a screen with problems is read again after its animations, for up to 5 s; a
 * real contrast problem stays and is returned.
 */
export async function contrastProblems(page: Page, min: number): Promise<TextProblem[]> {
  const until = Date.now() + 5000;
  for (;;) {
    await settled(page);
    const problems = await readContrast(page, min);
    if (problems.length === 0 || Date.now() > until) return problems;
  }
}

/** Every running animation finished (at most 3 s), then one more frame's worth of time. */
function settled(page: Page): Promise<unknown> {
  return page.evaluate(() =>
    Promise.race([
      Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))),
      new Promise((resolve) => setTimeout(resolve, 3000)),
    ]).then(() => new Promise((resolve) => setTimeout(resolve, 100))),
  );
}

function readContrast(page: Page, min: number): Promise<TextProblem[]> {
  return page.evaluate((minRatio) => {
    type Rgba = [number, number, number, number];
    const parse = (s: string): Rgba => {
      const m = /rgba?\(([^)]+)\)/.exec(s);
      if (!m) return [0, 0, 0, 0];
      const p = m[1]!
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      return [p[0]!, p[1]!, p[2]!, p[3] ?? 1];
    };
    const over = (top: Rgba, below: Rgba): Rgba => {
      const a = top[3];
      return [
        top[0] * a + below[0] * (1 - a),
        top[1] * a + below[1] * (1 - a),
        top[2] * a + below[2] * (1 - a),
        1,
      ];
    };
    const lum = ([r, g, b]: Rgba) => {
      const ch = (c: number) => {
        const s = c / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
    };
    const ratio = (a: Rgba, b: Rgba) => {
      const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    const background = (el: Element): Rgba => {
      const layers: Rgba[] = [];
      for (let e: Element | null = el; e; e = e.parentElement) {
        const bg = parse(getComputedStyle(e).backgroundColor);
        if (bg[3] > 0) layers.push(bg);
        if (bg[3] >= 1) break;
      }
      let out: Rgba = [255, 255, 255, 1];
      for (const layer of layers.reverse()) out = over(layer, out);
      return out;
    };
    const problems: TextProblem[] = [];
    let checked = 0;
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const own = Array.from(el.childNodes)
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      if (!own) continue;
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      if (style.visibility !== 'visible' || rect.width === 0 || rect.height === 0) continue;
      if (el.closest('.sr-only')) continue;
      checked++;
      // A half-transparent element shows its text half-way to the background behind it.
      let opacity = 1;
      for (let e: Element | null = el; e; e = e.parentElement)
        opacity *= Number(getComputedStyle(e).opacity);
      const bg = background(el);
      const color = parse(style.color);
      const fg = over([color[0], color[1], color[2], color[3] * opacity], bg);
      const r = ratio(fg, bg);
      if (r < minRatio)
        problems.push({
          text: own.slice(0, 40),
          color: style.color,
          background: `rgb(${bg.slice(0, 3).join(', ')})`,
          ratio: Math.round(r * 100) / 100,
        });
    }
    if (checked < 3)
      problems.push({ text: `only ${checked} texts`, color: '', background: '', ratio: 0 });
    return problems;
  }, min);
}

/** The colour of a CSS custom property on <html>, as #rrggbb. */
export const rootVar = (page: Page, name: string) =>
  page.evaluate(
    (n) => getComputedStyle(document.documentElement).getPropertyValue(n).trim().toLowerCase(),
    name,
  );

export const STATEMENTS = [
  'Niet vinken, maar vonken',
  'Meer burgerkracht in de wijk',
  'Luister naar de mensen om wie het gaat, niet alleen naar de mensen die het hardst roepen',
  'Minder regels, meer vertrouwen',
  'Geef jongeren een echte stem in de gemeenteraad',
  'Een buurthuis dat ook op zondag open is',
  'Zorg dichtbij, zonder wachtlijst',
  'Samen koken met de buren',
  'Iedereen moet mee kunnen doen, ook zonder smartphone',
  'Groen in plaats van grijs op het plein',
  'Vrijwilligers verdienen meer waardering',
  'Maak de bus weer betaalbaar',
];

/** Posts the texts on the event's wall, approved at once (post-moderation). */
export async function fillWall(
  srv: { url: string },
  event: CreatedEvent,
  texts: string[],
  who: string,
): Promise<void> {
  const chair = await asChair(srv, event);
  const wallId = await setWall(chair, { moderation: 'post' });
  const phone = await asParticipant(srv, event, `participant-${who}`);
  for (const text of texts)
    expectAck(await phone.command({ type: 'statement.submit', activityId: wallId, text }));
  chair.close();
  phone.close();
}

/** Opens the organizer page on an event's detail, in a language, on the page given. */
export async function openOrganizer(
  page: Page,
  srv: { url: string; adminToken: string | null },
  code: string,
  lang: 'nl' | 'en',
): Promise<Page> {
  await page.goto(`${srv.url}/o?t=${srv.adminToken}`);
  await page.evaluate((l) => localStorage.setItem('vonk.lang', l), lang);
  await page.reload();
  await page
    .locator(`[data-testid="event-row"][data-code="${code}"] [data-testid="manage-button"]`)
    .click();
  await page.getByTestId('branding-panel').waitFor();
  await expect.poll(() => page.getByTestId('branding-theme-dark').isChecked()).toBe(true);
  return page;
}

export function hexToRgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/**
 * The branding files' stage: the event 'Sociale Top', contexts that are closed after the tests,
 * and the wall and organizer helpers bound to its server.
 */
export function useBrandingStage() {
  const stage = useStage({ event: 'Sociale Top' });
  const contexts: BrowserContext[] = [];
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
  });
  const context = async (opts: Parameters<Browser['newContext']>[0]): Promise<BrowserContext> => {
    const c = await stage.browser.newContext({ locale: 'nl-NL', ...opts });
    contexts.push(c);
    return c;
  };
  return {
    srv: stage.srv,
    ev: stage.ev,
    open: stage.open,
    context,
    contexts,
    fillWall: (event: CreatedEvent, texts: string[], who: string) =>
      fillWall(stage.srv, event, texts, who),
    /** Opens the organizer page on an event's detail, in a language. */
    organizer: async (code: string, lang: 'nl' | 'en'): Promise<Page> =>
      openOrganizer(await (await context({ viewport: CHAIR })).newPage(), stage.srv, code, lang),
  };
}
