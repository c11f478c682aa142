import { describe, expect, it } from 'vitest';
import type { ServerMessage } from '../../shared/protocol.js';
import { dilemmaConfig, expectAck, lettered, startPoll } from '../helpers/polls.js';
import type { CreatedEvent } from '../helpers/server.js';
import { useSockets, useTestServer } from '../helpers/scenario.js';

const srv = useTestServer();
const sockets = useSockets(srv);
const chairOf = (ev: CreatedEvent) => sockets.chair(ev);
const participant = (ev: CreatedEvent, name: string) =>
  sockets.participant(ev, `participant-${name}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('polls over real sockets', () => {
  it('[POLL-3] one vote per participant, even with concurrent votes from several sockets each', async () => {
    const ev = await srv.createEvent('Stemmen');
    const chair = await chairOf(ev);
    const pollId = await startPoll(chair, {
      pollKind: 'single',
      options: lettered('a', 'b', 'c'),
    });
    // 20 people, each on two sockets (phone and laptop), each socket voting three times at once.
    const people = Array.from({ length: 20 }, (_, i) => `twin-${i}-xyz`);
    const sockets = await Promise.all(
      people.flatMap((name) => [participant(ev, name), participant(ev, name)]),
    );
    const options = ['a', 'b', 'c'];
    const acks = await Promise.all(
      sockets.flatMap((s, i) =>
        [0, 1, 2].map(async (k) => {
          const optionIds = [options[(i + k) % 3]!];
          const msg = await s.command({ type: 'poll.vote', pollId, optionIds });
          expectAck(msg);
          return { person: people[Math.floor(i / 2)]!, seq: msg.seq, option: optionIds[0]! };
        }),
      ),
    );
    // Each person's vote is the one committed last; the tally must count exactly those.
    const last = new Map<string, { seq: number; option: string }>();
    for (const a of acks) if ((last.get(a.person)?.seq ?? -1) < a.seq) last.set(a.person, a);
    const expected: Record<string, number> = { a: 0, b: 0, c: 0 };
    for (const { option } of last.values()) expected[option]! += 1;
    await chair.until(() => chair.polls.get(pollId)?.rounds[0]?.voters === 20);
    expect(chair.polls.get(pollId)?.rounds[0]?.options).toEqual(expected);
    // Both sockets of a person agree on what that person voted.
    const twin = sockets[0]!;
    await twin.until(() => twin.mine.votes[0]?.optionIds?.[0] === last.get(people[0]!)?.option);
  });

  it('[POLL-5] hidden results never reach participants or the projector until revealed', async () => {
    const ev = await srv.createEvent('Dilemma');
    const chair = await chairOf(ev);
    const projector = await sockets.projector(ev);
    const voters = await Promise.all([1, 2, 3].map((n) => participant(ev, `hidden-${n}`)));
    const pollId = await startPoll(chair, dilemmaConfig());
    await projector.until(() => projector.activities.get(pollId)?.kind === 'poll');
    const from = projector.messages.length;
    for (const [i, v] of voters.entries()) {
      expectAck(await v.command({ type: 'poll.vote', pollId, optionIds: [i < 2 ? 'd0' : 'd1'] }));
    }
    await chair.until(() => chair.polls.get(pollId)?.rounds[0]?.voters === 3);
    await sleep(250);
    // Not even the rhythm of the votes shows: the public view did not change at all.
    expect(projector.messages.slice(from).filter((m) => m.type === 'update')).toEqual([]);
    for (const c of [projector, ...voters]) {
      expect(c.polls.size).toBe(0);
      const seen = JSON.stringify(c.messages.filter((m) => m.type !== 'mine'));
      expect(seen).not.toContain('"voters"');
      expect(seen).not.toContain('"d0":');
    }
    // Each participant sees their own vote, nobody else's.
    expect(voters[2]!.mine.votes).toEqual([{ pollId, round: 1, optionIds: ['d1'] }]);
    const late = await sockets.projector(ev);
    expect(late.polls.size).toBe(0);

    expectAck(await chair.command({ type: 'poll.control', pollId, action: 'close' }));
    expectAck(await chair.command({ type: 'poll.control', pollId, action: 'reveal' }));
    await projector.until(() => projector.polls.get(pollId)?.rounds[0]?.voters === 3);
    expect(projector.polls.get(pollId)?.rounds[0]?.options).toEqual({ d0: 2, d1: 1 });
    await voters[0]!.until(() => voters[0]!.polls.has(pollId));
    expectAck(await chair.command({ type: 'poll.control', pollId, action: 'hide' }));
    await projector.until(() => !projector.polls.has(pollId));
  });

  it('[POLL-4][POLL-2] bad votes get clear codes and nothing is stored', async () => {
    const ev = await srv.createEvent('Fouten');
    const chair = await chairOf(ev);
    const p = await participant(ev, 'bad-input');
    const projector = await sockets.projector(ev);
    const single = await startPoll(chair, { pollKind: 'single' }, false);
    const codeOf = async (frame: Record<string, unknown>) => {
      const msg = (await p.command(frame as never)) as ServerMessage;
      return msg.type === 'error' ? msg.code : msg.type;
    };
    expect(await codeOf({ type: 'poll.vote', pollId: single, optionIds: ['o1'] })).toBe(
      'poll_closed',
    );
    expectAck(await chair.command({ type: 'poll.control', pollId: single, action: 'open' }));
    expect(await codeOf({ type: 'poll.vote', pollId: single, optionIds: ['x'] })).toBe(
      'invalid_option',
    );
    expect(await codeOf({ type: 'poll.vote', pollId: single, optionIds: ['o1', 'o2'] })).toBe(
      'too_many_picks',
    );
    expect(await codeOf({ type: 'poll.vote', pollId: single, optionIds: 'o1' })).toBe('invalid');
    expect(await codeOf({ type: 'poll.vote', pollId: 'nope', optionIds: ['o1'] })).toBe(
      'not_found',
    );
    expect(await codeOf({ type: 'poll.control', pollId: single, action: 'close' })).toBe(
      'forbidden',
    );
    expect(
      await codeOf({ type: 'statement.submit', activityId: single, text: 'Omdat het zo is' }),
    ).toBe('not_found');

    const scale = await startPoll(chair, { pollKind: 'scale' });
    expect(await codeOf({ type: 'poll.vote', pollId: scale, value: 6 })).toBe('out_of_range');
    expect(await codeOf({ type: 'poll.vote', pollId: scale, value: 1.5 })).toBe('out_of_range');
    const cloud = await startPoll(chair, { pollKind: 'cloud' });
    expect(await codeOf({ type: 'poll.vote', pollId: cloud, words: ['  '] })).toBe('text_empty');
    expect(await codeOf({ type: 'poll.vote', pollId: cloud, words: ['x'.repeat(31)] })).toBe(
      'text_too_long',
    );
    expect(await codeOf({ type: 'poll.vote', pollId: cloud, words: ['a', 'b', 'c', 'd'] })).toBe(
      'too_many_picks',
    );
    const dilemma = await startPoll(chair, dilemmaConfig());
    expect(await codeOf({ type: 'statement.submit', activityId: dilemma, text: 'Daarom' })).toBe(
      'no_vote',
    );
    await chair.until(() => chair.polls.has(dilemma));
    for (const id of [single, scale, cloud, dilemma]) {
      expect(chair.polls.get(id)?.rounds[0]?.voters, id).toBe(0);
    }
    expect(projector.polls.get(dilemma)).toBeUndefined();
    expect(p.mine.votes).toEqual([]);
    expect(p.closed).toBeNull();
  });

  it('[POLL-8] a dilemma "why" goes to the chair queue and to the screen only when shown', async () => {
    const ev = await srv.createEvent('Waarom');
    const chair = await chairOf(ev);
    const projector = await sockets.projector(ev);
    const p = await participant(ev, 'why-1');
    const pollId = await startPoll(chair, dilemmaConfig());
    expectAck(await p.command({ type: 'poll.vote', pollId, optionIds: ['d1'] }));
    const ack = await p.command({
      type: 'statement.submit',
      activityId: pollId,
      text: 'Dan blijft de cliënt in beeld',
    });
    expectAck(ack);
    const whyId = (ack as { id: string }).id;
    await chair.until(() => chair.statements.get(whyId)?.status === 'pending');
    await p.until(() => p.mine.own.some((s) => s.id === whyId));
    expectAck(
      await chair.command({ type: 'statement.moderate', statementId: whyId, action: 'approve' }),
    );
    await sleep(200);
    expect(projector.statements.has(whyId)).toBe(false);
    expectAck(
      await chair.command({
        type: 'activity.update',
        activityId: pollId,
        config: { showWhy: true },
      }),
    );
    await projector.until(() => projector.statements.get(whyId)?.status === 'approved');
    expectAck(
      await chair.command({
        type: 'activity.update',
        activityId: pollId,
        config: { showWhy: false },
      }),
    );
    await projector.until(() => !projector.statements.has(whyId));
  });
});
