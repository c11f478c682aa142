// A chair's round by keyboard alone: no mouse, focus always visible.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GENEROUS } from '../helpers/server.js';
import { haveBrowser } from '../helpers/browser.js';
import { asChair, asParticipant } from '../helpers/scenario.js';
import { useStage } from '../helpers/screens.js';

const stage = useStage({ config: { rateLimits: GENEROUS }, event: 'Toetsenbord' });
const { srv, ev } = stage;

/** The focused element and whether a focus indicator is drawn around it. */
function focusInfo(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', visible: false, text: '' };
    const cs = getComputedStyle(el);
    const visible =
      (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) || cs.boxShadow !== 'none';
    return {
      tag: el.tagName.toLowerCase(),
      visible,
      text: (el.textContent ?? '').trim().slice(0, 40),
    };
  });
}

describe.skipIf(!haveBrowser)('keyboard only', () => {
  it('[A11Y-3] a chair moderates the queue, edits, switches the screen — keyboard alone', async () => {
    const ws = await asChair(srv, ev);
    const firstWall = ws.currentWallId();
    const second = await ws.command({
      type: 'activity.create',
      kind: 'wall',
      title: 'Tweede muur',
      config: {},
    });
    const secondWall = (second as { id: string }).id;
    const p = await asParticipant(srv, ev, 'kbd-participant');
    const ids: string[] = [];
    for (const text of ['Eerste punt', 'Twede punt met tikfout', 'Derde punt']) {
      ids.push(
        (
          (await p.command({ type: 'statement.submit', activityId: firstWall, text })) as {
            id: string;
          }
        ).id,
      );
    }

    const page = await stage.open('chair');
    await page.goto(ev.chairUrl);
    await page.getByTestId('queue-item').nth(2).waitFor();

    // Tab order starts with the skip link, and every stop shows where focus is.
    await page.keyboard.press('Tab');
    const first = await focusInfo(page);
    expect(first.tag).toBe('a');
    expect(first.visible).toBe(true);
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      const f = await focusInfo(page);
      expect(f.visible, `tab stop ${i + 2}: ${f.tag} ${f.text}`).toBe(true);
    }
    // Leave focus on the page body, outside text fields, where the shortcuts work.
    await page.keyboard.press('Escape');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

    // Each shortcut acts on the selected item: wait until the screen shows the queue we expect.
    const queued = (n: number) =>
      expect.poll(() => page.getByTestId('queue-item').count(), { timeout: 15_000 }).toBe(n);
    await page.keyboard.press('a'); // approve the first
    await ws.until(() => ws.statements.get(ids[0]!)?.status === 'approved', 15_000);
    await queued(2);
    // The shortcut acts on the selected item: wait until the screen shows which one that is.
    const selected = (text: string) =>
      expect
        .poll(() => page.locator('[data-testid="queue-item"][aria-current="true"]').textContent(), {
          timeout: 15_000,
        })
        .toContain(text);
    await selected('Twede punt');
    await page.keyboard.press('e'); // edit the second: fix the typo
    const editor = page.getByTestId('edit-input');
    await editor.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'edit-input',
    );
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Tweede punt zonder tikfout');
    await page.keyboard.press('Enter');
    await ws.until(() => ws.statements.get(ids[1]!)?.text === 'Tweede punt zonder tikfout', 15_000);
    expect(ws.statements.get(ids[1]!)?.status).toBe('approved');
    await queued(1);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await selected('Derde punt');
    await page.keyboard.press('r'); // reject the third
    await ws.until(() => ws.statements.get(ids[2]!)?.status === 'rejected', 15_000);
    // As a person would: wait until the console shows the empty queue before the next key.
    await queued(0);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

    await page.keyboard.press('ArrowRight'); // the next wall on screen
    await ws.until(() => ws.room?.currentActivityId === secondWall, 15_000);
    // At once, before the console has caught up: ← steps back from the wall just asked for.
    await page.keyboard.press('ArrowLeft');
    await ws.until(() => ws.room?.currentActivityId === firstWall, 15_000);
    ws.close();
    p.close();
  }, 90_000);
});
