// The chair's selection under a slow line: frames from the server come 300–1,500 ms late and new
// statements arrive between key presses. The chair reads the highlighted statement and presses
// A or R for it, as a person does; afterwards the server must hold exactly those decisions.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { haveBrowser } from '../helpers/browser.js';
import { delayServerFrames, seeded } from '../helpers/latency.js';
import { asChair, asParticipant } from '../helpers/scenario.js';
import { useStage } from '../helpers/screens.js';

const stage = useStage({ event: 'Trage lijn' });
const { srv, ev } = stage;

const ROUNDS = 20;

/** The highlighted item once the console has settled on one that can be acted on. */
async function settledSelection(page: Page, not?: string) {
  const handle = await page.waitForFunction(
    (skip) => {
      const el = document.querySelector<HTMLElement>(
        '[data-testid="queue-item"][aria-current="true"]',
      );
      if (!el || el.dataset.busy === 'true' || el.dataset.id === skip) return null;
      const order = [
        ...document.querySelectorAll<HTMLElement>('[data-testid="queue-item"]:not([data-busy])'),
      ].map((li) => li.dataset.id!);
      return {
        id: el.dataset.id!,
        text: el.querySelector('.statement-text')?.textContent ?? '',
        order,
      };
    },
    not ?? null,
    { timeout: 20_000, polling: 'raf' },
  );
  return (await handle.jsonValue()) as { id: string; text: string; order: string[] };
}

describe.skipIf(!haveBrowser)('the chair’s selection on a slow line', () => {
  it(`[CHAIR-1] [CHAIR-2] [CHAIR-3] ${ROUNDS} rounds with 300–1,500 ms latency and arrivals between key presses: zero wrong actions`, async () => {
    const watcher = await asChair(srv, ev);
    const wall = watcher.currentWallId();
    const p = await asParticipant(srv, ev, 'slow-line-participant');
    const rng = seeded(13);
    /** What each statement should end as, by its id: the text says it. */
    const wanted = new Map<string, 'approved' | 'rejected'>();
    let n = 0;
    const submit = async () => {
      const verdict = rng() < 0.5 ? 'ok' : 'nee';
      const res = (await p.command({
        type: 'statement.submit',
        activityId: wall,
        text: `Punt ${++n} ${verdict}`,
      })) as { id: string };
      wanted.set(res.id, verdict === 'ok' ? 'approved' : 'rejected');
      return res.id;
    };

    const page = await stage.open('chair');
    await delayServerFrames(page, { minMs: 300, maxMs: 1500, seed: 7 });
    await page.goto(ev.chairUrl);
    await page.getByTestId('queue').waitFor({ state: 'attached' });

    const acted: string[] = [];
    let last: string | undefined;
    for (let round = 0; round < ROUNDS; round++) {
      for (let i = 0; i < 2; i++) await submit();
      // Work until everything submitted so far has had its key press.
      while (acted.length < wanted.size) {
        let sel = await settledSelection(page, last);
        expect(acted, `acted on ${sel.text} twice`).not.toContain(sel.id);
        // While the chair reads it, a new statement comes in (and shows up, late).
        if (rng() < 0.5) {
          const id = await submit();
          await page.locator(`[data-testid="queue-item"][data-id="${id}"]`).waitFor();
          const again = await settledSelection(page, last);
          expect(again.id, `round ${round}: the highlight moved when an item arrived`).toBe(sel.id);
          sel = again;
        }
        await page.keyboard.press(sel.text.endsWith('ok') ? 'a' : 'r');
        acted.push(sel.id);
        last = sel.id;
        // The highlight moves one on, to the next item the chair could see, never further.
        if (acted.length < wanted.size) {
          const next = await settledSelection(page, sel.id);
          const at = sel.order.indexOf(sel.id);
          const after = sel.order[at + 1] ?? sel.order[at - 1];
          if (after) expect(next.id, `round ${round}: skipped past one`).toBe(after);
        }
      }
    }
    await watcher.until(
      () => [...wanted.keys()].every((id) => watcher.statements.get(id)?.status !== 'pending'),
      30_000,
    );
    const wrong = [...wanted].filter(([id, want]) => watcher.statements.get(id)?.status !== want);
    expect(wrong).toEqual([]);
    expect(wanted.size).toBeGreaterThanOrEqual(ROUNDS * 2);
    watcher.close();
    p.close();
  }, 400_000);
});
