// The wall on the beamer at the size of real tables and halls: 14, 40 and 150 approved
// hartenkreten, both themes, 1920×1080 and 1280×720. What counts is what a person in the hall
// can see: items inside the viewport, on top at their corners and centre (elementFromPoint), at
// the hall's minimum size, sampled on every page while the page's clock is driven (no waiting
// through real dwell times).

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECTOR_BODY_MIN } from '../../shared/brand.js';
import { WALL_DWELL } from '../../shared/wall-order.js';
import { CHAIR, guard, haveBrowser, PROJECTOR, shot } from '../helpers/browser.js';
import { audit } from '../helpers/a11y.js';
import { expectAck } from '../helpers/polls.js';
import { TestClient } from '../helpers/ws-client.js';
import { asParticipant, asRoomChair, showNewActivity } from '../helpers/scenario.js';
import { useStage } from '../helpers/screens.js';
import { HALL_SMALL, pauseOnPage } from '../helpers/hall.js';

const stage = useStage({ event: 'Sociale Top', chair: true });
const { srv, ev, browser, chair, problems } = stage;

const LINES = [
  'Niet vinken, maar vonken',
  'Luister eerst naar wat iemand zelf wil, en pas dan naar de regels',
  'Eén loket dat echt één loket is',
  'Vrijwilligers verdienen meer dan een bedankje in december',
  'Geef wijkteams ruimte om af te wijken als de regel niet past bij de situatie van een gezin',
  'Maak formulieren die mijn moeder ook kan invullen',
  'Minder verantwoorden, meer vertrouwen',
  'Burgerinitiatieven verdienen een vaste plek aan tafel, niet alleen een subsidiepotje',
  'Zorg dat mensen zonder smartphone niet buiten de boot vallen',
  'Kijk naar wat wél lukt',
  'Het sociaal domein is van ons allemaal: bewoners, professionals en de gemeente samen',
  'Durf te experimenteren en accepteer dat niet alles in één keer goed gaat',
  'Mantelzorgers raken op; wie zorgt er voor hen?',
  'Ga het gesprek aan aan de keukentafel, niet achter het bureau',
];

/** The N-th statement: a real line of varied length, numbered so each is unique. */
const line = (i: number) => `${LINES[i % LINES.length]} (${i + 1})`;

interface Sample {
  page: number;
  pages: number;
  seen: string[];
  smallest: number;
}

/** What a person in the hall can read now: on top at centre and corners, fully in view. */
function sample(page: Page): Promise<Sample> {
  return page.evaluate(() => {
    // The page's fade is over: what is sampled is what the hall sees once the page stands.
    for (const a of document.getAnimations()) a.finish();
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const indicator = document.querySelector<HTMLElement>('[data-testid="projector-pages"]');
    const seen: string[] = [];
    let smallest = Infinity;
    for (const li of document.querySelectorAll<HTMLElement>('[data-testid="projector-item"]')) {
      const r = li.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.left < 0 || r.top < 0 || r.right > vw + 0.5 || r.bottom > vh + 0.5) continue;
      // Inside the rounded corners.
      const inset = parseFloat(getComputedStyle(li).borderTopLeftRadius) + 2;
      const points: [number, number][] = [
        [r.left + inset, r.top + inset],
        [r.right - inset, r.top + inset],
        [r.left + inset, r.bottom - inset],
        [r.right - inset, r.bottom - inset],
        [(r.left + r.right) / 2, (r.top + r.bottom) / 2],
      ];
      const onTop = points.every(([x, y]) => li.contains(document.elementFromPoint(x, y)));
      if (!onTop || getComputedStyle(li).opacity !== '1') continue;
      seen.push(li.dataset.id ?? '');
      const text = li.querySelector<HTMLElement>('.projector-item__text');
      if (text) smallest = Math.min(smallest, parseFloat(getComputedStyle(text).fontSize));
    }
    return {
      page: Number(indicator?.dataset.page ?? 1),
      pages: Number(indicator?.dataset.pages ?? 1),
      seen,
      smallest,
    };
  });
}

let poster: TestClient;

/** A fresh wall on screen with `n` approved statements; the oldest is hearted, one is pinned. */
async function wallWith(n: number, order?: 'hearts'): Promise<{ ids: string[]; pinned: string }> {
  const wallId = await showNewActivity(chair, {
    kind: 'wall',
    title: `Muur ${n}`,
    config: { moderation: 'post', ...(order ? { order } : {}) },
  });
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = `${wallId}-${i}`;
    expectAck(
      await poster.command({ type: 'statement.submit', id, activityId: wallId, text: line(i) }),
    );
    ids.push(id);
  }
  expectAck(await poster.command({ type: 'heart.set', statementId: ids[0]!, on: true }));
  const pinned = ids[Math.floor(n / 2)]!;
  expectAck(
    await chair.command({ type: 'statement.moderate', statementId: pinned, action: 'pin' }),
  );
  return { ids, pinned };
}

