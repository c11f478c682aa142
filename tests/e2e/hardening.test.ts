// Hostile text must stay text on every screen, the CSP must hold, and no page may reach out
// to another host. Also: a phone that goes offline keeps what it sends and delivers it once.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startPoll } from '../helpers/polls.js';
import { chairKey, GENEROUS } from '../helpers/server.js';
import { guard, haveBrowser, phoneContext } from '../helpers/browser.js';
import { asChair, asParticipant } from '../helpers/scenario.js';
import { openScreen, useStage, type Screen } from '../helpers/screens.js';
import { setWall } from '../helpers/statements.js';

const stage = useStage({ config: { rateLimits: GENEROUS }, event: 'Veiligheid' });
const { srv, ev, browser } = stage;

const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=2">',
  '<a href="javascript:window.__pwned=3">klik</a>',
  '<svg onload="window.__pwned=4"><circle r=5/></svg>',
  '"><iframe srcdoc="<script>parent.__pwned=5</script>">',
  '<style>body{display:none}</style>{{constructor.constructor("window.__pwned=6")()}}',
];

/** What one XSS case puts on the screens, and how to tell each screen has drawn it. */
interface XssCase {
  title: string;
  /** Seeds the hostile content; returns the screens to open and what is left to clean up. */
  seed(): Promise<{ screens: [Screen | 'speaker', string][]; done: () => Promise<void> | void }>;
  /** Waits until every screen shows the payloads (pages in the order of `screens`). */
  ready(pages: Page[]): Promise<void>;
  /** Clicks every javascript: link and hovers, to fire what a payload might have planted. */
  poke: boolean;
  /** Elements no payload may have created (the chair's own mirror frame aside, CHAIR-7). */
  planted: string;
  /** How the payload must read on each page: all of the body's text or only what is rendered. */
  text: 'textContent' | 'innerText';
  csp: boolean;
}

// The chair's own frames (the live mirror and the ← / → previews, CHAIR-7, CHAIR-12) are Vonk's.
const PLANTED =
  'iframe:not([data-testid="mirror-frame"]):not([data-testid^="preview-"]), script:not([src]), svg circle, img[src="x"]';
/** A frame drawn after what the test did: the page has handled the hover. */
const painted = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

