// Event branding on the real screens in Chromium: the organizer sets a light theme, a hard to
// read accent and a logo in the branding panel; the open projector follows without a reload,
// keeps every text at 7:1, uses the adjusted accent and shows the logo. Also: ?theme= on the
// link, reduced motion, the minimum text size for a 20 m hall, and axe on the new states.

import { deflateSync, crc32 } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PROJECTOR_BODY_MIN,
  PROJECTOR_MIN_CONTRAST,
  PROJECTOR_SUPPORT_MIN,
  pageAccent,
  projectorAccent,
} from '../../shared/brand.js';
import { CHAIR, guard, haveBrowser, PHONE, PROJECTOR, shot } from '../helpers/browser.js';
import { dilemmaConfig, expectAck, startPoll } from '../helpers/polls.js';
import { type CreatedEvent } from '../helpers/server.js';
import { audit } from '../helpers/a11y.js';
import { asChair, asParticipant } from '../helpers/scenario.js';
import { useStage } from '../helpers/screens.js';

const stage = useStage({ event: 'Sociale Top' });
const { srv, ev, browser } = stage;

const LOW_CONTRAST = '#ffff00';

/** A real, decodable PNG: a dark plate with a yellow band (width × height, RGBA). */
function makePng(width = 240, height = 80): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 4);
    for (let x = 0; x < width; x++) {
      const band = y > height / 3 && y < (2 * height) / 3;
      row.set(band ? [255, 210, 63, 255] : [11, 61, 145, 255], 1 + x * 4);
    }
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

interface TextProblem {
  text: string;
  color: string;
  background: string;
  ratio: number;
}

/**
 * Every visible element with its own text: its colour against its effective background (the
 * first opaque background up the tree, semi-transparent ones blended on the way). Runs in the page.
 */
async function contrastProblems(page: Page, min: number): Promise<TextProblem[]> {
  // Items fade in: judge the screen as it stands once every animation has ended.
  await page.evaluate(() =>
    Promise.race([
      Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))),
      new Promise((resolve) => setTimeout(resolve, 3000)),
    ]),
  );
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
const rootVar = (page: Page, name: string) =>
  page.evaluate(
    (n) => getComputedStyle(document.documentElement).getPropertyValue(n).trim().toLowerCase(),
    name,
  );