/** Samples every page once, turning them with the page's clock; returns the samples. */
async function cycle(page: Page, n: number): Promise<Sample[]> {
  await expect
    .poll(() => page.getByTestId('projector-wall').getAttribute('data-count'))
    .toBe(String(n));
  // Stop the clock a second into a page; from here only runFor moves it.
  await pauseOnPage(page);
  const first = await sample(page);
  const samples = [first];
  for (let k = 1; k < first.pages; k++) {
    await page.clock.runFor(WALL_DWELL.default * 1000);
    const expected = ((first.page - 1 + k) % first.pages) + 1;
    await expect
      .poll(() => page.getByTestId('projector-pages').getAttribute('data-page'))
      .toBe(String(expected));
    samples.push(await sample(page));
  }
  return samples;
}

describe.skipIf(!haveBrowser)('the wall on the beamer shows everything approved', () => {
  beforeAll(async () => {
    poster = await asParticipant(srv, ev, 'hall-poster');
  });

  afterAll(async () => {
    poster?.close();
  });

  for (const n of [14, 40, 150]) {
    it(`[WALL-9] ${n} approved: every one in view on some page, pinned on each, in both themes and sizes`, async () => {
      const { ids, pinned } = await wallWith(n);
      for (const viewport of [PROJECTOR, HALL_SMALL]) {
        for (const theme of ['dark', 'light'] as const) {
          const context = await browser.newContext({ viewport, locale: 'nl-NL' });
          const page = await context.newPage();
          problems.push(...guard(page, srv.url));
          await page.clock.install();
          await page.goto(`${ev.projectorUrl}?theme=${theme}`);
          const samples = await cycle(page, n);
          const seen = new Set(samples.flatMap((s) => s.seen));
          const missing = ids.filter((id) => !seen.has(id));
          expect(missing, `${n} at ${viewport.width}×${viewport.height} ${theme}`).toEqual([]);
          for (const s of samples) expect(s.seen).toContain(pinned);
          // Readable from the back: never below the hall minimum (rounded to whole pixels).
          const min = viewport.height * PROJECTOR_BODY_MIN;
          for (const s of samples) expect(s.smallest).toBeGreaterThanOrEqual(Math.round(min) - 0.5);
          console.warn(
            `[WALL-9] ${n} approved at ${viewport.width}×${viewport.height} ${theme}: all seen within ${samples.length} page(s), ${WALL_DWELL.default} s dwell`,
          );
          if (viewport === PROJECTOR) await shot(page, `projector-wall-${n}-${theme}`);
          await context.close();
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it('[WALL-8][WALL-9] most hearts first, a page shows "n / total", reduced motion swaps plainly', async () => {
    const { ids } = await wallWith(40, 'hearts');
    const context = await browser.newContext({
      viewport: PROJECTOR,
      locale: 'nl-NL',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    problems.push(...guard(page, srv.url));
    await page.clock.install();
    await page.goto(ev.projectorUrl);
    await expect
      .poll(() => page.getByTestId('projector-wall').getAttribute('data-count'))
      .toBe('40');
    // The wall clock decides the page: at a multiple of pages × dwell it is page 1.
    const pages = Number(await page.getByTestId('projector-pages').getAttribute('data-pages'));
    expect(pages).toBeGreaterThan(1);
    const period = pages * WALL_DWELL.default * 1000;
    await pauseOnPage(page, period);
    await expect.poll(() => page.getByTestId('projector-pages').innerText()).toBe(`1 / ${pages}`);
    // Pinned first, then the hearted (oldest) statement ahead of all newer ones.
    const order = await page
      .getByTestId('projector-item')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));
    expect(order[1]).toBe(ids[0]);
    const animation = await page
      .getByTestId('projector-item')
      .first()
      .evaluate((el) => getComputedStyle(el).animationName);
    expect(animation).toBe('none');
    await context.close();
    expect(problems).toEqual([]);
  });

  it('[WALL-9][ROUND-5] a round step with 12 contributions: every one seen on some page', async () => {
    const roundId = await showNewActivity(chair, {
      kind: 'round',
      title: 'Dilemma',
      config: { moderation: 'post', dilemma: 'Kies ik voor snelheid of voor zorgvuldigheid?' },
    });
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const id = `${roundId}-${i}`;
      expectAck(
        await poster.command({
          type: 'statement.submit',
          id,
          activityId: roundId,
          text: line(i + 3),
          phase: 0,
        }),
      );
      ids.push(id);
    }
    const context = await browser.newContext({ viewport: HALL_SMALL, locale: 'nl-NL' });
    const page = await context.newPage();
    problems.push(...guard(page, srv.url));
    await page.clock.install();
    await page.goto(ev.projectorUrl);
    await page.getByTestId('projector-round').waitFor();
    const samples = await cycle(page, 12);
    const seen = new Set(samples.flatMap((s) => s.seen));
    expect(ids.filter((id) => !seen.has(id))).toEqual([]);
    console.warn(`[WALL-9] round step, 12 contributions at 1280×720: ${samples.length} page(s)`);
    await context.close();
    expect(problems).toEqual([]);
  });

  it('[WALL-9] the projector page can be mirrored in a frame of Vonk itself, no other page can', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    problems.push(...guard(page, srv.url));
    await page.goto(srv.url);
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      frame.width = '960';
      frame.height = '540';
      frame.title = 'Scherm';
      document.body.append(frame);
    }, `${ev.projectorUrl}?mirror=1`);
    const mirrored = page.frameLocator('iframe');
    await expect.poll(() => mirrored.getByTestId('projector-code').innerText()).toBe(ev.code);
    const chairRes = await fetch(ev.chairUrl);
    expect(chairRes.headers.get('x-frame-options')).toBe('DENY');
    expect(chairRes.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const projectorRes = await fetch(ev.projectorUrl);
    expect(projectorRes.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(projectorRes.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    await context.close();
    expect(problems).toEqual([]);
  });

  it("[WALL-8][WALL-9] the chair sets the order and the seconds per page in the wall's settings", async () => {
    const wallId = await showNewActivity(chair, {
      kind: 'wall',
      title: 'Muur instellingen',
      config: {},
    });
    const context = await browser.newContext({ viewport: CHAIR, locale: 'nl-NL' });
    const page = await context.newPage();
    problems.push(...guard(page, srv.url));
    await page.goto(ev.chairUrl);
    await page.getByTestId('agenda-item').filter({ hasText: 'Muur instellingen' }).click();
    await expect.poll(() => page.getByTestId('title-input').inputValue()).toBe('Muur instellingen');
    expect(await page.getByTestId('wall-dwell').inputValue()).toBe(String(WALL_DWELL.default));
    // Out of range: said under the field, nothing saved.
    await page.getByTestId('wall-dwell').fill('2');
    await expect.poll(() => page.getByTestId('save-settings-button').isDisabled()).toBe(true);
    expect(await page.locator('#set-dwell-hint').innerText()).toContain('van 4 tot 60');
    await page.getByTestId('wall-dwell').fill('12');
    await page.getByTestId('wall-order').selectOption('hearts');
    await page.getByTestId('save-settings-button').click();
    await expect
      .poll(() => {
        const a = chair.activities.get(wallId);
        return a?.kind === 'wall' ? [a.config.order, a.config.dwell] : null;
      })
      .toEqual(['hearts', 12]);
    await audit(page, 'chair: wall settings with order and dwell');
    await context.close();
    expect(problems).toEqual([]);
  });

  it('[WALL-9][HARVEST-1] the plenary harvest wall of 16 items from a room: every one seen on some page', async () => {
    const res = await fetch(`${srv.url}/api/events/${ev.code}/rooms`, {
      method: 'POST',
      headers: { authorization: `Bearer ${srv.adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify([{ name: 'Tafel 7' }]),
    });
    expect(res.status).toBe(201);
    const t7 = ((await res.json()) as { rooms: { id: string; chairUrl: string }[] }).rooms[0]!;
    const roomChair = await asRoomChair(srv, ev, t7);
    const guest = await asParticipant(srv, ev, 'harvest-guest-7', { roomId: t7.id });
    const ids: string[] = [];
    for (let i = 0; i < 16; i++) {
      const ack = await guest.command({
        type: 'statement.submit',
        activityId: guest.currentWallId(),
        text: line(i + 5),
      });
      expectAck(ack);
      const id = (ack as { id: string }).id;
      expectAck(
        await roomChair.command({ type: 'statement.moderate', statementId: id, action: 'approve' }),
      );
      expectAck(await roomChair.command({ type: 'statement.harvest', statementId: id, on: true }));
      ids.push(`${t7.id}.${id}`);
    }
    guest.close();
    roomChair.close();
    const harvestWall = () =>
      [...chair.activities.values()].find((a) => a.kind === 'wall' && a.config.harvest);
    await expect.poll(() => harvestWall()?.id).toBeDefined();
    expectAck(await chair.command({ type: 'activity.show', activityId: harvestWall()!.id }));
    const context = await browser.newContext({ viewport: PROJECTOR, locale: 'nl-NL' });
    const page = await context.newPage();
    problems.push(...guard(page, srv.url));
    await page.clock.install();
    await page.goto(ev.projectorUrl);
    const samples = await cycle(page, 16);
    const seen = new Set(samples.flatMap((s) => s.seen));
    expect(ids.filter((id) => !seen.has(id))).toEqual([]);
    console.warn(`[WALL-9] harvest wall, 16 items at 1920×1080: ${samples.length} page(s)`);
    await context.close();
    expect(problems).toEqual([]);
  });
});
