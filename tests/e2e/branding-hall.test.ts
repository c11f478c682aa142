// Branding on the beamer and the phone, part two: reduced motion, the minimum text size for a
// 20 m hall on a busy wall, and axe on the organizer's branding panel and the light projector.

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  PROJECTOR_BODY_MIN,
  PROJECTOR_MIN_CONTRAST,
  PROJECTOR_SUPPORT_MIN,
} from '../../shared/brand.js';
import { haveBrowser, PHONE, PROJECTOR, shot } from '../helpers/browser.js';
import { audit } from '../helpers/a11y.js';
import {
  bandedPng as makePng,
  contrastProblems,
  STATEMENTS,
  useBrandingStage,
} from '../helpers/branding.js';

const { srv, ev, context, fillWall, organizer } = useBrandingStage();

describe.skipIf(!haveBrowser)('event branding in the hall', () => {
  beforeAll(async () => {
    await fillWall(ev, STATEMENTS, 'wall');
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