const XSS_CASES: XssCase[] = [
  {
    title: '[AUTH-4] XSS payloads as statements and names stay inert on phone, chair and projector',
    async seed() {
      const chairWs = await asChair(srv, ev);
      const wallId = await setWall(chairWs, { moderation: 'post', maxLength: 200 });
      const poster = await asParticipant(srv, ev, 'xss-poster-1');
      for (const [i, text] of PAYLOADS.entries()) {
        const ack = await poster.command({
          type: 'statement.submit',
          activityId: wallId,
          text,
          name: PAYLOADS[(i + 1) % PAYLOADS.length]!.slice(0, 40),
        });
        expect(ack.type).toBe('ack');
      }
      // One pending too, for the chair's queue.
      await chairWs.command({
        type: 'activity.update',
        activityId: wallId,
        config: { moderation: 'pre' },
      });
      await poster.command({ type: 'statement.submit', activityId: wallId, text: PAYLOADS[1]! });
      return {
        screens: [
          ['phone', ev.joinUrl],
          ['chair', ev.chairUrl],
          ['projector', ev.projectorUrl],
        ],
        done: () => {
          chairWs.close();
          poster.close();
        },
      };
    },
    async ready([phone, chair, projector]) {
      await phone!
        .getByTestId('wall-item')
        .nth(PAYLOADS.length - 1)
        .waitFor();
      // The projector hides what does not fit at its minimum text size; it is still rendered.
      await projector!
        .getByTestId('projector-item')
        .nth(PAYLOADS.length - 1)
        .waitFor({ state: 'attached' });
      await chair!.getByTestId('queue-item').first().waitFor();
    },
    poke: true,
    planted: PLANTED,
    text: 'textContent',
    csp: true,
  },
  {
    title: '[AUTH-4] XSS payloads as poll questions, options and drawbacks stay inert',
    async seed() {
      const ev2 = await srv.createEvent('Veilige peiling');
      const chairWs = await asChair(srv, ev2);
      const pollId = await startPoll(chairWs, {
        pollKind: 'dilemma',
        question: PAYLOADS[0]!,
        options: [
          { id: 'a', label: PAYLOADS[1]!.slice(0, 120), drawback: PAYLOADS[3]! },
          { id: 'b', label: PAYLOADS[2]!.slice(0, 120), drawback: PAYLOADS[4]!.slice(0, 200) },
        ],
      });
      await chairWs.command({ type: 'poll.control', pollId, action: 'reveal' });
      return {
        screens: [
          ['phone', ev2.joinUrl],
          ['chair', ev2.chairUrl],
          ['projector', ev2.projectorUrl],
        ],
        done: () => chairWs.close(),
      };
    },
    async ready(pages) {
      for (const page of pages) {
        await expect
          .poll(() => page.locator('body').innerText())
          .toContain('<script>window.__pwned=1</script>');
        await painted(page);
      }
    },
    poke: false,
    planted:
      'iframe:not([data-testid="mirror-frame"]):not([data-testid^="preview-"]), script:not([src]), img[src="x"]',
    text: 'innerText',
    csp: false,
  },
  {
    title:
      '[AUTH-4][QA-3] XSS payloads as questions, names and pitch titles stay inert on every screen',
    async seed() {
      const chairWs = await asChair(srv, ev);
      const qaAck = await chairWs.command({
        type: 'activity.create',
        kind: 'qa',
        title: PAYLOADS[0]!.slice(0, 120),
        config: {
          pitch: PAYLOADS[1]!,
          speaker: PAYLOADS[3]!.slice(0, 80),
          open: true,
          moderation: 'post',
        },
      });
      const qaId = (qaAck as { id: string }).id;
      const wallId = chairWs.currentWallId();
      await chairWs.command({ type: 'activity.show', activityId: qaId });
      const asker = await asParticipant(srv, ev, 'xss-asker-1');
      const ids: string[] = [];
      for (const [i, text] of PAYLOADS.entries()) {
        const ack = await asker.command({
          type: 'question.ask',
          activityId: qaId,
          text,
          name: PAYLOADS[(i + 2) % PAYLOADS.length]!.slice(0, 40),
        });
        expect(ack.type).toBe('ack');
        ids.push((ack as { id: string }).id);
      }
      await chairWs.command({ type: 'question.moderate', questionId: ids[0]!, action: 'stage' });
      await chairWs.command({
        type: 'activity.update',
        activityId: qaId,
        config: { moderation: 'pre' },
      });
      await asker.command({ type: 'question.ask', activityId: qaId, text: PAYLOADS[2]! });
      return {
        screens: [
          ['phone', ev.joinUrl],
          ['chair', ev.chairUrl],
          ['projector', ev.projectorUrl],
          ['speaker', ev.projectorUrl.replace('/p/', '/s/')],
        ],
        done: async () => {
          // The wall goes back on screen for the tests that follow.
          await chairWs.command({ type: 'activity.show', activityId: wallId });
          chairWs.close();
          asker.close();
        },
      };
    },
    async ready([phone, chair, projector, speaker]) {
      await phone!
        .getByTestId('qa-item')
        .nth(PAYLOADS.length - 1)
        .waitFor();
      await projector!.getByTestId('projector-stage').waitFor();
      await speaker!.getByTestId('speaker-stage').waitFor();
      await chair!.getByTestId('qa-queue-item').first().waitFor();
    },
    poke: true,
    planted: PLANTED,
    text: 'innerText',
    csp: true,
  },
];

