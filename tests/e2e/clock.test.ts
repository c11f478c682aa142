// The shared clock in Chromium: the chair starts a timer, the beamer and a phone count down the
// same deadline; a short timer closes a poll by itself.

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../helpers/a11y.js';
import { haveBrowser, shot } from '../helpers/browser.js';
import { savePlan, timerSeconds as shown } from '../helpers/clock.js';
import { expectAck, startPoll } from '../helpers/polls.js';
import { asChair } from '../helpers/scenario.js';
import { useStage } from '../helpers/screens.js';

const stage = useStage({ event: 'Sociale Top' });
const { srv, ev, problems } = stage;
let chair: Page;
let projector: Page;
let phone: Page;
const YES_NO = ['Ja', 'Nee'].map((label) => ({ id: label.toLowerCase(), label }));

describe.skipIf(!haveBrowser)('the shared clock in Chromium', () => {
  beforeAll(async () => {
    chair = await stage.open('chair');
    projector = await stage.open('projector', {
      context: { locale: 'nl-NL', reducedMotion: 'reduce' },
    });
    phone = await stage.open('phone');
  });

  it('[CLOCK-1][CLOCK-2] the chair starts ten minutes; the beamer and a phone show the same time', async () => {
    await chair.goto(ev.chairUrl);
    await projector.goto(ev.projectorUrl);
    await phone.goto(ev.joinUrl);
    await chair.getByTestId('timer-panel').waitFor();
    await chair.locator('[data-testid="timer-preset"][data-minutes="10"]').click();
    for (const p of [chair, projector, phone]) {
      await p.locator('[data-testid="timer"][data-status="running"]').waitFor();
    }
    // Counted down on each screen from one deadline: within a few seconds of each other.
    const times = await Promise.all([chair, projector, phone].map((p) => shown(p)));
    for (const s of times) expect(s).toBeGreaterThan(9 * 60);
    expect(Math.max(...times) - Math.min(...times)).toBeLessThanOrEqual(3);
    // Large on the beamer, readable from the back row.
    const box = await projector.getByTestId('timer-time').boundingBox();
    expect(box!.height).toBeGreaterThan(80);
    // Quiet for screen readers on the phone: the clock itself is not a live region.
    expect(await phone.locator('[role="timer"][aria-live]').count()).toBe(0);
    await shot(projector, 'clock-projector-1920');
    await shot(phone, 'clock-phone-390');
    await shot(chair, 'clock-chair');
    await audit(chair, 'chair console with a timer');
    await audit(projector, 'projector with a timer');
    await audit(phone, 'phone with a timer');
  });

  it('[CLOCK-1] pause, resume and a minute more reach the beamer', async () => {
    await chair.getByTestId('timer-pause').click();
    await projector.locator('[data-testid="timer"][data-status="paused"]').waitFor();
    const paused = await shown(projector);
    await chair.getByTestId('timer-resume').click();
    await projector.locator('[data-testid="timer"][data-status="running"]').waitFor();
    await chair.getByTestId('timer-add').click();
    await expect.poll(() => shown(projector)).toBeGreaterThan(paused + 30);
    await chair.getByTestId('timer-stop').click();
    await projector.getByTestId('timer').waitFor({ state: 'detached' });
    await phone.getByTestId('timer').waitFor({ state: 'detached' });
  });

  it('[CLOCK-2] the speaker view shows the clock; a phone announces the last minute once', async () => {
    const speaker = await stage.open('speaker', { url: ev.speakerUrl });
    // 62 seconds: the phone's live region speaks when the last minute starts, not before.
    await chair.getByTestId('timer-minutes').fill(String(62 / 60));
    await chair.getByTestId('timer-start').click();
    await speaker.locator('[data-testid="timer"][data-status="running"]').waitFor();
    const live = phone.locator('[data-testid="timer"] [aria-live]');
    await live.waitFor({ state: 'attached' });
    expect(await live.textContent()).toBe('');
    await expect.poll(() => live.textContent(), { timeout: 15_000 }).toBe('Nog één minuut');
    await audit(speaker, 'speaker view with a timer');
    await projector.locator('.timer--last').waitFor();
    await shot(projector, 'clock-projector-last-minute');
    await shot(phone, 'clock-phone-last-minute');
    await audit(projector, 'projector in the last minute');
    await chair.getByTestId('timer-stop').click();
    await speaker.getByTestId('timer').waitFor({ state: 'detached' });
  });

  it('[CLOCK-4] a short timer closes the poll on screen by itself', async () => {
    const ws = await asChair(srv, ev);
    const pollId = await startPoll(ws, {
      pollKind: 'single',
      question: 'Nog een ronde?',
      options: YES_NO,
    });
    await phone.getByTestId('ballot-option').first().waitFor();
    await chair.getByTestId('timer-at-zero').selectOption('close');
    await chair.getByTestId('timer-minutes').fill('0.05');
    await chair.getByTestId('timer-start').click();
    await phone.locator('[data-testid="timer"][data-status="done"]').waitFor({ timeout: 20_000 });
    await ws.until(() => ws.poll(pollId).state === 'closed', 20_000);
    await chair.locator('[data-testid="poll-state"][data-state="closed"]').waitFor();
    await phone.locator('.closed').waitFor();
    expect(await phone.getByTestId('timer-time').textContent()).toBe('0:00');
    expectAck(await ws.command({ type: 'timer.control', action: 'stop' }));
    ws.close();
    expect(problems).toEqual([]);
  });

  it('[CLOCK-6][CLOCK-2] the organizer writes the time plan; the chair sees now and next, the overview the running timer', async () => {
    // Plan times are in the event's zone (CLOCK-7), whatever the zone of this machine.
    const hhmm = (d: Date) =>
      d.toLocaleTimeString('en-GB', {
        timeZone: 'Europe/Amsterdam',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
    const now = Date.now();
    const opening = hhmm(new Date(now - 10 * 60_000));
    const round = hhmm(new Date(now + 20 * 60_000));
    // Around midnight the plan would wrap; the day's plan has no such thing.
    if (round < opening) return;
    const page = await stage.organizer(ev.code, { ready: 'plan-panel' });
    const panel = page.getByTestId('plan-panel');
    await savePlan(panel, [
      ['Opening', opening],
      ['Ronde 1', round],
    ]);
    // The chair console follows live (the event information is pushed).
    const nowNext = chair.getByTestId('now-next');
    await expect.poll(() => nowNext.textContent()).toContain('Opening');
    expect(await nowNext.textContent()).toContain(`${round} Ronde 1`);
    await expect.poll(() => page.getByTestId('now-next').textContent()).toContain('Opening');
    // A running timer shows in the room's row of the overview.
    await chair.locator('[data-testid="timer-preset"][data-minutes="5"]').click();
    await page.locator('[data-testid="overview-row"] [data-testid="timer"]').waitFor();
    await audit(page, 'organizer with a time plan and a timer');
    await audit(chair, 'chair console with now and next');
    // A bad plan is refused with the server's words and nothing is saved.
    await panel.getByTestId('plan-add').click();
    await panel.getByTestId('plan-label').last().fill('Te laat');
    await panel.getByTestId('plan-start').last().fill('23:00');
    await panel.getByTestId('plan-end').last().fill('22:00');
    await panel.getByTestId('plan-save').click();
    await expect.poll(() => panel.getByTestId('plan-error').textContent()).toContain('end');
    await shot(page, 'clock-organizer', true);
    expect(problems).toEqual([]);
  });
});
