// The join moment on the beamer: nothing on screen ("Alleen de code tonen") makes the whole
// screen the join slide, with a huge QR and a code readable from the back row; on every screen
// the address breaks only between its parts, never inside the code.

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECTOR_BODY_MIN } from '../../shared/brand.js';
import { guard, haveBrowser, PROJECTOR, shot } from '../helpers/browser.js';
import { audit } from '../helpers/a11y.js';
import { expectAck } from '../helpers/polls.js';
import { asChair } from '../helpers/scenario.js';
import { useStage } from '../helpers/screens.js';
import { HALL_SMALL } from '../helpers/hall.js';

const stage = useStage({
  event: 'Themabijeenkomst: de burger centraal — wens of werkelijkheid?',
  chair: true,
});
const { srv, ev, browser, chair, problems } = stage;

let roomProjectorUrl: string;

interface Layout {
  codeLines: number;
  addressCodeLines: number;
  codePx: number;
  qrPx: number;
  overflow: boolean;
  qrVisible: boolean;
}

/** How the join elements stand on the screen: lines of the code, sizes, nothing off screen. */
function layout(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const lines = (el: Element | null) => {
      if (!el) return 0;
      const range = document.createRange();
      range.selectNodeContents(el);
      // One line: every box of the text shares a top.
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    };
    const code = document.querySelector('[data-testid="projector-code"]');
    const qr = document.querySelector<HTMLImageElement>('[data-testid="projector-qr"]')!;
    const q = qr.getBoundingClientRect();
    const hit = document.elementFromPoint(q.left + q.width / 2, q.top + q.height / 2);
    const root = document.documentElement;
    return {
      codeLines: lines(code),
      addressCodeLines: lines(document.querySelector('[data-testid="projector-url-code"]')),
      codePx: code ? parseFloat(getComputedStyle(code).fontSize) : 0,
      qrPx: Math.min(q.width, q.height),
      overflow: root.scrollWidth > root.clientWidth || root.scrollHeight > root.clientHeight,
      qrVisible: hit === qr && q.bottom <= innerHeight && q.right <= innerWidth,
    };
  });
}

/** The width of the QR image as loaded: above 0 once it is drawn. */
const qrWidth = (page: Page): Promise<number> =>
  page.getByTestId('projector-qr').evaluate((img) => (img as HTMLImageElement).naturalWidth);

describe.skipIf(!haveBrowser)('the join moment on the beamer', () => {
  beforeAll(async () => {
    const res = await fetch(`${srv.url}/api/events/${ev.code}/rooms`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${srv.adminToken}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify([{ name: 'Groep 47', location: 'Zaal 3' }]),
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { rooms: { projectorUrl: string }[] };
    roomProjectorUrl = body.rooms[0]!.projectorUrl;
  });

  it('[JOIN-7] nothing on screen: a full-screen join slide, huge QR, code readable at 20 m', async () => {
    expectAck(await chair.command({ type: 'activity.show', activityId: null }));
    for (const viewport of [PROJECTOR, HALL_SMALL]) {
      for (const theme of ['dark', 'light'] as const) {
        const context = await browser.newContext({ viewport, locale: 'nl-NL' });
        const page = await context.newPage();
        problems.push(...guard(page, srv.url));
        await page.goto(`${ev.projectorUrl}?theme=${theme}`);
        await page.getByTestId('join-slide').waitFor();
        await expect.poll(() => qrWidth(page)).toBeGreaterThan(0);
        const l = await layout(page);
        const label = `${viewport.width}×${viewport.height} ${theme}`;
        expect(l.overflow, label).toBe(false);
        expect(l.qrVisible, label).toBe(true);
        // The QR takes most of the screen height; the code is three times the body minimum.
        expect(l.qrPx, label).toBeGreaterThan(viewport.height * 0.7);
        expect(l.codePx, label).toBeGreaterThanOrEqual(viewport.height * PROJECTOR_BODY_MIN * 3);
        expect(l.codeLines, label).toBe(1);
        expect(l.addressCodeLines, label).toBe(1);
        console.warn(
          `[JOIN-7] join slide ${label}: QR ${Math.round(l.qrPx)} px, code ${Math.round(l.codePx)} px (${((100 * l.codePx) / viewport.height).toFixed(1)} % of the height)`,
        );
        if (viewport === PROJECTOR) await shot(page, `projector-join-${theme}`);
        if (theme === 'dark') await audit(page, `join slide ${label}`);
        await context.close();
      }
    }
    expect(problems).toEqual([]);
  });

  it('[JOIN-7] beside an activity the address never breaks inside the code, for a room too', async () => {
    const wall = [...chair.activities.values()].find((a) => a.kind === 'wall')!;
    expectAck(await chair.command({ type: 'activity.show', activityId: wall.id }));
    for (const url of [ev.projectorUrl, roomProjectorUrl]) {
      for (const viewport of [PROJECTOR, HALL_SMALL]) {
        const context = await browser.newContext({ viewport, locale: 'nl-NL' });
        const page = await context.newPage();
        problems.push(...guard(page, srv.url));
        await page.goto(url);
        await page.getByTestId('projector-wall').waitFor({ state: 'attached' });
        const l = await layout(page);
        const label = `${url} at ${viewport.width}×${viewport.height}`;
        expect(l.overflow, label).toBe(false);
        expect(l.codeLines, label).toBe(1);
        expect(l.addressCodeLines, label).toBe(1);
        await context.close();
      }
    }
    expect(problems).toEqual([]);
  });

  it("[JOIN-7] an English event's join slide speaks English", async () => {
    const en = await srv.createEvent('Citizens first', 'en');
    const enChair = await asChair(srv, en);
    expectAck(await enChair.command({ type: 'activity.show', activityId: null }));
    enChair.close();
    const context = await browser.newContext({ viewport: HALL_SMALL, locale: 'en-GB' });
    const page = await context.newPage();
    problems.push(...guard(page, srv.url));
    await page.goto(en.projectorUrl);
    const slide = page.getByTestId('join-slide');
    await expect.poll(() => slide.innerText()).toContain('with the code');
    expect(await page.getByTestId('projector-code').innerText()).toBe(en.code);
    await context.close();
    expect(problems).toEqual([]);
  });
});
