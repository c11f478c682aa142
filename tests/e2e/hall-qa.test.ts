// A pitch's Q&A put on screen: the beamer and the phones say the same thing. Open when it is on
// screen unless the chair closed it; the beamer never invites questions the phones refuse.

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { haveBrowser, shot } from '../helpers/browser.js';
import { audit } from '../helpers/a11y.js';
import { expectAck } from '../helpers/polls.js';
import { useStage } from '../helpers/screens.js';
import { showNewActivity } from '../helpers/scenario.js';

const stage = useStage({ event: 'Themamiddag', chair: true });
const { ev, chair, problems } = stage;

let projector: Page;
let phone: Page;

describe.skipIf(!haveBrowser)('Q&A on screen in Chromium', () => {
  beforeAll(async () => {
    [projector, phone] = await stage.openEach('projector', 'phone');
  });

  it('[QA-13] on screen it is open on the beamer and the phone; closed by the chair, both say so', async () => {
    // A Q&A made and put on screen without touching "open", as a chair in a hurry does.
    const qaId = await showNewActivity(chair, {
      kind: 'qa',
      title: '',
      config: { pitch: 'Het Pieperproject', speaker: 'Marieke Jansen' },
    });

    await projector.goto(ev.projectorUrl);
    await phone.goto(ev.joinUrl);
    await expect
      .poll(() => projector.getByTestId('projector-qa-invite').innerText())
      .toBe('Stel je vraag via je telefoon');
    await phone.getByTestId('question-input').waitFor();
    expect(await phone.getByTestId('qa-closed').count()).toBe(0);
    await expect
      .poll(() => phone.getByTestId('qa-empty').innerText())
      .toMatch(/Stel jij de eerste/);

    // The phone can do what the beamer invites: ask.
    await phone.getByTestId('question-input').fill('Hoe bereik je mensen die niet digitaal zijn?');
    await phone.getByTestId('ask-button').click();
    await phone.getByTestId('qa-mine-item').filter({ hasText: 'niet digitaal' }).waitFor();
    await expect.poll(() => chair.questions.size).toBe(1);
    const question = [...chair.questions.values()][0]!;
    expectAck(
      await chair.command({
        type: 'question.moderate',
        questionId: question.id,
        action: 'approve',
      }),
    );
    expectAck(
      await chair.command({ type: 'question.moderate', questionId: question.id, action: 'stage' }),
    );
    await projector.getByTestId('projector-stage').filter({ hasText: 'niet digitaal' }).waitFor();
    await shot(projector, 'projector-qa-on-stage');
    await audit(projector, 'projector: Q&A on stage');

    // The chair closes it: the phone refuses, the beamer no longer invites.
    expectAck(
      await chair.command({ type: 'activity.update', activityId: qaId, config: { open: false } }),
    );
    await phone.getByTestId('qa-closed').waitFor();
    expectAck(
      await chair.command({
        type: 'question.moderate',
        questionId: question.id,
        action: 'unstage',
      }),
    );
    expectAck(
      await chair.command({
        type: 'question.moderate',
        questionId: question.id,
        action: 'archive',
      }),
    );
    await expect
      .poll(() => projector.getByTestId('projector-qa-invite').innerText())
      .toBe('Vragen stellen is gesloten');
    await expect.poll(() => phone.getByTestId('qa-empty').innerText()).toBe('Nog geen vragen.');
    // Off screen and on again: still closed, the chair's word holds.
    const wallId = [...chair.activities.values()].find((a) => a.kind === 'wall')!.id;
    expectAck(await chair.command({ type: 'activity.show', activityId: wallId }));
    expectAck(await chair.command({ type: 'activity.show', activityId: qaId }));
    await expect
      .poll(() => projector.getByTestId('projector-qa-invite').innerText())
      .toBe('Vragen stellen is gesloten');
    await phone.getByTestId('qa-closed').waitFor();
    expect(problems).toEqual([]);
  });
});
