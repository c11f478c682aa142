// AUTH-9: the chair sees when a poll's votes come from a burst of brand-new identities, and a
// sensitive poll can count only identities that were there a while before they voted.

import { describe, expect, it } from 'vitest';
import { BURST_MIN } from '../../server/kinds/poll/poll-identity.js';
import { dilemmaConfig, startPoll } from '../helpers/polls.js';
import { asChair, asParticipant, asProjector, useTestServer } from '../helpers/scenario.js';

const srv = useTestServer();

describe('votes from new identities', () => {
  it('[AUTH-9] a burst of fresh identities voting is flagged to the chair only; a sensitive poll leaves them out', async () => {
    const ev = await srv.createEvent('Gestapelde stemming');
    const chair = await asChair(srv, ev);
    const projector = await asProjector(srv, ev);
    const pollId = await startPoll(chair, { ...dilemmaConfig(), resultsMode: 'live' });
    const voters = BURST_MIN + 10;
    // A script: that many new identities, each voting the moment it has one.
    for (let batch = 0; batch < voters / 10; batch++) {
      await Promise.all(
        Array.from({ length: 10 }, async (_, i) => {
          const p = await asParticipant(srv, ev, `burst-${batch}-${i}-voter`);
          expect(await p.command({ type: 'poll.vote', pollId, optionIds: ['d0'] })).toMatchObject({
            type: 'ack',
          });
          p.close();
        }),
      );
    }
    await chair.until(() => (chair.polls.get(pollId)?.rounds[0]?.voters ?? 0) === voters);
    expect(chair.polls.get(pollId)?.burst).toBeGreaterThanOrEqual(BURST_MIN);
    await projector.until(() => projector.polls.get(pollId)?.rounds[0]?.voters === voters);
    expect(projector.polls.get(pollId)?.burst).toBeUndefined();

    // The chair makes it a sensitive poll: only identities a minute old when they voted count.
    expect(
      await chair.command({
        type: 'activity.update',
        activityId: pollId,
        config: { minIdentityAgeS: 60 },
      }),
    ).toMatchObject({ type: 'ack' });
    await chair.until(() => chair.polls.get(pollId)?.tooYoung === voters);
    expect(chair.polls.get(pollId)?.rounds[0]).toMatchObject({
      voters: 0,
      options: { d0: 0, d1: 0 },
    });
    await projector.until(() => projector.polls.get(pollId)?.rounds[0]?.voters === 0);
    expect(
      await chair.command({
        type: 'activity.update',
        activityId: pollId,
        config: { minIdentityAgeS: 99999 },
      }),
    ).toMatchObject({ type: 'error', code: 'invalid' });
    for (const c of [chair, projector]) c.close();
  }, 60_000);
});
