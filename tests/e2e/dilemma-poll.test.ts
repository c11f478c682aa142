// A dilemma table as people run it: the chair writes the dilemma and opens it, three phones
// vote while the beamer keeps the results hidden, the chair reveals them, and a second round
// shows how the room moved.

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DILEMMA } from '../helpers/polls.js';
import { haveBrowser, shot } from '../helpers/browser.js';
import { useStage } from '../helpers/screens.js';

const stage = useStage({ event: 'Dilemmatafel Zorg' });
const { ev, problems } = stage;

let chair: Page;
let projector: Page;
const phones: Page[] = [];

const [A, B] = DILEMMA.options as [
  { label: string; drawback: string },
  { label: string; drawback: string },
];

async function vote(phone: Page, label: string): Promise<void> {
  await phone.getByTestId('ballot-option').filter({ hasText: label }).click();
  await phone.getByTestId('vote-button').click();
  await expect.poll(() => phone.getByTestId('vote-status').getAttribute('data-state')).toBe('sent');
}

/** The bars on the projector as [count, percent] per option, in order. */
async function bars(page: Page): Promise<[number, number][]> {
  const els = await page.getByTestId('poll-bar').all();
  return Promise.all(
    els.map(async (el) => [
      Number(await el.getAttribute('data-count')),
      Number(await el.getAttribute('data-percent')),
    ]),
  ) as Promise<[number, number][]>;
}

