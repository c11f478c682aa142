// A phone that tells the truth: offline as soon as the browser says so, "Verstuurd" only after
// the server's ack, a round's contribution "Bij stap 2" rather than on a wall, heart buttons
// named with their statement, and error pages that fit the screen that shows them.

import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { haveBrowser, shot } from '../helpers/browser.js';
import { audit } from '../helpers/a11y.js';
import { DILEMMA, dilemmaConfig, expectAck, startPoll } from '../helpers/polls.js';
import { asParticipant, showNewActivity } from '../helpers/scenario.js';
import { useStage } from '../helpers/screens.js';

const stage = useStage({ event: 'Ronde tafel Zwolle', chair: true });
const { srv, ev, chair, problems } = stage;

let context: BrowserContext;
let phone: Page;

describe.skipIf(!haveBrowser)('a phone that tells the truth', () => {
  beforeAll(async () => {
    phone = await stage.open('phone');
    context = phone.context();
  });

  it('[PROTO-10] offline at once when the browser says so; "Verstuurd" only after the ack', async () => {
    await phone.goto(ev.joinUrl);
    const status = phone.getByTestId('conn-status');
    await expect.poll(() => status.getAttribute('data-status')).toBe('online');
    await context.setOffline(true);
    // Far sooner than the 45 s a silent socket takes to be given up.
    await expect.poll(() => status.getAttribute('data-status'), { timeout: 3000 }).toBe('offline');
    await phone.getByTestId('statement-input').fill('Luister eerst, oordeel later');
    await phone.getByTestId('send-button').click();
    const mine = phone.getByTestId('mine-item').filter({ hasText: 'Luister eerst' });
    await expect.poll(() => mine.getAttribute('data-status')).toBe('sending');
    // One status per post: the note under the form agrees with the card.
    expect(await phone.getByTestId('sent-note').innerText()).toBe('Wordt verzonden…');
    await shot(phone, 'phone-offline-sending');
    await context.setOffline(false);
    await expect.poll(() => status.getAttribute('data-status'), { timeout: 15_000 }).toBe('online');
    await expect.poll(() => mine.getAttribute('data-status')).toBe('pending');
    await expect.poll(() => phone.getByTestId('sent-note').innerText()).toBe('Verstuurd');
    expect(problems).toEqual([]);
  });

  it('[A11Y-6] every heart button is named with the first words of its statement', async () => {
    const [pending] = [...chair.statements.values()];
    expectAck(
      await chair.command({
        type: 'statement.moderate',
        statementId: pending!.id,
        action: 'approve',
      }),
    );
    const heart = phone
      .getByTestId('wall-item')
      .filter({ hasText: 'Luister eerst' })
      .getByTestId('heart-button');
    await expect
      .poll(() => heart.getAttribute('aria-label'))
      .toBe('Hartje geven: Luister eerst, oordeel later');
    await phone.getByRole('button', { name: 'Hartje geven: Luister eerst, oordeel later' }).click();
    await expect.poll(() => heart.getAttribute('aria-pressed')).toBe('true');
    await audit(phone, 'phone wall with named hearts');
  });

  it('[ROUND-10] a round contribution says in which step it is, not "op de muur"', async () => {
    const roundId = await showNewActivity(chair, {
      kind: 'round',
      title: 'Dilemma',
      config: { moderation: 'pre', dilemma: 'Snel helpen of zorgvuldig helpen?' },
    });
    expectAck(await chair.command({ type: 'round.control', activityId: roundId, phase: 1 }));
    await expect.poll(() => phone.getByTestId('round-step').innerText()).toMatch(/Stap 2/);
    await phone.getByTestId('statement-input').fill('Bij ons werkte een vast aanspreekpunt');
    await phone.getByTestId('send-button').click();
    const inRound = () => [...chair.statements.values()].find((s) => s.activityId === roundId);
    await expect.poll(() => inRound()?.id).toBeDefined();
    const contribution = inRound()!;
    expectAck(
      await chair.command({
        type: 'statement.moderate',
        statementId: contribution.id,
        action: 'approve',
      }),
    );
    const mine = phone.getByTestId('mine-item').filter({ hasText: 'vast aanspreekpunt' });
    await expect.poll(() => mine.innerText()).toContain('Bij stap 2');
    expect(await mine.innerText()).not.toContain('muur');
    expect(problems).toEqual([]);
  });

  it('[JOIN-8] the error page of a screen link does not tell the screen to look at the screen', async () => {
    const page = await stage.open('projector');
    for (const path of ['/p/ZZZZZZ', '/s/ZZZZZZ']) {
      const res = await page.goto(`${srv.url}${path}`);
      expect(res?.status()).toBe(404);
      const text = await page.locator('body').innerText();
      expect(text).toContain('schermlink');
      expect(text).not.toMatch(/op het scherm/);
    }
    const chairPage = await page.goto(`${srv.url}/c/ZZZZZZ?k=x`);
    expect(chairPage?.status()).toBe(404);
    expect(await page.locator('body').innerText()).toContain('link als gespreksleider');
    // A participant who typed a wrong code still gets the page with the retry field.
    await phone.goto(`${srv.url}/j/ZZZZZZ`);
    await expect.poll(() => phone.locator('body').innerText()).toMatch(/bestaat niet/);
  });

  it('[POLL-14] live results show on the phone only after your vote, unless the chair says always', async () => {
    const pollId = await startPoll(chair, {
      pollKind: 'single',
      question: 'Hoe tevreden bent u over de wijkteams?',
      options: ['Tevreden', 'Neutraal', 'Ontevreden'].map((label, i) => ({ id: `s${i}`, label })),
    });
    const other = await asParticipant(srv, ev, 'herd-voter-1');
    expectAck(await other.command({ type: 'poll.vote', pollId, optionIds: ['s2'] }));
    other.close();
    await phone.goto(ev.joinUrl);
    await phone.getByTestId('poll').waitFor();
    await phone.getByTestId('results-after-vote').waitFor();
    expect(await phone.getByTestId('poll-results').count()).toBe(0);
    await shot(phone, 'phone-live-before-vote');
    await phone.getByTestId('ballot-option').filter({ hasText: 'Neutraal' }).click();
    await phone.getByTestId('vote-button').click();
    await phone.getByTestId('poll-results').waitFor();
    expect(await phone.getByTestId('results-after-vote').count()).toBe(0);

    // "Always": a fresh phone sees the results before voting.
    expectAck(
      await chair.command({
        type: 'activity.update',
        activityId: pollId,
        config: { resultsMode: 'always' },
      }),
    );
    const fresh = await stage.open('phone');
    await fresh.goto(ev.joinUrl);
    await fresh.getByTestId('poll-results').waitFor();
    expect(problems).toEqual([]);
  });

  it('[POLL-15][POLL-8] round 2 reminds you of your round-1 choice; the why has room and a count', async () => {
    const pollId = await startPoll(chair, { ...dilemmaConfig(), askWhy: true });
    await expect.poll(() => phone.getByTestId('ballot-option').count()).toBe(2);
    const first = DILEMMA.options[0]!.label;
    await phone.getByTestId('ballot-option').filter({ hasText: first }).click();
    await phone.getByTestId('vote-button').click();
    await expect
      .poll(() => phone.getByTestId('vote-status').getAttribute('data-state'))
      .toBe('sent');
    const why = phone.getByTestId('why-input');
    expect(await why.evaluate((el) => el.tagName)).toBe('TEXTAREA');
    await why.fill('Omdat de cliënt dan in beeld blijft');
    await expect.poll(() => phone.getByTestId('why-count').innerText()).toBe('Nog 105 tekens');
    await audit(phone, 'phone: why with its count');
    expectAck(await chair.command({ type: 'poll.control', pollId, action: 'close' }));
    expectAck(await chair.command({ type: 'poll.control', pollId, action: 'newRound' }));
    const reminder = phone.getByTestId('revote-reminder');
    await expect.poll(() => reminder.innerText()).toContain('ben je van mening veranderd?');
    expect(await reminder.innerText()).toContain(`In ronde 1 koos je: A. ${first}`);
    await shot(phone, 'phone-round-2-reminder');
    // A reload (a fresh snapshot) still knows the first choice.
    await phone.reload();
    await expect.poll(() => phone.getByTestId('revote-reminder').innerText()).toContain(first);
    await phone.getByTestId('ballot-option').nth(1).click();
    await phone.getByTestId('vote-button').click();
    await expect.poll(() => phone.getByTestId('revote-reminder').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
