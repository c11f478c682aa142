// Hostile text must stay text on every screen, the CSP must hold, and no page may reach out
// to another host. Also: a phone that goes offline keeps what it sends and delivers it once.

import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startPoll } from '../helpers/polls.js';
import { chairKey, GENEROUS } from '../helpers/server.js';
import { CHAIR, guard, haveBrowser, phoneContext, PROJECTOR } from '../helpers/browser.js';
import { asChair, asParticipant } from '../helpers/scenario.js';
import { useStage } from '../helpers/screens.js';

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

describe.skipIf(!haveBrowser)('hardening in Chromium', () => {
  it('[AUTH-4] XSS payloads as statements and names stay inert on phone, chair and projector', async () => {
    const chairWs = await asChair(srv, ev);
    const wallId = chairWs.currentWallId();
    await chairWs.command({
      type: 'activity.update',
      activityId: wallId,
      config: { moderation: 'post', maxLength: 200 },
    });
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

    const pages: [string, Page][] = [];
    const problems: string[] = [];
    const cspViolations: string[] = [];
    for (const [name, url, ctx] of [
      ['phone', ev.joinUrl, await phoneContext(browser)],
      ['chair', ev.chairUrl, await browser.newContext({ viewport: CHAIR })],
      ['projector', ev.projectorUrl, await browser.newContext({ viewport: PROJECTOR })],
    ] as [string, string, BrowserContext][]) {
      const page = await ctx.newPage();
      problems.push(...guard(page, srv.url));
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) cspViolations.push(`${name}: ${m.text()}`);
      });
      await page.goto(url);
      pages.push([name, page]);
    }
    const [, phone] = pages[0]!;
    const [, chair] = pages[1]!;
    const [, projector] = pages[2]!;
    await phone
      .getByTestId('wall-item')
      .nth(PAYLOADS.length - 1)
      .waitFor();
    // The projector hides what does not fit at its minimum text size; it is still rendered.
    await projector
      .getByTestId('projector-item')
      .nth(PAYLOADS.length - 1)
      .waitFor({ state: 'attached' });
    await chair.getByTestId('queue-item').first().waitFor();
    // Click every link a payload might have produced, hover everything.
    for (const [, page] of pages) {
      for (const a of await page.locator('a[href^="javascript"]').all())
        await a.click().catch(() => undefined);
      await page.mouse.move(200, 200);
      await page.waitForTimeout(200);
    }
    // The chair console's mirror of the projector (CHAIR-7) is Vonk's own frame; any other counts.
    for (const [name, page] of pages) {
      expect(
        await page.evaluate(() => (window as { __pwned?: number }).__pwned),
        name,
      ).toBeUndefined();
      expect(
        await page
          .locator(
            'iframe:not([data-testid="mirror-frame"]), script:not([src]), svg circle, img[src="x"]',
          )
          .count(),
        name,
      ).toBe(0);
      const body = (await page.locator('body').textContent()) ?? '';
      expect(body, name).toContain('<script>window.__pwned=1</script>');
    }
    expect(problems).toEqual([]);
    // Our own pages cause no CSP violation (none from inline script or style).
    expect(cspViolations).toEqual([]);
    chairWs.close();
    poster.close();
  });

  it('[AUTH-4] XSS payloads as poll questions, options and drawbacks stay inert', async () => {
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
    const pages: Page[] = [];
    const problems: string[] = [];
    for (const [url, ctx] of [
      [ev2.joinUrl, await phoneContext(browser)],
      [ev2.chairUrl, await browser.newContext({ viewport: CHAIR })],
      [ev2.projectorUrl, await browser.newContext({ viewport: PROJECTOR })],
    ] as [string, BrowserContext][]) {
      const page = await ctx.newPage();
      problems.push(...guard(page, srv.url));
      await page.goto(url);
      pages.push(page);
    }
    for (const page of pages) {
      await expect
        .poll(() => page.locator('body').innerText())
        .toContain('<script>window.__pwned=1</script>');
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(
        await page
          .locator('iframe:not([data-testid="mirror-frame"]), script:not([src]), img[src="x"]')
          .count(),
      ).toBe(0);
    }
    expect(problems).toEqual([]);
    chairWs.close();
  });

  it('[AUTH-4][QA-3] XSS payloads as questions, names and pitch titles stay inert on every screen', async () => {
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

    const problems: string[] = [];
    const cspViolations: string[] = [];
    const pages: [string, Page][] = [];
    for (const [name, url, ctx] of [
      ['phone', ev.joinUrl, await phoneContext(browser)],
      ['chair', ev.chairUrl, await browser.newContext({ viewport: CHAIR })],
      ['projector', ev.projectorUrl, await browser.newContext({ viewport: PROJECTOR })],
      ['speaker', ev.projectorUrl.replace('/p/', '/s/'), await browser.newContext()],
    ] as [string, string, BrowserContext][]) {
      const page = await ctx.newPage();
      problems.push(...guard(page, srv.url));
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) cspViolations.push(`${name}: ${m.text()}`);
      });
      await page.goto(url);
      pages.push([name, page]);
    }
    const [[, phone], [, chair], [, projector], [, speaker]] = pages as [
      [string, Page],
      [string, Page],
      [string, Page],
      [string, Page],
    ];
    await phone
      .getByTestId('qa-item')
      .nth(PAYLOADS.length - 1)
      .waitFor();
    await projector.getByTestId('projector-stage').waitFor();
    await speaker.getByTestId('speaker-stage').waitFor();
    await chair.getByTestId('qa-queue-item').first().waitFor();
    for (const [, page] of pages) {
      for (const a of await page.locator('a[href^="javascript"]').all())
        await a.click().catch(() => undefined);
      await page.mouse.move(200, 200);
      await page.waitForTimeout(200);
    }
    for (const [name, page] of pages) {
      expect(
        await page.evaluate(() => (window as { __pwned?: number }).__pwned),
        name,
      ).toBeUndefined();
      expect(
        await page
          .locator(
            'iframe:not([data-testid="mirror-frame"]), script:not([src]), svg circle, img[src="x"]',
          )
          .count(),
        name,
      ).toBe(0);
      expect(await page.locator('body').innerText(), name).toContain(PAYLOADS[0]!);
    }
    expect(problems).toEqual([]);
    expect(cspViolations).toEqual([]);
    // The wall goes back on screen for the tests that follow.
    await chairWs.command({ type: 'activity.show', activityId: wallId });
    chairWs.close();
    asker.close();
  });

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
    await phone.waitForTimeout(1500);
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