describe.skipIf(!haveBrowser)('dilemma poll in Chromium', () => {
  beforeAll(async () => {
    [chair, projector] = await stage.openEach('chair', 'projector');
    for (let i = 0; i < 3; i++) phones.push(await stage.open('phone'));
  });

  it('[POLL-1][AGENDA-1] the chair writes a dilemma and starts it; phones follow', async () => {
    await chair.goto(ev.chairUrl);
    await projector.goto(ev.projectorUrl);
    for (const p of phones) await p.goto(ev.joinUrl);
    await chair.getByTestId('add-poll-button').click();
    await chair.getByTestId('kind-select').waitFor();
    await chair.getByTestId('kind-select').selectOption('dilemma');
    await chair.getByTestId('question-input').fill(DILEMMA.question);
    const labels = chair.getByTestId('option-input');
    const drawbacks = chair.getByTestId('drawback-input');
    for (const [i, o] of [A, B].entries()) {
      await labels.nth(i).fill(o.label);
      await drawbacks.nth(i).fill(o.drawback);
    }
    await chair.getByTestId('save-settings-button').click();
    await expect.poll(() => chair.getByTestId('save-settings-button').isDisabled()).toBe(true);
    await shot(chair, 'chair-poll-settings');
    await chair.getByTestId('poll-start').click();
    await expect
      .poll(() => chair.getByTestId('poll-state').getAttribute('data-state'))
      .toBe('open');

    // Every phone shows the question and both options with their drawbacks.
    for (const p of phones) {
      await p.getByTestId('ballot-option').nth(1).waitFor();
      expect(await p.getByTestId('poll').innerText()).toContain(B.drawback);
    }
    await shot(phones[0]!, 'phone-dilemma-ballot');
    await expect
      .poll(() => projector.getByTestId('projector-poll').getAttribute('data-state'))
      .toBe('open');
    expect(await projector.getByTestId('projector-options').innerText()).toContain(A.drawback);
  });

  it('[POLL-5][POLL-8] three phones vote; the results stay hidden until the chair reveals them', async () => {
    await vote(phones[0]!, A.label);
    await vote(phones[1]!, A.label);
    await vote(phones[2]!, B.label);
    await shot(phones[2]!, 'phone-dilemma-voted');
    // The chair sees the count, the beamer does not.
    await expect.poll(() => chair.getByTestId('poll-total').getAttribute('data-voters')).toBe('3');
    expect(await projector.getByTestId('projector-poll').getAttribute('data-revealed')).toBe(
      'false',
    );
    expect(await projector.getByTestId('poll-bar').count()).toBe(0);
    await shot(projector, 'projector-dilemma-hidden');

    // One phone says why; the chair approves it and puts the whys on screen.
    await phones[0]!.getByTestId('why-input').fill('Dan blijft de cliënt in beeld');
    await phones[0]!.getByTestId('why-button').click();
    await phones[0]!.getByTestId('why-sent').waitFor();
    await chair.getByTestId('queue-item').filter({ hasText: 'cliënt in beeld' }).waitFor();
    await chair.getByTestId('approve-button').first().click();
    await chair.locator('.chair__left').evaluate((el) => el.scrollTo(0, 0));
    await shot(chair, 'chair-poll-open');

    await chair.getByTestId('poll-close').click();
    await chair.getByTestId('poll-reveal').click();
    await chair.getByTestId('show-why').check();
    await expect
      .poll(() => bars(projector))
      .toEqual([
        [2, 67],
        [1, 33],
      ]);
    await projector.getByTestId('projector-item').filter({ hasText: 'cliënt in beeld' }).waitFor();
    expect(await projector.getByTestId('poll-total').innerText()).toContain('3 stemmen');
    await shot(projector, 'projector-dilemma-revealed');
    await phones[1]!.getByTestId('poll-results').waitFor();
    await shot(phones[1]!, 'phone-dilemma-results');
  });

  it('[POLL-6] a second round starts empty, hidden again, and shows the shift once revealed', async () => {
    await chair.getByTestId('show-why').uncheck();
    await chair.getByTestId('poll-new-round').click();
    await expect
      .poll(() => projector.getByTestId('projector-poll').getAttribute('data-revealed'))
      .toBe('false');
    // The phones have a fresh ballot: nothing chosen, a send button again.
    for (const p of phones) await p.getByTestId('vote-button').waitFor();
    await vote(phones[0]!, B.label);
    await vote(phones[1]!, A.label);
    await vote(phones[2]!, B.label);
    await expect.poll(() => chair.getByTestId('poll-total').getAttribute('data-voters')).toBe('3');
    await chair.getByTestId('poll-reveal').click();
    await expect
      .poll(() => bars(projector))
      .toEqual([
        [1, 33],
        [2, 67],
      ]);
    const values = await projector.getByTestId('poll-bar-value').allInnerTexts();
    expect(values[0]).toMatch(/67%\s*→\s*33%/);
    expect(values[1]).toMatch(/33%\s*→\s*67%/);
    expect(await projector.getByTestId('poll-rounds').innerText()).toMatch(/Ronde 1\s*Ronde 2/);
    await shot(projector, 'projector-dilemma-shift');
    await shot(chair, 'chair-poll-shift');

    // While revealed and open, a changed vote reaches the beamer within a second. Both ends
    // are timed in the browsers, so the test driver's own round trips do not count.
    const phone = phones[1]!;
    await phone.getByTestId('ballot-option').filter({ hasText: B.label }).click();
    await phone.evaluate(() => {
      const mark = () => ((window as unknown as { sentAt: number }).sentAt = Date.now());
      document.addEventListener('click', mark, { capture: true, once: true });
    });
    await phone.getByTestId('vote-button').click();
    const seenAt = await projector
      .waitForFunction(
        () => {
          const bars = [...document.querySelectorAll('[data-testid="poll-bar"]')];
          const counts = bars.map((b) => b.getAttribute('data-count')).join(',');
          return counts === '0,3' ? Date.now() : false;
        },
        undefined,
        { polling: 10, timeout: 5000 },
      )
      .then((h) => h.jsonValue() as Promise<number>);
    const sentAt = await phone.evaluate(() => (window as unknown as { sentAt: number }).sentAt);
    const voteToProjector = seenAt - sentAt;
    console.warn(`e2e vote → projector: ${voteToProjector} ms`);
    expect(await bars(projector)).toEqual([
      [0, 0],
      [3, 100],
    ]);
    expect(problems).toEqual([]);
  });
});