const STATEMENTS = [
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

const contexts: BrowserContext[] = [];

async function context(opts: Parameters<Browser['newContext']>[0]): Promise<BrowserContext> {
  const c = await browser.newContext({ locale: 'nl-NL', ...opts });
  contexts.push(c);
  return c;
}

async function fillWall(event: CreatedEvent, texts: string[], who: string): Promise<void> {
  const chair = await asChair(srv, event);
  const wallId = chair.currentWallId();
  await chair.command({
    type: 'activity.update',
    activityId: wallId,
    config: { moderation: 'post' },
  });
  const phone = await asParticipant(srv, event, `participant-${who}`);
  for (const text of texts)
    expectAck(await phone.command({ type: 'statement.submit', activityId: wallId, text }));
  chair.close();
  phone.close();
}

/** Opens the organizer page on an event's detail, in a language. */
async function organizer(code: string, lang: 'nl' | 'en'): Promise<Page> {
  const page = await (await context({ viewport: CHAIR })).newPage();
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

describe.skipIf(!haveBrowser)('event branding on the screens', () => {
  beforeAll(async () => {
    await fillWall(ev, STATEMENTS, 'wall');
  }, 60_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
  });

  it('[BRAND-1] [BRAND-2] [BRAND-3] the organizer sets light, a yellow accent and a logo; the open projector follows live at 7:1', async () => {
    const projector = await (await context({ viewport: PROJECTOR })).newPage();
    const problems = guard(projector, srv.url);
    await projector.goto(ev.projectorUrl);
    await projector.getByTestId('projector-wall').waitFor();
    expect(await projector.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await contrastProblems(projector, PROJECTOR_MIN_CONTRAST)).toEqual([]);
    expect(await projector.getByTestId('projector-logo').count()).toBe(0);

    const org = await organizer(ev.code, 'nl');
    const orgProblems = guard(org, srv.url);
    // A refused logo: the server's reason in Dutch, announced.
    await org.getByTestId('branding-logo-file').setInputFiles({
      name: 'logo.svg',
      mimeType: 'image/svg+xml',
      buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
    });
    const error = org.getByTestId('branding-error');
    await expect.poll(() => error.innerText()).toMatch(/PNG-, JPEG- of WebP/);
    expect(await error.getAttribute('role')).toBe('alert');
    const big = Buffer.alloc(600 * 1024);
    makePng().copy(big);
    await org.getByTestId('branding-logo-file').setInputFiles({
      name: 'groot.png',
      mimeType: 'image/png',
      buffer: big,
    });
    await expect.poll(() => error.innerText()).toMatch(/te groot.*512 KB/);

    // The accent: the preview shows the colour the screens will really use.
    await org.getByTestId('branding-accent-text').fill('geel');
    await org.getByTestId('branding-save').click();
    await org.getByTestId('branding-accent-error').waitFor();
    expect(await org.getByTestId('branding-accent-error').getAttribute('role')).toBe('alert');
    await org.getByTestId('branding-accent-text').fill(LOW_CONTRAST);
    await org.getByTestId('branding-theme-light').check();
    const phoneAccent = pageAccent(LOW_CONTRAST).accent;
    const beamerAccent = projectorAccent(LOW_CONTRAST, 'light');
    expect(phoneAccent).not.toBe(LOW_CONTRAST);
    expect(beamerAccent).not.toBe(LOW_CONTRAST);
    expect(await org.getByTestId('branding-chip-projector').getAttribute('data-color')).toBe(
      beamerAccent,
    );
    expect(await org.getByTestId('branding-chip-phone').getAttribute('data-color')).toBe(
      phoneAccent,
    );
    expect(await org.getByTestId('branding-adjusted').innerText()).toContain(
      `Aangepast voor leesbaarheid: telefoon ${phoneAccent}, scherm ${beamerAccent}`,
    );
    await org.getByTestId('branding-save').click();
    await expect
      .poll(() => org.getByTestId('branding-status').innerText())
      .toBe('Huisstijl opgeslagen.');
    await org.getByTestId('branding-logo-file').setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: makePng(),
    });
    await expect
      .poll(() => org.getByTestId('branding-status').innerText())
      .toBe('Logo opgeslagen.');
    expect(await org.getByTestId('branding-error').count()).toBe(0);
    await shot(org, 'branding-organizer-nl');

    // The projector, never reloaded, follows.
    await expect
      .poll(() => projector.evaluate(() => document.documentElement.dataset.theme))
      .toBe('light');
    expect(await rootVar(projector, '--p-accent')).toBe(beamerAccent);
    expect(
      await projector.locator('.projector__prompt').evaluate((el) => getComputedStyle(el).color),
    ).toBe(hexToRgb(beamerAccent));
    const logo = projector.getByTestId('projector-logo');
    await logo.waitFor();
    await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(240);
    expect(await logo.getAttribute('alt')).toBe('Sociale Top');
    // In the corner, inside the join panel, covering nothing of the stage or the QR code.
    const box = (await logo.boundingBox())!;
    const panel = (await projector.locator('.projector__join').boundingBox())!;
    const qr = (await projector.getByTestId('projector-qr').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(panel.x);
    expect(box.y + box.height).toBeLessThanOrEqual(qr.y);
    expect(box.height).toBeLessThanOrEqual(PROJECTOR.height * 0.1 + 1);
    expect(await contrastProblems(projector, PROJECTOR_MIN_CONTRAST)).toEqual([]);
    await shot(projector, 'branding-projector-light-wall');
    expect(problems).toEqual([]);
    expect(orgProblems).toEqual([]);

    // The phone: the adjusted accent on its buttons, the logo in its top bar.
    const phone = await stage.open('phone');
    contexts.push(phone.context());
    await phone.goto(ev.joinUrl);
    const phoneLogo = phone.getByTestId('event-logo');
    await phoneLogo.waitFor();
    await expect
      .poll(() => phoneLogo.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
    // Beside the event's name on the phone: decorative, so a screen reader says the name once.
    expect(await phoneLogo.getAttribute('alt')).toBe('');
    expect(await rootVar(phone, '--accent')).toBe(phoneAccent);
    expect(
      await phone.getByTestId('send-button').evaluate((el) => getComputedStyle(el).backgroundColor),
    ).toBe(hexToRgb(phoneAccent));
    await audit(phone, 'participant with branding');
    await shot(phone, 'branding-phone');

    // Removing the logo reaches the projector too.
    await org.getByTestId('branding-logo-remove').click();
    await expect.poll(() => projector.getByTestId('projector-logo').count()).toBe(0);
    await expect.poll(() => phone.getByTestId('event-logo').count()).toBe(0);
    // And it comes back for the next tests.
    await org.getByTestId('branding-logo-file').setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: makePng(),
    });
    await projector.getByTestId('projector-logo').waitFor();
  }, 120_000);

  it('[BRAND-1] [A11Y-1] every activity in the light theme keeps 7:1: wall, poll, Q&A, round, join panel', async () => {
    // Plain swaps, no fades (see the busy wall below): contrast is read on settled text.
    const projector = await (
      await context({ viewport: PROJECTOR, reducedMotion: 'reduce' })
    ).newPage();
    await projector.goto(ev.projectorUrl);
    await projector.getByTestId('projector-wall').waitFor();
    expect(await projector.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    const chair = await asChair(srv, ev);
    const wallId = chair.currentWallId();
    const voter = await asParticipant(srv, ev, 'participant-voter');
    try {
      // Poll: voting, then the results revealed.
      const pollId = await startPoll(chair, dilemmaConfig());
      await projector.locator('.projector-poll, [data-testid="projector-poll"]').first().waitFor();
      expectAck(await voter.command({ type: 'poll.vote', pollId, optionIds: ['d0'] }));
      expectAck(await chair.command({ type: 'poll.control', pollId, action: 'close' }));
      expectAck(await chair.command({ type: 'poll.control', pollId, action: 'reveal' }));
      await projector.locator('.bar__fill').first().waitFor();
      expect(await contrastProblems(projector, PROJECTOR_MIN_CONTRAST), 'poll').toEqual([]);
      await shot(projector, 'branding-projector-light-poll');
      await audit(projector, 'projector light poll');

      // Q&A with a question on stage and others below.
      const created = await chair.command({
        type: 'activity.create',
        kind: 'qa',
        title: '',
        config: { pitch: 'Het Pieperproject', moderation: 'post', open: true },
      });
      expectAck(created);
      const qaId = (created as { id: string }).id;
      expectAck(await chair.command({ type: 'activity.show', activityId: qaId }));
      const asked: string[] = [];
      for (const text of ['Wie betaalt het?', 'Hoe groot is de groep?', 'Wanneer begint het?']) {
        const r = await voter.command({ type: 'question.ask', activityId: qaId, text });
        expectAck(r);
        asked.push((r as { id: string }).id);
      }
      expectAck(
        await chair.command({ type: 'question.moderate', questionId: asked[0]!, action: 'stage' }),
      );
      await projector.getByTestId('projector-qa').waitFor();
      await projector.locator('.qa-proj__stage').waitFor();
      expect(await contrastProblems(projector, PROJECTOR_MIN_CONTRAST), 'qa').toEqual([]);
      await shot(projector, 'branding-projector-light-qa');
      await audit(projector, 'projector light qa');

      // The dilemma round with contributions.
      const round = await chair.command({
        type: 'activity.create',
        kind: 'round',
        title: 'Dagbesteding',
        config: { dilemma: 'Moet de dagbesteding in het dorp blijven?', moderation: 'post' },
      });
      expectAck(round);
      const roundId = (round as { id: string }).id;
      expectAck(await chair.command({ type: 'activity.show', activityId: roundId }));
      expectAck(await chair.command({ type: 'round.control', activityId: roundId, phase: 1 }));
      expectAck(
        await voter.command({
          type: 'statement.submit',
          activityId: roundId,
          text: 'Mijn moeder ging er elke dag heen',
        }),
      );
      await projector.getByTestId('projector-round').waitFor();
      await projector.locator('.projector-item').first().waitFor();
      expect(await contrastProblems(projector, PROJECTOR_MIN_CONTRAST), 'round').toEqual([]);
      await shot(projector, 'branding-projector-light-round');
      await audit(projector, 'projector light round');

      // Back to the wall for the tests after this one.
      expectAck(await chair.command({ type: 'activity.show', activityId: wallId }));
      await projector.getByTestId('projector-wall').waitFor();
      expect(await contrastProblems(projector, PROJECTOR_MIN_CONTRAST), 'wall').toEqual([]);
      await audit(projector, 'projector light wall');
    } finally {
      await chair.command({ type: 'activity.show', activityId: wallId });
      chair.close();
      voter.close();
    }
  }, 120_000);

  it('[BRAND-1] ?theme=dark on the link overrides the event; an unknown value is ignored', async () => {
    const page = await (await context({ viewport: PROJECTOR })).newPage();
    await page.goto(`${ev.projectorUrl}?theme=dark`);
    await page.getByTestId('projector-wall').waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await rootVar(page, '--p-accent')).toBe(projectorAccent(LOW_CONTRAST, 'dark'));
    expect(await rootVar(page, '--p-bg')).toBe('#0b0b10');
    expect(await contrastProblems(page, PROJECTOR_MIN_CONTRAST)).toEqual([]);
    await page.getByTestId('projector-logo').waitFor();
    await shot(page, 'branding-projector-dark-override');

    await page.goto(`${ev.projectorUrl}?theme=neon`);
    await page.getByTestId('projector-wall').waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await rootVar(page, '--p-bg')).toBe('#ffffff');
  }, 60_000);

  it('[A11Y-1] with reduced motion nothing on the projector or phone moves longer than 0.01 s', async () => {
    /** Adds a statement, catches the new item as it appears, and lists what moves on the page. */
    const moving = async (page: Page, selector: string, text: string) => {
      const seen = page.evaluate(
        ({ sel, txt }) =>
          new Promise<string[]>((resolve) => {
            const report = () => {
              const out: string[] = [];
              for (const a of document.getAnimations()) {
                const d = Number(a.effect?.getComputedTiming().duration ?? 0);
                if (a.playState === 'running' && d > 10) out.push(`animation ${d} ms`);
              }
              for (const el of Array.from(document.querySelectorAll('*'))) {
                const s = getComputedStyle(el);
                const longest = (v: string) =>
                  Math.max(
                    ...v.split(',').map((x) => parseFloat(x) * (x.includes('ms') ? 1 : 1000)),
                  );
                if (longest(s.transitionDuration) > 10)
                  out.push(`transition ${s.transitionDuration} on ${el.className}`);
                if (s.animationName !== 'none' && longest(s.animationDuration) > 10)
                  out.push(`animation ${s.animationDuration} on ${el.className}`);
              }
              resolve(out);
            };
            const obs = new MutationObserver(() => {
              const hit = Array.from(document.querySelectorAll(sel)).some((e) =>
                e.textContent?.includes(txt),
              );
              if (hit) {
                obs.disconnect();
                report();
              }
            });
            obs.observe(document.body, { childList: true, subtree: true });
          }),
        { sel: selector, txt: text },
      );
      await fillWall(ev, [text], `motion-${text.length}`);
      return seen;
    };

    const normal = await (await context({ viewport: PROJECTOR })).newPage();
    await normal.goto(ev.projectorUrl);
    await normal.getByTestId('projector-wall').waitFor();
    // The control: without the preference the new item does animate, so the check can see it.
    expect(await moving(normal, '.projector-item', 'Beweging mag hier')).not.toEqual([]);

    const still = await (await context({ viewport: PROJECTOR, reducedMotion: 'reduce' })).newPage();
    await still.goto(ev.projectorUrl);
    await still.getByTestId('projector-wall').waitFor();
    expect(await moving(still, '.projector-item', 'Hier staat alles stil')).toEqual([]);

    const phone = await (
      await context({
        viewport: PHONE,
        isMobile: true,
        hasTouch: true,
        reducedMotion: 'reduce',
      })
    ).newPage();
    await phone.goto(ev.joinUrl);
    await phone.getByTestId('statement-input').waitFor();
    expect(await moving(phone, 'li', 'Ook op de telefoon stil')).toEqual([]);
  }, 90_000);

  it('[A11Y-1] on a 1920×1080 beamer with a busy wall, statements are ≥ 4.3 % and supporting text ≥ 2.6 % of the height', async () => {
    const busy = await srv.createEvent('Drukke zaal');
    const many = Array.from(
      { length: 36 },
      (_, i) => `${STATEMENTS[i % STATEMENTS.length]!} (${i + 1})`,
    );
    await fillWall(busy, many, 'busy');
    for (const theme of ['dark', 'light'] as const) {
      // A wall this full turns its pages by the clock (WALL-9), and a page fades in; with
      // reduced motion a page is swapped plainly, so no reading catches a half-faded page.
      const page = await (
        await context({ viewport: PROJECTOR, reducedMotion: 'reduce' })
      ).newPage();
      await page.goto(`${busy.projectorUrl}?theme=${theme}`);
      await page.getByTestId('projector-wall').waitFor();
      await expect.poll(() => page.locator('.projector-item').count()).toBeGreaterThan(10);
      const sizes = await page.evaluate(() => {
        const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
        const statements = Array.from(document.querySelectorAll('.projector-item__text')).map(px);
        const all: { text: string; size: number }[] = [];
        for (const el of Array.from(document.body.querySelectorAll('*'))) {
          const own = Array.from(el.childNodes)
            .filter((n) => n.nodeType === Node.TEXT_NODE)
            .map((n) => n.textContent ?? '')
            .join('')
            .trim();
          const r = el.getBoundingClientRect();
          if (own && r.width > 0 && r.height > 0)
            all.push({ text: own.slice(0, 30), size: px(el) });
        }
        return { statements, all };
      });
      expect(sizes.statements.length).toBeGreaterThan(10);
      const body = PROJECTOR_BODY_MIN * PROJECTOR.height;
      const support = PROJECTOR_SUPPORT_MIN * PROJECTOR.height;
      expect(Math.min(...sizes.statements), theme).toBeGreaterThanOrEqual(body - 0.01);
      expect(
        sizes.all.filter((t) => t.size < support - 0.01),
        theme,
      ).toEqual([]);
      expect(await contrastProblems(page, PROJECTOR_MIN_CONTRAST), theme).toEqual([]);
      await shot(page, `branding-projector-busy-${theme}`);
    }
  }, 90_000);

  for (const lang of ['nl', 'en'] as const) {
    it(`[A11Y-1] [BRAND-3] axe: the organizer's branding panel and the light projector (${lang})`, async () => {
      const own = await srv.createEvent(lang === 'nl' ? 'Huisstijl' : 'Branding', lang);
      const org = await organizer(own.code, lang);
      await audit(org, `organizer branding ${lang}`);
      await org.getByTestId('branding-accent-text').fill('#ffff00');
      await org.getByTestId('branding-theme-light').check();
      await org.getByTestId('branding-accent-text').fill('#zz');
      await org.getByTestId('branding-save').click();
      await org.getByTestId('branding-accent-error').waitFor();
      await audit(org, `organizer branding with error ${lang}`);
      await org.getByTestId('branding-accent-text').fill('#ffff00');
      await org.getByTestId('branding-save').click();
      await expect
        .poll(() => org.getByTestId('branding-status').innerText())
        .toBe(lang === 'nl' ? 'Huisstijl opgeslagen.' : 'Branding saved.');
      await org.getByTestId('branding-logo-file').setInputFiles({
        name: 'logo.png',
        mimeType: 'image/png',
        buffer: makePng(),
      });
      await org.getByTestId('branding-logo').waitFor();
      await audit(org, `organizer branding with logo ${lang}`);
      await org.getByTestId('branding-panel').scrollIntoViewIfNeeded();
      await shot(org, `branding-panel-${lang}`);

      await fillWall(own, STATEMENTS.slice(0, 5), `axe-${lang}`);
      const projector = await (await context({ viewport: PROJECTOR })).newPage();
      await projector.goto(own.projectorUrl);
      await projector.getByTestId('projector-wall').waitFor();
      await projector.getByTestId('projector-logo').waitFor();
      expect(await projector.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
      expect(await projector.evaluate(() => document.documentElement.lang)).toBe(lang);
      await audit(projector, `projector light ${lang}`);
    }, 90_000);
  }
});

function hexToRgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
