// What a phone downloads to join: everything the first screen needs is named by the HTML itself
// (no chunk found only after a script ran), one language's strings, and the code of another
// activity kind or language only when it is needed (NET-3).

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../helpers/a11y.js';
import { startPoll } from '../helpers/polls.js';
import { guard, haveBrowser, shot } from '../helpers/browser.js';
import { useStage } from '../helpers/screens.js';

const stage = useStage({ event: 'Sociale Top Zuid', chair: true });
const { srv, ev, chair } = stage;

let phone: Page;
let problems: string[];
/** Every /assets/ request in order, with what started it ("parser": the HTML; "script"). */
const requests: { url: string; initiator: string }[] = [];
const assetsLike = (re: RegExp) => requests.filter((r) => re.test(r.url));

describe.skipIf(!haveBrowser)('what a phone loads to join', () => {
  beforeAll(async () => {
    phone = await stage.open('phone');
    problems = guard(phone, srv.url);
    const cdp = await phone.context().newCDPSession(phone);
    await cdp.send('Network.enable');
    cdp.on('Network.requestWillBeSent', (e) => {
      const path = new URL(e.request.url).pathname;
      if (path.startsWith('/assets/')) requests.push({ url: path, initiator: e.initiator.type });
    });
    await phone.goto(ev.joinUrl);
    await phone.getByTestId('statement-input').waitFor();
  });

  it('[NET-3] the HTML names every file of the first screen, one language included', () => {
    expect(requests.length).toBeGreaterThan(3);
    // Found by the HTML parser: all in the first round trip after the page, none discovered late.
    expect(requests.filter((r) => r.initiator !== 'parser')).toEqual([]);
    expect(assetsLike(/\/lang-nl-/)).toHaveLength(1);
    expect(assetsLike(/\/lang-en-/)).toEqual([]);
    expect(assetsLike(/\/(Poll|QaView|RoundView|PollResults)-/)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('[NET-3] the other language is fetched when the person switches', async () => {
    await phone.getByRole('button', { name: 'English' }).click();
    await phone.getByRole('button', { name: 'Nederlands' }).waitFor();
    expect(await phone.locator('html').getAttribute('lang')).toBe('en');
    expect(assetsLike(/\/lang-en-/)).toHaveLength(1);
    await audit(phone, 'phone in English after a switch');
    await phone.getByRole('button', { name: 'Nederlands' }).click();
    await phone.getByRole('button', { name: 'English' }).waitFor();
    // Switching back needs nothing new.
    expect(assetsLike(/\/lang-nl-/)).toHaveLength(1);
  });

  it('[NET-3] a poll on screen brings its code along, then the ballot works', async () => {
    await startPoll(chair, {
      pollKind: 'single',
      question: 'Waar beginnen we?',
      options: ['Wonen', 'Zorg'].map((label, i) => ({ id: `o${i}`, label })),
    });
    await phone.getByTestId('ballot-option').filter({ hasText: 'Zorg' }).click();
    await phone.getByTestId('vote-button').click();
    await expect
      .poll(() => phone.getByTestId('vote-status').getAttribute('data-state'))
      .toBe('sent');
    expect(assetsLike(/\/Poll-/).length).toBeGreaterThan(0);
    expect(assetsLike(/\/Poll-/).every((r) => r.initiator === 'script')).toBe(true);
    await shot(phone, 'phone-lazy-poll');
    expect(problems).toEqual([]);
  });
});
