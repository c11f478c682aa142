// AUTH-9 as the chair sees it: a burst of brand-new identities votes, the chair's console warns,
// and one tick makes the poll count only participants who were there a while.

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { BURST_MIN } from '../../server/kinds/poll/poll-identity.js';
import { haveBrowser, shot } from '../helpers/browser.js';
import { dilemmaConfig, startPoll } from '../helpers/polls.js';
import { asChair, asParticipant } from '../helpers/scenario.js';
import { useStage } from '../helpers/screens.js';

const stage = useStage({ event: 'Stemming onder vuur' });
const { srv, ev, problems } = stage;

let chair: Page;

describe.skipIf(!haveBrowser)('poll integrity in Chromium', () => {
  beforeAll(async () => {
    chair = await stage.open('chair');
  });

  it('[AUTH-9] the chair is warned of a burst of new voters and can count only older ones', async () => {
    const socket = await asChair(srv, ev);
    const pollId = await startPoll(socket, dilemmaConfig());
    await chair.goto(ev.chairUrl);
    await chair.getByTestId('poll-sensitive').waitFor();
    expect(await chair.getByTestId('poll-burst').count()).toBe(0);

    const voters = BURST_MIN + 10;
    for (let batch = 0; batch < voters / 10; batch++) {
      await Promise.all(
        Array.from({ length: 10 }, async (_, i) => {
          const p = await asParticipant(srv, ev, `e2e-burst-${batch}-${i}`);
          await p.command({ type: 'poll.vote', pollId, optionIds: ['d1'] });
          p.close();
        }),
      );
    }
    await chair.getByTestId('poll-burst').waitFor();
    // The warning appears once 100 have voted and counts on while the rest come in.
    await expect.poll(() => chair.getByTestId('poll-burst').innerText()).toContain(String(voters));
    await expect
      .poll(() => chair.getByTestId('poll-total').getAttribute('data-voters'))
      .toBe(String(voters));
    await chair.getByTestId('poll-burst').scrollIntoViewIfNeeded();
    await shot(chair, 'chair-poll-burst');

    await chair.getByTestId('poll-sensitive').check();
    await chair.getByTestId('poll-too-young').waitFor();
    expect(await chair.getByTestId('poll-too-young').innerText()).toContain(String(voters));
    await expect.poll(() => chair.getByTestId('poll-total').getAttribute('data-voters')).toBe('0');
    await shot(chair, 'chair-poll-sensitive');
    expect(problems).toEqual([]);
    socket.close();
  }, 90_000);
});
