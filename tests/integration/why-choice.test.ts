import { describe, expect, it } from 'vitest';
import { dilemmaConfig, startPoll } from '../helpers/polls.js';
import { asChair, asParticipant, asProjector, useTestServer } from '../helpers/scenario.js';

const srv = useTestServer();

describe('a why line carries its writer’s choice, for the chair only', () => {
  it('[CHAIR-6] the chair sees "choice" on a scale why; participants and the projector never do', async () => {
    const ev = await srv.createEvent('Waarom');
    const chair = await asChair(srv, ev);
    const pollId = await startPoll(chair, {
      pollKind: 'scale',
      question: 'Hoe dichtbij voelt de wijk?',
      askWhy: true,
      showWhy: true,
    });
    const p = await asParticipant(srv, ev, 'why-voter');
    const other = await asParticipant(srv, ev, 'why-reader');
    const projector = await asProjector(srv, ev);
    await p.command({ type: 'poll.vote', pollId, value: 4 });
    const { id } = (await p.command({
      type: 'statement.submit',
      activityId: pollId,
      text: 'Omdat het dichtbij is',
    })) as { id: string };
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
    const ev = await srv.createEvent('Waarom opnieuw');
    const chair = await asChair(srv, ev);
    const pollId = await startPoll(chair, {
      pollKind: 'scale',
      question: 'Hoe dichtbij voelt de wijk?',
      askWhy: true,
      showWhy: true,
    });
    const p = await asParticipant(srv, ev, 'why-revoter');
    const projector = await asProjector(srv, ev);
    await p.command({ type: 'poll.vote', pollId, value: 2 });
    const { id } = (await p.command({
      type: 'statement.submit',
      activityId: pollId,
      text: 'Eerst ver weg',
    })) as { id: string };
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
    const ev = await srv.createEvent('Waarom dilemma');
    const chair = await asChair(srv, ev);
    const pollId = await startPoll(chair, { ...dilemmaConfig(), askWhy: true });
    const p = await asParticipant(srv, ev, 'why-dilemma');
    await p.command({ type: 'poll.vote', pollId, optionIds: ['d1'] });
    const { id } = (await p.command({
      type: 'statement.submit',
      activityId: pollId,
      text: 'Omdat het dichtbij is',
    })) as { id: string };
    await chair.until(() => chair.statements.get(id) !== undefined, 10_000);
    expect(chair.statements.get(id)?.optionIds).toEqual(['d1']);
    expect(chair.statements.get(id)).not.toHaveProperty('choice');
    for (const c of [chair, p]) c.close();
  });
});