describe.skipIf(!haveBrowser)('hardening in Chromium', () => {
  for (const xss of XSS_CASES) {
    it(xss.title, async () => {
      const { screens, done } = await xss.seed();
      const problems: string[] = [];
      const cspViolations: string[] = [];
      const pages: Page[] = [];
      for (const [name, url] of screens) {
        // The speaker's tablet: the browser's own default window.
        const page =
          name === 'speaker'
            ? await openScreen(browser, 'chair', {
                context: { viewport: { width: 1280, height: 720 } },
              })
            : await openScreen(browser, name);
        problems.push(...guard(page, srv.url));
        page.on('console', (m) => {
          if (/Content Security Policy/i.test(m.text())) cspViolations.push(`${name}: ${m.text()}`);
        });
        await page.goto(url);
        pages.push(page);
      }
      await xss.ready(pages);
      if (xss.poke) {
        for (const page of pages) {
          for (const a of await page.locator('a[href^="javascript"]').all())
            await a.click().catch(() => undefined);
          await page.mouse.move(200, 200);
          await painted(page);
        }
      }
      for (const [i, page] of pages.entries()) {
        const name = screens[i]![0];
        expect(
          await page.evaluate(() => (window as { __pwned?: number }).__pwned),
          name,
        ).toBeUndefined();
        expect(await page.locator(xss.planted).count(), name).toBe(0);
        const body = (await page.locator('body')[xss.text]()) ?? '';
        expect(body, name).toContain(PAYLOADS[0]!);
      }
      expect(problems).toEqual([]);
      // Our own pages cause no CSP violation (none from inline script or style).
      if (xss.csp) expect(cspViolations).toEqual([]);
      await done();
    });
  }

  it('[AUTH-4] every page is served with a CSP without inline script', async () => {
    for (const path of [
      '/',
      `/j/${ev.code}`,
      `/p/${ev.code}`,
      `/s/${ev.code}`,
      `/c/${ev.code}?k=${chairKey(ev.chairUrl)}`,
      '/o',
    ]) {
      const res = await fetch(`${srv.url}${path}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toMatch(/script-src 'self'(;|$)/);
      expect(csp, path).not.toContain('unsafe');
      const html = await res.text();
      expect(html, path).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html, path).not.toMatch(/\sstyle="/);
    }
  });

  it('[DUR-3] offline: two posts wait in the outbox, survive a reload, arrive exactly once', async () => {
    const ctx = await phoneContext(browser);
    const phone = await ctx.newPage();
    await phone.goto(ev.joinUrl);
    await expect
      .poll(() => phone.getByTestId('conn-status').getAttribute('data-status'))
      .toBe('online');
    await ctx.setOffline(true);
    // The page notices the lost connection (the socket is cut as well).
    await phone.evaluate(() => window.dispatchEvent(new Event('offline')));
    for (const text of ['Offline een', 'Offline twee']) {
      await phone.getByTestId('statement-input').fill(text);
      await phone.getByTestId('send-button').click();
    }
    await expect
      .poll(() => phone.getByTestId('mine-item').filter({ hasText: 'Offline' }).count())
      .toBe(2);
    for (const row of await phone.getByTestId('mine-item').filter({ hasText: 'Offline' }).all()) {
      expect(await row.getAttribute('data-status')).toBe('sending');
      expect(await row.innerText()).toContain('Wordt verzonden');
    }
    // The outbox is in localStorage, so a reload keeps it. (A reload while offline would need
    // a service worker to serve the page; reload the moment the network is back instead.)
    const stored = await phone.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(stored).toContain('Offline een');
    expect(stored).toContain('Offline twee');
    await ctx.setOffline(false);
    await phone.reload();
    await expect
      .poll(() => phone.getByTestId('conn-status').getAttribute('data-status'), { timeout: 15_000 })
      .toBe('online');
    const chair = await asChair(srv, ev);
    await chair.until(
      () => [...chair.statements.values()].filter((s) => s.text.startsWith('Offline')).length === 2,
      15_000,
    );
    // The outbox is drained (every row acked): nothing is left that could be sent again.
    await expect
      .poll(() =>
        phone
          .getByTestId('mine-item')
          .filter({ hasText: 'Offline' })
          .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status'))),
      )
      .not.toContain('sending');
    const again = await asChair(srv, ev);
    expect(
      [...again.statements.values()]
        .filter((s) => s.text.startsWith('Offline'))
        .map((s) => s.text)
        .sort(),
    ).toEqual(['Offline een', 'Offline twee']);
    chair.close();
    again.close();
  });
});
