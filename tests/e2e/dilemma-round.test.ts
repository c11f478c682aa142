// A dilemma table as people run it: the chair adds the round and writes the dilemma, a phone
// asks a clarifying question, the chair approves it and moves to "Ervaringen delen" by
// clicking, the beamer follows, the phone shares an experience, and the export has both steps.

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { haveBrowser, shot } from '../helpers/browser.js';
import { useStage } from '../helpers/screens.js';

const stage = useStage({ event: 'Dilemmatafel Werk' });
const { srv, ev, problems } = stage;

const DILEMMA =
  'Deelnemers aan arbeidsmatige dagbesteding werken hard maar krijgen geen vergoeding. Wat doen we?';
const QUESTION = 'Om hoeveel deelnemers gaat het?';
const EXPERIENCE = 'Bij ons kregen mensen een kleine bonus en dat werkte goed';

let chair: Page;
let projector: Page;
let phone: Page;

describe.skipIf(!haveBrowser)('dilemma round in Chromium', () => {
  beforeAll(async () => {
    [chair, projector, phone] = await stage.openEach('chair', 'projector', 'phone');
  }, 90_000);

  it('[ROUND-1][ROUND-2][ROUND-3][ROUND-5][ROUND-8] phone posts in step 1, chair approves and moves to step 2, projector and export follow', async () => {
    await chair.goto(ev.chairUrl);
    await projector.goto(ev.projectorUrl);
    await phone.goto(ev.joinUrl);

    // The chair adds a round from its agenda, writes the dilemma and puts it on screen.
    await chair.getByTestId('add-round-button').click();
    await chair.getByTestId('round-dilemma-input').fill(DILEMMA);
    await chair.getByTestId('round-save-button').click();
    await expect.poll(() => chair.getByTestId('round-save-button').isDisabled()).toBe(true);
    await chair.getByTestId('agenda-item').filter({ hasText: 'Dilemmaronde 1' }).click();

    // The phone shows where the round is, the dilemma and the first step's prompt.
    await expect
      .poll(() => phone.getByTestId('round-step').innerText(), { timeout: 15_000 })
      .toBe('Stap 1 van 3 · Verhelderende vragen');
    expect(await phone.getByTestId('round-dilemma').innerText()).toContain(DILEMMA);
    await phone.getByTestId('statement-input').fill(QUESTION);
    await phone.getByTestId('send-button').click();
    await expect
      .poll(() => phone.getByTestId('mine-item').first().getAttribute('data-status'))
      .toBe('pending');
    await shot(phone, 'phone-round-step1');

    // The chair approves it; the projector shows it under step 1.
    await chair.getByTestId('queue-item').filter({ hasText: QUESTION }).waitFor();
    await chair.getByTestId('approve-button').first().click();
    await projector
      .getByTestId('projector-item')
      .filter({ hasText: QUESTION })
      .waitFor({ timeout: 15_000 });
    await shot(chair, 'chair-round-step1');

    // The chair clicks step 2; the beamer lights it up and shows its prompt.
    await chair.getByTestId('round-step-button').nth(1).click();
    await expect
      .poll(() => chair.getByTestId('round-step-button').nth(1).getAttribute('aria-pressed'))
      .toBe('true');
    await expect
      .poll(() => projector.getByTestId('projector-round-prompt').innerText(), {
        timeout: 15_000,
      })
      .toContain('Heb je zoiets zelf meegemaakt?');
    expect(await projector.getByTestId('projector-step').nth(1).getAttribute('aria-current')).toBe(
      'step',
    );
    // The step 1 question is not on the beamer during step 2.
    expect(await projector.getByTestId('projector-item').count()).toBe(0);
    await shot(projector, 'projector-round-step2');

    // The phone follows to step 2, posts, and can still read step 1.
    await expect
      .poll(() => phone.getByTestId('round-step').innerText())
      .toBe('Stap 2 van 3 · Ervaringen delen');
    await phone.getByTestId('statement-input').fill(EXPERIENCE);
    await phone.getByTestId('send-button').click();
    await chair.getByTestId('queue-item').filter({ hasText: 'kleine bonus' }).waitFor();
    await chair.getByTestId('approve-button').first().click();
    await projector.getByTestId('projector-item').filter({ hasText: 'kleine bonus' }).waitFor();
    await phone.getByTestId('round-item').filter({ hasText: 'kleine bonus' }).waitFor();
    await phone.getByTestId('round-earlier').first().click();
    await phone.getByTestId('round-item').filter({ hasText: QUESTION }).waitFor();
    await shot(phone, 'phone-round-earlier');

    // The export groups both contributions by their step.
    const key = new URL(ev.chairUrl).searchParams.get('k') ?? '';
    const res = await fetch(`${srv.url}/api/events/${ev.code}/export.json?k=${key}`);
    const json = (await res.json()) as {
      rooms: {
        activities: {
          kind: string;
          phases?: { title: string; contributions: { text: string }[] }[];
        }[];
      }[];
    };
    const round = json.rooms[0]!.activities.find((a) => a.kind === 'round');
    expect(round?.phases?.map((p) => [p.title, p.contributions.map((c) => c.text)])).toEqual([
      ['Verhelderende vragen', [QUESTION]],
      ['Ervaringen delen', [EXPERIENCE]],
      ['Oplossingsrichtingen', []],
    ]);
    expect(problems).toEqual([]);
  }, 90_000);
});
