// A room chair's whole round by keyboard alone, with the focus visible at every stop: the
// queue, sending to the plenary, a poll (start, approve a why, reveal), a Q&A question on stage.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { haveBrowser } from '../helpers/browser.js';
import { dilemmaConfig } from '../helpers/polls.js';
import { addRooms } from '../helpers/report-event.js';
import { TestClient } from '../helpers/ws-client.js';
import { asChair, asParticipant } from '../helpers/scenario.js';
import { useStage } from '../helpers/screens.js';

const stage = useStage();
const { srv } = stage;

/** Presses Tab until the focused element has `testid`, checking each stop shows its focus. */
async function tabTo(page: Page, testid: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { id: null, visible: true, what: 'body' };
      const cs = getComputedStyle(el);
      const visible =
        (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) || cs.boxShadow !== 'none';
      return {
        id: el.getAttribute('data-testid'),
        visible,
        what: `${el.tagName} ${(el.textContent ?? '').trim().slice(0, 30)}`,
      };
    });
    expect(f.visible, `focus not visible on ${f.what}`).toBe(true);
    if (f.id === testid) return;
  }
  throw new Error(`${testid} not reached by Tab`);
}

/** Leaves any field so the single-key shortcuts work, as Esc does for a person. */
async function leaveFields(page: Page) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/** A approves the highlighted item once the chair's socket sees it; then Tab to the button, Enter. */
async function approveThenPress(
  page: Page,
  ws: TestClient,
  approved: () => boolean,
  button: string,
): Promise<void> {
  await leaveFields(page);
  await page.keyboard.press('a');
  await ws.until(approved, 15_000);
  await page.getByTestId(button).waitFor();
  await tabTo(page, button);
  await page.keyboard.press('Enter');
}

describe.skipIf(!haveBrowser)('a full round by keyboard', () => {
  it('[A11Y-3] [CHAIR-9] queue, harvest, poll and Q&A on stage — keyboard alone, focus visible', async () => {
    const ev = await srv.createEvent('Toetsenbordronde');
    const [t1] = await addRooms(srv, ev.code, 'naam\nTafel 1\n');
    const ws = await TestClient.connect(srv.url, {
      role: 'chair',
      eventCode: ev.code,
      roomId: t1!.id,
      key: t1!.key,
    });
    const wall = ws.currentWallId();
    const poll = (await ws.command({
      type: 'activity.create',
      kind: 'poll',
      title: 'Welke kant?',
      config: { ...dilemmaConfig(), askWhy: true },
    })) as { id: string };
    const qa = (await ws.command({
      type: 'activity.create',
      kind: 'qa',
      title: 'Vragen',
      config: { open: true },
    })) as { id: string };
    await ws.command({ type: 'activity.show', activityId: wall });
    const plenary = await asChair(srv, ev);
    const p = await asParticipant(srv, ev, 'kbd-round', { roomId: t1!.id });
    const { id: st } = (await p.command({
      type: 'statement.submit',
      activityId: wall,
      text: 'Iedereen doet mee',
    })) as { id: string };

    const page = await stage.open('chair');
    await page.goto(t1!.chairUrl);
    await page.getByTestId('queue-item').first().waitFor();

    // The queue: A approves the highlighted statement.
    // Harvest: Tab to "Naar de plenaire", Enter; the console says it arrived.
    await approveThenPress(
      page,
      ws,
      () => ws.statements.get(st)?.status === 'approved',
      'harvest-button',
    );
    await expect
      .poll(() => page.getByTestId('harvest-state').getAttribute('data-landed'), {
        timeout: 15_000,
      })
      .toBe('true');
    await plenary.until(
      () => [...plenary.statements.values()].some((s) => s.text === 'Iedereen doet mee'),
      15_000,
    );

    // The poll: → puts it on screen, Tab to "Start", Enter.
    await leaveFields(page);
    await page.keyboard.press('ArrowRight');
    await ws.until(() => ws.room?.currentActivityId === poll.id, 15_000);
    await page.getByTestId('poll-start').waitFor();
    await tabTo(page, 'poll-start');
    await page.keyboard.press('Enter');
    await ws.until(() => ws.poll(poll.id).state === 'open', 15_000);
    await p.command({ type: 'poll.vote', pollId: poll.id, optionIds: ['d0'] });
    const { id: why } = (await p.command({
      type: 'statement.submit',
      activityId: poll.id,
      text: 'Dan blijft iedereen thuis',
    })) as { id: string };
    // The why waits in the queue with the writer's choice (its option's letter); A approves it.
    await page.getByTestId('why-option').waitFor();
    await leaveFields(page);
    await page.keyboard.press('a');
    await ws.until(() => ws.statements.get(why)?.status === 'approved', 15_000);
    await tabTo(page, 'poll-close');
    await page.keyboard.press('Enter');
    await page.getByTestId('poll-reveal').waitFor();
    await tabTo(page, 'poll-reveal');
    await page.keyboard.press('Enter');
    await ws.until(() => ws.poll(poll.id).revealed === true, 15_000);

    // The Q&A: → again, a question comes in, A approves it, Tab to "on stage", Enter.
    await leaveFields(page);
    await page.keyboard.press('ArrowRight');
    await ws.until(() => ws.room?.currentActivityId === qa.id, 15_000);
    const { id: q } = (await p.command({
      type: 'question.ask',
      activityId: qa.id,
      text: 'Wie betaalt de koffie?',
    })) as { id: string };
    await page.getByTestId('qa-queue-item').first().waitFor();
    await approveThenPress(
      page,
      ws,
      () => ws.questions.get(q)?.status === 'approved',
      'qa-stage-button',
    );
    await ws.until(() => ws.questions.get(q)?.onStage === true, 15_000);
    for (const c of [ws, plenary, p]) c.close();
  }, 120_000);
});
