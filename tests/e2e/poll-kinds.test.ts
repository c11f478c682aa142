// The other poll kinds on real screens: a scale, a word cloud the chair weeds, and a multiple
// choice with a maximum, with the beamer set to reduced motion.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAck, startPoll } from '../helpers/polls.js';
import { TestClient } from '../helpers/ws-client.js';
import { haveBrowser, PROJECTOR, shot } from '../helpers/browser.js';
import { asParticipant } from '../helpers/scenario.js';
import { useStage } from '../helpers/screens.js';

const stage = useStage({ event: 'Themamiddag', chair: true });
const { srv, ev, chair, problems } = stage;

let phone: Page;
let projector: Page;
const others: TestClient[] = [];

describe.skipIf(!haveBrowser)('scale, cloud and multiple choice in Chromium', () => {
  beforeAll(async () => {
    for (let i = 0; i < 4; i++) {
      others.push(await asParticipant(srv, ev, `other-${i}-abcdef`));
    }
    phone = await stage.open('phone');
    projector = await stage.open('chair', {
      context: { viewport: PROJECTOR, reducedMotion: 'reduce' },
    });
    await phone.goto(ev.joinUrl);
    await projector.goto(ev.projectorUrl);
  });

  afterAll(async () => {
    for (const c of [chair, ...others]) c?.close();
  });

  it('[POLL-1][POLL-11] a scale: the phone picks a number, the beamer shows the spread and the mean', async () => {
    const pollId = await startPoll(chair, {
      pollKind: 'scale',
      question: 'Hoe tevreden bent u over de samenwerking?',
      scale: { min: 1, max: 5, minLabel: 'Heel ontevreden', maxLabel: 'Heel tevreden' },
    });
    for (const [i, value] of [4, 5, 2].entries()) {
      expectAck(await others[i]!.command({ type: 'poll.vote', pollId, value }));
    }
    await phone.getByTestId('scale-value').filter({ hasText: '4' }).click();
    await phone.getByTestId('vote-button').click();
    await expect
      .poll(() => phone.getByTestId('vote-status').getAttribute('data-state'))
      .toBe('sent');
    await shot(phone, 'phone-scale');
    await expect.poll(() => projector.getByTestId('poll-mean').innerText()).toContain('3,8');
    expect(await projector.getByTestId('poll-total').innerText()).toContain('4 stemmen');
    await shot(projector, 'projector-scale');
  });

  it('[POLL-7] a word cloud: words are counted as one, and a word the chair removes leaves the screen', async () => {
    const pollId = await startPoll(chair, {
      pollKind: 'cloud',
      question: 'Welk woord past bij een goede buurt?',
    });
    const words = [['Samen', 'veilig'], ['samen!', 'groen'], ['SAMEN', 'rommel'], ['veilig']];
    for (const [i, w] of words.entries()) {
      expectAck(await others[i]!.command({ type: 'poll.vote', pollId, words: w }));
    }
    await phone.getByTestId('cloud-input').fill('  Samen ');
    await phone.getByTestId('vote-button').click();
    await phone.getByTestId('cloud-input').fill('x'.repeat(40));
    await phone.getByTestId('vote-button').click();
    await phone.getByRole('alert').filter({ hasText: 'te lang' }).waitFor();
    await phone.getByTestId('cloud-input').fill('Betrokken');
    await phone.getByTestId('vote-button').click();
    await expect.poll(() => phone.getByTestId('my-words').innerText()).toContain('betrokken');
    await shot(phone, 'phone-cloud');
    const word = (w: string) =>
      projector.getByTestId('cloud-word').filter({ hasText: new RegExp(`^${w}`) });
    await expect.poll(() => word('samen').getAttribute('data-count')).toBe('4');
    await word('rommel').waitFor();
    await shot(projector, 'projector-cloud');
    expectAck(await chair.command({ type: 'cloud.remove', pollId, word: 'Rommel' }));
    await expect.poll(() => word('rommel').count()).toBe(0);
  });

  it('[POLL-4][POLL-11] multiple choice: no more than the maximum can be picked; the beamer does not animate', async () => {
    const pollId = await startPoll(chair, {
      pollKind: 'multiple',
      question: 'Welke onderwerpen wilt u vanmiddag bespreken?',
      maxPicks: 2,
      options: ['Wonen', 'Werk', 'Zorg', 'Vervoer'].map((label, i) => ({ id: `m${i}`, label })),
    });
    const option = (label: string) => phone.getByTestId('ballot-option').filter({ hasText: label });
    await option('Wonen').click();
    await option('Zorg').click();
    // The third checkbox is disabled at the maximum.
    expect(await option('Vervoer').locator('input').isDisabled()).toBe(true);
    await phone.getByTestId('vote-button').click();
    await expect
      .poll(() => phone.getByTestId('vote-status').getAttribute('data-state'))
      .toBe('sent');
    await shot(phone, 'phone-multiple');
    expectAck(await others[0]!.command({ type: 'poll.vote', pollId, optionIds: ['m0', 'm1'] }));
    await expect
      .poll(() =>
        projector
          .getByTestId('poll-bar')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-count'))),
      )
      .toEqual(['2', '1', '1', '0']);
    const duration = await projector
      .locator('.bar__fill')
      .first()
      .evaluate((el) => getComputedStyle(el).transitionDuration);
    expect(Number.parseFloat(duration)).toBeLessThan(0.05);
    await shot(projector, 'projector-multiple');
    // The chair can hide the percentages (or the counts); the bars stay.
    expectAck(
      await chair.command({
        type: 'activity.update',
        activityId: pollId,
        config: { showPercentages: false },
      }),
    );
    await expect
      .poll(() => projector.getByTestId('poll-bar-value').allInnerTexts())
      .toEqual(['2', '1', '1', '0']);
    expect(problems).toEqual([]);
  });
});
