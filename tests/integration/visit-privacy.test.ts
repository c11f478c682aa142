// ROT-30: the server never sends a phone another group's work. Every frame a phone receives is
// inspected: its snapshots and its updates, before and after the chair starts its group's visit.

import { afterAll, describe, expect, it } from 'vitest';
import type { ServerMessage } from '../../shared/protocol.js';
import { dilemmaConfig, expectAck, startPoll } from '../helpers/polls.js';
import { GENEROUS } from '../helpers/server.js';
import { asChair, asParticipant, asProjector, useTestServer } from '../helpers/scenario.js';
import { organizerFetch, startVisit, threeLocations } from '../helpers/visit-event.js';
import type { TestClient } from '../helpers/ws-client.js';

const WAIT = 30_000;
const srv = useTestServer({ rateLimits: GENEROUS });
const open: TestClient[] = [];
afterAll(() => {
  for (const c of open.splice(0)) c.close();
});
/** A socket closed after the file. */
const keep = (c: TestClient) => (open.push(c), c);
const organizer = (path: string, method?: string, body?: string) =>
  organizerFetch(srv, path, method, body);

/** Every statement id, question id and poll a phone was ever sent, frame by frame. */
function received(phone: TestClient, from = 0) {
  const ids: string[] = [];
  let polls = 0;
  for (const m of phone.messages.slice(from) as ServerMessage[]) {
    if (m.type === 'snapshot') {
      ids.push(...m.statements.map((s) => s.id), ...m.questions.map((q) => q.id));
      polls += m.polls.length;
    }
    if (m.type !== 'update') continue;
    for (const c of m.changes) {
      if ((c.kind === 'statement' || c.kind === 'question') && c.value) ids.push(c.id);
      if (c.kind === 'poll' && c.value) polls++;
    }
  }
  return { ids, polls };
}

describe('a phone of another group at the location', () => {
  it('[ROT-30] never receives the visiting group’s statements or votes, in a snapshot or an update', async () => {
    const { ev, plan } = await threeLocations(srv, 'Vroeg aangekomen');
    const here = plan.visits.find((v) => v.slot === 0)!.roomId;
    const at = (slot: number) => plan.visits.find((v) => v.roomId === here && v.slot === slot)!;
    const group = (id: string) => plan.groups.find((g) => g.id === id)!;
    const first = group(at(0).groupId);
    const second = group(at(1).groupId);
    const chair = keep(await asChair(srv, ev, { roomId: here }));
    const projector = keep(await asProjector(srv, ev, { roomId: here }));
    const start = (g: typeof first, slot: number) => startVisit(chair, g, slot);
    expectAck(await start(first, 0));
    const early = keep(await asParticipant(srv, ev, 'phone-first-xxxx', { group: first.code }));
    expect(early.room?.id).toBe(here);
    const wall = chair.currentWallId();

    /** A statement of `phone`, approved, on the projector. */
    const post = async (phone: TestClient, id: string) => {
      expectAck(
        await phone.command({ type: 'statement.submit', id, activityId: wall, text: `Idee ${id}` }),
      );
      await chair.until(() => chair.statements.has(id), WAIT);
      expectAck(
        await chair.command({ type: 'statement.moderate', statementId: id, action: 'approve' }),
      );
      await projector.until(() => projector.statements.has(id), WAIT);
    };
    /** A change every phone gets, after everything before it (frames keep their order). */
    let marks = 0;
    const mark = async (...phones: TestClient[]) => {
      const title = `Muur ${++marks}`;
      expectAck(await chair.command({ type: 'activity.update', activityId: wall, title }));
      for (const p of phones) await p.until(() => p.activities.get(wall)?.title === title, WAIT);
    };

    await post(early, 'g1-before');
    // The next slot: the second group is due here, the chair has not started its visit yet.
    expect((await organizer(`/events/${ev.code}/rotation/next`, 'POST', '{}')).status).toBe(200);
    const late = keep(await asParticipant(srv, ev, 'phone-second-xxxx', { group: second.code }));
    expect(late.room?.id).toBe(here);
    expect(late.room?.visit?.groupId).toBe(first.id);
    // The first group works on (its phone has not moved yet): live updates too.
    await post(early, 'g1-while-second-waits');
    await mark(late, early);
    expect(received(late).ids).toEqual([]);
    expect(early.statements.has('g1-while-second-waits')).toBe(true);

    // The chair starts the second group's visit: now the first group's phone is the one away.
    const turned = early.messages.length;
    expectAck(await start(second, 1));
    await late.until(() => late.room?.visit?.groupId === second.id, WAIT);
    await post(late, 'g2-own');
    await mark(late, early);
    expect(late.statements.has('g2-own')).toBe(true);
    expect(received(late).ids).toEqual(['g2-own']);
    expect(received(early, turned).ids).toEqual([]);
    expect(early.statements.size).toBe(0);
    // The projector: the visit in force only, as before.
    expect([...projector.statements.keys()]).toEqual(['g2-own']);

    // Votes: a poll with live results; the phone away gets none of its counts.
    const beforePoll = early.messages.length;
    const pollId = await startPoll(chair, { ...dilemmaConfig(), resultsMode: 'live' });
    expectAck(await late.command({ type: 'poll.vote', id: 'vote-g2', pollId, optionIds: ['d0'] }));
    await projector.until(() => projector.polls.get(pollId)?.rounds.at(-1)?.voters === 1, WAIT);
    await late.until(() => late.polls.get(pollId)?.rounds.at(-1)?.voters === 1, WAIT);
    await early.until(() => {
      const a = early.activities.get(pollId);
      return a?.kind === 'poll' && a.state === 'open';
    }, WAIT);
    expectAck(await chair.command({ type: 'activity.update', activityId: pollId, title: 'Klaar' }));
    await early.until(() => early.activities.get(pollId)?.title === 'Klaar', WAIT);
    expect(received(early, beforePoll).polls).toBe(0);
    // The chair keeps every visit's work.
    expect([...chair.statements.keys()].sort()).toEqual(
      ['g1-before', 'g1-while-second-waits', 'g2-own'].sort(),
    );
  });

  it('[ROT-30] a phone without a group and a room without visits see what they saw before', async () => {
    const { ev, plan } = await threeLocations(srv, 'Zonder groep');
    const here = plan.visits.find((v) => v.slot === 0)!.roomId;
    const chair = keep(await asChair(srv, ev, { roomId: here }));
    const walkIn = keep(await asParticipant(srv, ev, 'phone-walk-in-xxxx', { roomId: here }));
    const wall = chair.currentWallId();
    expectAck(
      await walkIn.command({
        type: 'statement.submit',
        id: 'walk-in-1',
        activityId: wall,
        text: 'Zonder bezoek',
      }),
    );
    await chair.until(() => chair.statements.has('walk-in-1'), WAIT);
    expectAck(
      await chair.command({
        type: 'statement.moderate',
        statementId: 'walk-in-1',
        action: 'approve',
      }),
    );
    await walkIn.until(() => walkIn.statements.has('walk-in-1'), WAIT);
  });
});
