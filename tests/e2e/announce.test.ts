// What a screen reader hears on the phone: the page has one polite live region, and a new
// statement on the wall, a revealed poll result and the next step of a round are put there
// once. The participant's own pending text is not announced; a reconnect says nothing again.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveBrowser, shot } from '../helpers/browser.js';
import { DILEMMA, dilemmaConfig, expectAck, startPoll } from '../helpers/polls.js';
import { TestClient } from '../helpers/ws-client.js';
import { asChair, asParticipant, showNewActivity } from '../helpers/scenario.js';
import { useStage } from '../helpers/screens.js';
import { approveText, postApproved, sendFromPhone } from '../helpers/statements.js';

const stage = useStage({ event: 'Voorlezen' });
const { srv, ev, problems } = stage;

let chair: TestClient;
let other: TestClient;
let phone: Page;
let wallId: string;

const connectChair = () => asChair(srv, ev);
const connectOther = () => asParticipant(srv, ev, 'announce-other-1');

/** Everything the live region has said since the page loaded, in order. */
const said = (): Promise<string[]> =>
  phone.evaluate(() => (window as unknown as { __said: string[] }).__said.slice());

const approve = (text: string): Promise<void> => approveText(chair, text);

describe.skipIf(!haveBrowser)('live announcements on the phone', () => {
  beforeAll(async () => {
    chair = await connectChair();
    other = await connectOther();
    wallId = chair.currentWallId();
    phone = await stage.open('phone');
    await phone.goto(ev.joinUrl);
    await phone.getByTestId('statement-input').waitFor({ timeout: 20_000 });
    await phone.evaluate(() => {
      const w = window as unknown as { __said: string[] };
      w.__said = [];
      const region = document.querySelector('[data-testid="announcer"]')!;
      new MutationObserver(() => {
        const text = (region.textContent ?? '').replace(/\u00a0$/, '');
        if (text) w.__said.push(text);
      }).observe(region, { childList: true, characterData: true, subtree: true });
    });
  }, 60_000);

  afterAll(async () => {
    chair?.close();
    other?.close();
  });

  it('[A11Y-5] there is one polite live region, and lang on <html> is the page language', async () => {
    const region = phone.getByTestId('announcer');
    expect(await region.getAttribute('aria-live')).toBe('polite');
    expect(await region.getAttribute('role')).toBe('status');
    // No list on the page announces itself: the one region speaks for all of them.
    expect(await phone.locator('#main [aria-live], #main [role="log"]').count()).toBe(0);
    expect(await phone.evaluate(() => document.documentElement.lang)).toBe('nl');
    expect(await said()).toEqual([]);
  });

  it("[A11Y-5] someone else's approved statement is announced; my own pending one is not", async () => {
    const theirs = 'Meer bankjes in het park';
    await postApproved(other, chair, theirs, wallId);
    await expect.poll(said, { timeout: 10_000 }).toEqual([`Nieuw op de muur: ${theirs}`]);

    const mine = 'Een buurthuis dat ook in het weekend open is';
    await sendFromPhone(phone, mine);
    await expect
      .poll(() => phone.getByTestId('mine-item').first().getAttribute('data-status'))
      .toBe('pending');
    expect((await said()).join('\n')).not.toContain(mine);

    // The approval's announcement is the barrier: the phone handles frames in order, so a wrong
    // announcement of the pending text would stand before it in the exact list below.
    await approve(mine);
    await expect
      .poll(said, { timeout: 10_000 })
      .toEqual([`Nieuw op de muur: ${theirs}`, `Jouw tekst staat nu op de muur: ${mine}`]);
    await shot(phone, 'announce-wall');
  }, 60_000);

  it('[A11Y-5] a revealed poll result is announced with its figures', async () => {
    const before = (await said()).length;
    const pollId = await startPoll(chair, dilemmaConfig());
    await phone.getByTestId('ballot-option').first().waitFor({ timeout: 15_000 });
    for (const [i, option] of ['d0', 'd0', 'd1'].entries()) {
      const voter = await asParticipant(srv, ev, `announce-voter-${i}`);
      expectAck(await voter.command({ type: 'poll.vote', pollId, optionIds: [option] }));
      voter.close();
    }
    // Opening the poll and voting say nothing; the reveal does (and, said after them, it shows
    // that they said nothing: the list below is exact).
    expect((await said()).length).toBe(before);
    expectAck(await chair.command({ type: 'poll.control', pollId, action: 'reveal' }));
    const [a, b] = DILEMMA.options;
    await expect
      .poll(async () => (await said()).slice(before), { timeout: 10_000 })
      .toEqual([`Uitslag: A. ${a!.label}, 67% (2); B. ${b!.label}, 33% (1)`]);
  }, 60_000);

  it('[A11Y-5] back on the wall and after a reconnect, nothing is said twice', async () => {
    const before = await said();
    expectAck(await chair.command({ type: 'activity.show', activityId: wallId }));
    await phone.getByTestId('wall-item').first().waitFor({ timeout: 10_000 });

    // The server restarts: the phone reconnects and gets a fresh snapshot of the same wall.
    const port = srv.port;
    chair.close();
    other.close();
    await srv.close();
    await expect
      .poll(() => phone.getByTestId('conn-status').getAttribute('data-status'), { timeout: 10_000 })
      .not.toBe('online');
    await stage.relaunch({ dataDir: srv.dataDir, port });
    await expect
      .poll(() => phone.getByTestId('conn-status').getAttribute('data-status'), { timeout: 20_000 })
      .toBe('online');
    chair = await connectChair();
    other = await connectOther();
    expect(await said()).toEqual(before);

    // Something really new after the reconnect is still announced, once.
    const fresh = 'Na de herstart: een moestuin bij de school';
    await postApproved(other, chair, fresh, wallId);
    // Nothing of the reconnect was said again: the list is exact up to the fresh statement. One
    // more statement is the barrier that shows the fresh one was said once.
    await expect.poll(said, { timeout: 10_000 }).toEqual([...before, `Nieuw op de muur: ${fresh}`]);
    const last = 'Tot slot: een bankje bij de bushalte';
    expectAck(await other.command({ type: 'statement.submit', activityId: wallId, text: last }));
    await approve(last);
    await expect
      .poll(said, { timeout: 10_000 })
      .toEqual([...before, `Nieuw op de muur: ${fresh}`, `Nieuw op de muur: ${last}`]);
  }, 90_000);

  it('[A11Y-5] in English the page says lang="en" and announces in English', async () => {
    await phone.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => phone.evaluate(() => document.documentElement.lang)).toBe('en');
    const before = (await said()).length;
    const text = 'Free coffee for volunteers';
    await postApproved(other, chair, text, wallId);
    await expect
      .poll(async () => (await said()).slice(before), { timeout: 10_000 })
      .toEqual([`New on the wall: ${text}`]);

    // A dilemma round: showing it says nothing, the chair's next step is announced.
    const roundId = await showNewActivity(chair, {
      kind: 'round',
      title: 'Dagbesteding',
      config: { dilemma: 'Werken zonder vergoeding: wat doen we?' },
    });
    await phone.getByTestId('round-step').waitFor({ timeout: 10_000 });
    // The step's announcement below is exact from before + 1: showing the round said nothing.
    expect((await said()).length).toBe(before + 1);
    expectAck(await chair.command({ type: 'round.control', activityId: roundId, phase: 1 }));
    const step = await phone.getByTestId('round-step');
    await expect.poll(() => step.innerText()).toMatch(/^Step 2 of 3/);
    await expect
      .poll(async () => (await said()).slice(before + 1), { timeout: 10_000 })
      .toEqual([`The chair moved to a new step. ${await step.innerText()}`]);
    expect(problems).toEqual([]);
  }, 60_000);
});
