// A dilemma on the beamer in its second round with the why cards shown: the results stay whole
// and on top, each why beside them marked with its own option, the round-1 outline stays visible above a
// longer round-2 bar, and the phone and the chair's queue say which option a why argues for.

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { guard, haveBrowser, PROJECTOR, shot } from '../helpers/browser.js';
import { audit } from '../helpers/a11y.js';
import { DILEMMA, dilemmaConfig, expectAck, startPoll } from '../helpers/polls.js';
import { asParticipant } from '../helpers/scenario.js';
import { useStage } from '../helpers/screens.js';
import { HALL_SMALL, pauseOnPage } from '../helpers/hall.js';

const stage = useStage({ event: 'Dilemmatafel', chair: true });
const { srv, ev, browser, chair, problems } = stage;

const WHYS = [
  'Snel geholpen worden voorkomt dat het probleem groter wordt',
  'Mensen haken af als het te lang duurt',
  'Zorgvuldigheid voorkomt dat we later alles over moeten doen',
  'Wie zorgvuldig werkt, bouwt vertrouwen op bij bewoners',
  'Een fout in een beschikking raakt een heel gezin',
];

let pollId: string;
/** Why id → the option it argues for. */
const whyOption = new Map<string, string>();

interface Screen {
  bars: { id: string; onTop: boolean; inView: boolean }[];
  totalOnTop: boolean;
  ghosts: { onTop: boolean }[];
  whys: { id: string; option: string | undefined; onTop: boolean }[];
  page: number;
  pages: number;
}

/** What the hall sees of the results and the why cards now. */
function look(page: Page): Promise<Screen> {
  return page.evaluate(() => {
    for (const a of document.getAnimations()) a.finish();
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const inView = (r: DOMRect) => r.left >= 0 && r.top >= 0 && r.right <= vw && r.bottom <= vh;
    const on = (el: Element, x: number, y: number) => el.contains(document.elementFromPoint(x, y));
    const bars = [...document.querySelectorAll<HTMLElement>('[data-testid="poll-bar"]')].map(
      (bar) => {
        const value = bar.querySelector('[data-testid="poll-bar-value"]')!;
        const label = bar.querySelector('.bar__label')!;
        const parts = [value, label].map((el) => el.getBoundingClientRect());
        return {
          id: bar.dataset.id ?? '',
          inView: parts.every(inView),
          onTop: [value, label].every((el, i) =>
            on(el, parts[i]!.left + parts[i]!.width / 2, parts[i]!.top + parts[i]!.height / 2),
          ),
        };
      },
    );
    const total = document.querySelector('[data-testid="poll-total"]')!;
    const t = total.getBoundingClientRect();
    const totalOnTop = inView(t) && on(total, t.left + 4, t.top + t.height / 2);
    const ghosts = [...document.querySelectorAll<HTMLElement>('.bar__before')].map((g) => {
      const r = g.getBoundingClientRect();
      // Just inside its right end, where a longer new bar lies under it.
      return { onTop: document.elementFromPoint(r.right - 4, r.top + r.height / 2) === g };
    });
    const whys = [...document.querySelectorAll<HTMLElement>('[data-testid="projector-item"]')]
      .filter((li) => !li.hidden && li.getBoundingClientRect().height > 0)
      .map((li) => {
        const r = li.getBoundingClientRect();
        const inset = parseFloat(getComputedStyle(li).borderTopLeftRadius) + 2;
        const points: [number, number][] = [
          [r.left + inset, r.top + inset],
          [r.right - inset, r.bottom - inset],
          [(r.left + r.right) / 2, (r.top + r.bottom) / 2],
        ];
        return {
          id: li.dataset.id ?? '',
          option: li.querySelector<HTMLElement>('[data-testid="why-option"]')?.dataset.options,
          onTop: inView(r) && points.every(([x, y]) => on(li, x, y)),
        };
      });
    const indicator = document.querySelectorAll<HTMLElement>('[data-testid="projector-pages"]');
    return {
      bars,
      totalOnTop,
      ghosts,
      whys,
      page: Math.max(1, ...[...indicator].map((i) => Number(i.dataset.page))),
      pages: Math.max(1, ...[...indicator].map((i) => Number(i.dataset.pages))),
    };
  });
}

