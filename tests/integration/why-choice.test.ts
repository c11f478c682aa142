import { describe, expect, it } from 'vitest';
import { dilemmaConfig, startPoll } from '../helpers/polls.js';
import { asChair, asParticipant, asProjector, useTestServer } from '../helpers/scenario.js';
import type { TestClient } from '../helpers/ws-client.js';

const srv = useTestServer();

const SCALE_WHY = {
  pollKind: 'scale',
  question: 'Hoe dichtbij voelt de wijk?',
  askWhy: true,
  showWhy: true,
} as const;

/** A poll open in a new event, with its chair and one participant. */
async function pollWithVoter(name: string, config: Parameters<typeof startPoll>[1], voter: string) {
  const ev = await srv.createEvent(name);
  const chair = await asChair(srv, ev);
  const pollId = await startPoll(chair, config);
  const p = await asParticipant(srv, ev, voter);
  return { ev, chair, pollId, p };
}

/** `p` votes and writes `why` with the vote; the why's id. */
async function voteWithWhy(
  p: TestClient,
  pollId: string,
  vote: { value: number } | { optionIds: string[] },
  why: string,
) {
  await p.command({ type: 'poll.vote', pollId, ...vote });
  const { id } = (await p.command({
    type: 'statement.submit',
    activityId: pollId,
    text: why,
  })) as { id: string };
  return id;
}

describe('a why line carries its writer’s choice, for the chair only', () => {
  it('[CHAIR-6] the chair sees "choice" on a scale why; participants and the projector never do', async () => {
    const { ev, chair, pollId, p } = await pollWithVoter('Waarom', SCALE_WHY, 'why-voter');
    const other = await asParticipant(srv, ev, 'why-reader');
    const projector = await asProjector(srv, ev);
    const id = await voteWithWhy(p, pollId, { value: 4 }, 'Omdat het dichtbij is');
    await chair.until(() => chair.statements.get(id)?.choice !== undefined, 10_000);
    expect(chair.statements.get(id)?.choice).toBe('4');

    await chair.command({ type: 'statement.moderate', statementId: id, action: 'approve' });
    await other.until(() => other.statements.get(id)?.status === 'approved', 10_000);
    await projector.until(() => projector.statements.get(id)?.status === 'approved', 10_000);
    expect(other.statements.get(id)).not.toHaveProperty('choice');
    expect(projector.statements.get(id)).not.toHaveProperty('choice');
    expect(JSON.stringify(other.messages)).not.toContain('"choice"');
    for (const c of [chair, p, other, projector]) c.close();
  });

  it('[CHAIR-6] "Koos" follows a changed vote, for the chair only', async () => {
    const { ev, chair, pollId, p } = await pollWithVoter(
      'Waarom opnieuw',
      SCALE_WHY,
      'why-revoter',
    );
    const projector = await asProjector(srv, ev);
    const id = await voteWithWhy(p, pollId, { value: 2 }, 'Eerst ver weg');
    await chair.until(() => chair.statements.get(id)?.choice === '2', 10_000);
    await chair.command({ type: 'statement.moderate', statementId: id, action: 'approve' });
    await projector.until(() => projector.statements.get(id)?.status === 'approved', 10_000);
    const before = projector.messages.length;

    await p.command({ type: 'poll.vote', pollId, value: 5 });
    await chair.until(() => chair.statements.get(id)?.choice === '5', 10_000);
    // The projector's view of the why did not change: the vote sends it no copy of it.
    await chair.command({ type: 'poll.control', pollId, action: 'reveal' });
    await projector.until(() => projector.polls.get(pollId) !== undefined, 10_000);
    const later = JSON.stringify(projector.messages.slice(before));
    expect(later).not.toContain(id);
    for (const c of [chair, p, projector]) c.close();
  });

  it('[CHAIR-6][POLL-13] a dilemma why carries its options once (optionIds), not a second "choice"', async () => {
    const { chair, pollId, p } = await pollWithVoter(
      'Waarom dilemma',
      { ...dilemmaConfig(), askWhy: true },
      'why-dilemma',
    );
    const id = await voteWithWhy(p, pollId, { optionIds: ['d1'] }, 'Omdat het dichtbij is');
    await chair.until(() => chair.statements.get(id) !== undefined, 10_000);
    expect(chair.statements.get(id)?.optionIds).toEqual(['d1']);
    expect(chair.statements.get(id)).not.toHaveProperty('choice');
    for (const c of [chair, p]) c.close();
  });
});