describe.skipIf(!haveBrowser)('a dilemma on the beamer keeps its results', () => {
  beforeAll(async () => {
    pollId = await startPoll(chair, { ...dilemmaConfig(), showWhy: true });
    // Round 1: 3 for A, 2 for B, each with a why; round 2: B wins 4 to 1.
    const people = await Promise.all(
      [0, 1, 2, 3, 4].map((n) => asParticipant(srv, ev, `dilemma-voter-${n}`)),
    );
    for (const [n, p] of people.entries()) {
      const option = n < 3 ? 'd0' : 'd1';
      expectAck(await p.command({ type: 'poll.vote', pollId, optionIds: [option] }));
      const ack = await p.command({ type: 'statement.submit', activityId: pollId, text: WHYS[n]! });
      expectAck(ack);
      const id = (ack as { id: string }).id;
      whyOption.set(id, option);
      expectAck(
        await chair.command({ type: 'statement.moderate', statementId: id, action: 'approve' }),
      );
    }
    expectAck(await chair.command({ type: 'poll.control', pollId, action: 'newRound' }));
    for (const [n, p] of people.entries()) {
      if (n === 4) continue;
      const option = n === 0 ? 'd0' : 'd1';
      expectAck(await p.command({ type: 'poll.vote', pollId, optionIds: [option] }));
    }
    expectAck(await chair.command({ type: 'poll.control', pollId, action: 'close' }));
    expectAck(await chair.command({ type: 'poll.control', pollId, action: 'reveal' }));
    for (const p of people) p.close();
  });

  it('[POLL-13][POLL-11] round 2 with whys: bars and shifts on top, each why marked with its option, the ghost above the fill', async () => {
    for (const viewport of [PROJECTOR, HALL_SMALL]) {
      for (const theme of ['dark', 'light'] as const) {
        const context = await browser.newContext({ viewport, locale: 'nl-NL' });
        const page = await context.newPage();
        problems.push(...guard(page, srv.url));
        await page.clock.install();
        await page.goto(`${ev.projectorUrl}?theme=${theme}`);
        await expect.poll(() => page.getByTestId('poll-bar').count()).toBe(2);
        await expect.poll(() => page.getByTestId('projector-item').count()).toBe(WHYS.length);
        await pauseOnPage(page);
        const label = `${viewport.width}×${viewport.height} ${theme}`;
        const seen = new Set<string>();
        let screen = await look(page);
        for (let k = 0; k < screen.pages; k++) {
          if (k > 0) {
            await page.clock.runFor(9000);
            const expected = ((screen.page - 1 + 1) % screen.pages) + 1;
            await expect.poll(async () => (await look(page)).page).toBe(expected);
            screen = await look(page);
          }
          for (const bar of screen.bars) {
            expect(bar, `${label} bar ${bar.id}`).toMatchObject({ onTop: true, inView: true });
          }
          expect(screen.totalOnTop, `${label} number of votes`).toBe(true);
          expect(screen.ghosts.length, label).toBe(2);
          for (const g of screen.ghosts) expect(g.onTop, `${label} ghost`).toBe(true);
          for (const w of screen.whys) {
            const option = whyOption.get(w.id);
            expect(w.option, `${label} why ${w.id}`).toBe(option === 'd0' ? '0' : '1');
            if (w.onTop) seen.add(w.id);
          }
        }
        expect(
          [...whyOption.keys()].filter((id) => !seen.has(id)),
          label,
        ).toEqual([]);
        await expect
          .poll(() => page.getByTestId('poll-bar-value').allInnerTexts())
          .toEqual([
            expect.stringMatching(/60\s?%.*→.*25\s?%/),
            expect.stringMatching(/40\s?%.*→.*75\s?%/),
          ]);
        console.warn(
          `[POLL-13] round 2 with 5 whys at ${label}: all seen within ${screen.pages} page(s)`,
        );
        if (viewport === PROJECTOR) await shot(page, `projector-dilemma-whys-${theme}`);
        if (theme === 'dark' && viewport === PROJECTOR) {
          // axe waits on timers: let the clock run again.
          await page.clock.resume();
          await audit(page, 'dilemma with whys');
        }
        await context.close();
      }
    }
    expect(problems).toEqual([]);
  });

  it('[POLL-13] the phone and the chair’s queue say which option a why argues for', async () => {
    const phone = await stage.open('phone');
    await phone.goto(ev.joinUrl);
    const items = phone.getByTestId('why-item');
    await expect.poll(() => items.count()).toBe(WHYS.length);
    const labelB = DILEMMA.options[1]!.label;
    await expect
      .poll(() => items.filter({ hasText: 'Een fout in een beschikking' }).innerText())
      .toContain(labelB);
    await shot(phone, 'phone-dilemma-whys');
    await audit(phone, 'phone: whys with their option');

    // A new why waits in the chair's queue with its option.
    const late = await asParticipant(srv, ev, 'dilemma-voter-late');
    expectAck(await chair.command({ type: 'poll.control', pollId, action: 'open' }));
    expectAck(await late.command({ type: 'poll.vote', pollId, optionIds: ['d1'] }));
    expectAck(
      await late.command({
        type: 'statement.submit',
        activityId: pollId,
        text: 'Liever goed dan snel',
      }),
    );
    late.close();
    const console_ = await stage.open('chair');
    await console_.goto(ev.chairUrl);
    const queued = console_.getByTestId('queue-item').filter({ hasText: 'Liever goed dan snel' });
    await queued.waitFor();
    expect(await queued.getByTestId('why-option').innerText()).toContain(labelB);
    expect(problems).toEqual([]);
  });
});
