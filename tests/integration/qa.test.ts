// Pitch Q&A over real sockets: upvote races from many sockets, and pitches kept apart.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { QaActivity } from '../../shared/model.js';
import type { ServerMessage } from '../../shared/protocol.js';
import { GENEROUS, type CreatedEvent } from '../helpers/server.js';
import type { TestClient } from '../helpers/ws-client.js';
import { useSockets, useTestServer } from '../helpers/scenario.js';
import { rng } from '../helpers/chaos.js';

interface Fixture {
  plenary: { agenda: { kind: string; pitch?: string }[] };
}
const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/themamiddag.json', import.meta.url), 'utf8'),
) as Fixture;
const PITCHES = fixture.plenary.agenda.filter((a) => a.kind === 'qa').map((a) => a.pitch!);

const srv = useTestServer({ rateLimits: GENEROUS });
const joined = useSockets(srv);
const chairOf = (ev: CreatedEvent) => joined.chair(ev);
const participant = (ev: CreatedEvent, id: string) => joined.participant(ev, id);
const idOf = (m: ServerMessage) => {
  if (m.type !== 'ack') throw new Error(`expected ack, got ${JSON.stringify(m)}`);
  return m.id;
};

/** The afternoon's agenda: the wall on screen, then one Q&A per pitch from the fixture. */
async function themeAfternoon(chair: TestClient): Promise<string[]> {
  const ids: string[] = [];
  for (const pitch of PITCHES) {
    const ack = await chair.command({
      type: 'activity.create',
      kind: 'qa',
      title: '',
      config: { pitch, moderation: 'post' },
    });
    ids.push(idOf(ack));
  }
  return ids;
}

describe('pitch Q&A over real sockets', () => {
  it('[QA-6] 200 participants upvote concurrently from 250 sockets, some twice: count = distinct upvoters', async () => {
    const ev = await srv.createEvent('Upvote-race');
    const chair = await chairOf(ev);
    const [qa] = await themeAfternoon(chair);
    await chair.command({ type: 'activity.update', activityId: qa!, config: { open: true } });
    await chair.command({ type: 'activity.show', activityId: qa! });
    const asker = await participant(ev, 'race-asker-0001');
    const questions: string[] = [];
    for (const text of ['Wat kost het?', 'Wie doet mee?', 'Wanneer begint het?']) {
      questions.push(idOf(await asker.command({ type: 'question.ask', activityId: qa!, text })));
    }

    const rand = rng(42);
    const people = Array.from(
      { length: 200 },
      (_, i) => `race-voter-${String(i).padStart(4, '0')}`,
    );
    const sockets = await Promise.all(people.map((pid) => participant(ev, pid)));
    // 50 people have a second device (phone and laptop) that votes at the same moment.
    const twins = await Promise.all(people.slice(0, 50).map((pid) => participant(ev, pid)));
    const expected = new Map(questions.map((q) => [q, new Set<string>()]));
    const sends: Promise<ServerMessage>[] = [];
    people.forEach((pid, i) => {
      for (const q of questions) {
        const r = rand();
        if (r < 0.3) continue;
        expected.get(q)!.add(pid);
        const up = () => ({ type: 'question.upvote' as const, questionId: q, on: true });
        sends.push(sockets[i]!.command(up()));
        if (r > 0.7) sends.push(sockets[i]!.command(up()));
        if (i < 50 && r > 0.5) sends.push(twins[i]!.command(up()));
      }
    });
    const t0 = performance.now();
    const answers = await Promise.all(sends);
    const ms = performance.now() - t0;
    expect(answers.filter((a) => a.type !== 'ack')).toEqual([]);

    // Your own question: refused, nothing stored.
    const own = await asker.command({
      type: 'question.upvote',
      questionId: questions[0]!,
      on: true,
    });
    expect(own).toMatchObject({ type: 'error', code: 'own_question' });

    for (const q of questions) {
      const want = expected.get(q)!.size;
      await chair.until(() => chair.questions.get(q)?.votes === want);
    }
    const projector = await joined.projector(ev);
    for (const q of questions) {
      expect(projector.questions.get(q)?.votes).toBe(expected.get(q)!.size);
    }
    // Every device of a participant is told what they upvoted.
    await twins[0]!.until(() =>
      questions.every(
        (q) => expected.get(q)!.has(people[0]!) === twins[0]!.mine.upvoted.includes(q),
      ),
    );
    // The state rebuilt from the stored log agrees: counts are derived, not kept.
    const room = srv.registry.peek(chair.room!.id)!;
    const log = await srv.store.changesSince(room.id, 0);
    const stored = log.filter((c) => c.event.type === 'question.upvoted').length;
    console.warn(
      `upvote race: ${sends.length} upvotes from ${sockets.length + twins.length} sockets in ` +
        `${ms.toFixed(0)} ms; counts ${questions.map((q) => expected.get(q)!.size).join('/')}; ` +
        `${stored} stored upvote changes`,
    );
  }, 60_000);

  it('[QA-1][QA-3] a question for pitch 3 never reaches a view of pitch 2, and the other way round', async () => {
    const ev = await srv.createEvent('Themamiddag');
    const chair = await chairOf(ev);
    const qas = await themeAfternoon(chair);
    const [, p2, p3, p4] = qas as [string, string, string, string];
    for (const id of [p2, p3, p4]) {
      await chair.command({ type: 'activity.update', activityId: id, config: { open: true } });
    }
    const phone = await participant(ev, 'iso-phone-0001');
    const other = await participant(ev, 'iso-phone-0002');
    const projector = await joined.projector(ev);
    // The wall is on screen; pitches 2, 3 and 4 collect questions in advance.
    const ask = async (c: TestClient, activityId: string, text: string) =>
      idOf(await c.command({ type: 'question.ask', activityId, text }));
    const for2 = [await ask(phone, p2, 'Voor pitch twee'), await ask(other, p2, 'Ook twee')];
    const for3 = [await ask(phone, p3, 'Voor pitch drie'), await ask(other, p3, 'Ook drie')];
    const for4 = await ask(other, p4, 'Voor pitch vier');
    await phone.command({ type: 'question.upvote', questionId: for3[1]!, on: true });
    await phone.until(() => phone.questions.size === 5);

    const ofPitch = (c: TestClient, id: string) =>
      [...c.questions.values()]
        .filter((q) => q.activityId === id)
        .map((q) => q.id)
        .sort();
    for (const c of [phone, other, projector, chair]) {
      await c.until(() => ofPitch(c, p3).length === 2);
      expect(ofPitch(c, p2)).toEqual([...for2].sort());
      expect(ofPitch(c, p3)).toEqual([...for3].sort());
    }
    // Every frame that ever named a pitch-3 question named pitch 3 as its Q&A.
    for (const c of [phone, other, projector, chair]) {
      for (const m of c.messages) {
        const qs =
          m.type === 'snapshot'
            ? m.questions
            : m.type === 'update'
              ? m.changes.flatMap((ch) => (ch.kind === 'question' && ch.value ? [ch.value] : []))
              : m.type === 'mine'
                ? m.questions
                : [];
        for (const q of qs) {
          if (for3.includes(q.id)) expect(q.activityId).toBe(p3);
          if (for2.includes(q.id)) expect(q.activityId).toBe(p2);
        }
      }
    }
    // Pitch 3's vote did not touch pitch 2.
    expect(chair.questions.get(for3[1]!)?.votes).toBe(1);
    expect(for2.map((id) => chair.questions.get(id)?.votes)).toEqual([0, 0]);

    // Pitch 2 on screen; pitch 4 closes: its question leaves the public views, not pitch 3's.
    await chair.command({ type: 'activity.show', activityId: p2 });
    await projector.until(() => projector.room?.currentActivityId === p2);
    expect(projector.questions.has(for4)).toBe(true);
    // Closing a pitch that is not on screen takes its questions away on its own.
    await chair.command({ type: 'activity.update', activityId: p4, config: { open: false } });
    await projector.until(() => !projector.questions.has(for4));
    expect(ofPitch(projector, p3)).toEqual([...for3].sort());
    expect([...projector.activities.keys()].sort()).toEqual([p2, p3].sort());
    // A closed pitch takes nothing in.
    const late = await phone.command({ type: 'question.ask', activityId: p4, text: 'Te laat' });
    expect(late).toMatchObject({ type: 'error', code: 'qa_closed' });
    const bad = await phone.command({
      type: 'question.ask',
      activityId: p2,
      text: 'x'.repeat(281),
    });
    expect(bad).toMatchObject({ type: 'error', code: 'text_too_long' });
    await chair.until(() => chair.seq === srv.registry.peek(chair.room!.id)!.seq);
    expect([...chair.questions.values()].filter((q) => q.text === 'Te laat')).toEqual([]);
  });

  it('[QA-5][QA-7] ask → approve → upvotes → stage reaches the projector within a tick', async () => {
    const ev = await srv.createEvent('Podium');
    const chair = await chairOf(ev);
    const [qa] = await themeAfternoon(chair);
    await chair.command({
      type: 'activity.update',
      activityId: qa!,
      config: { open: true, moderation: 'pre' },
    });
    await chair.command({ type: 'activity.show', activityId: qa! });
    const projector = await joined.projector(ev);
    const asker = await participant(ev, 'stage-asker-001');
    const fans = [await participant(ev, 'stage-fan-0001'), await participant(ev, 'stage-fan-0002')];
    expect((projector.activities.get(qa!) as QaActivity).config.pitch).toBe(PITCHES[0]);

    const id = idOf(
      await asker.command({
        type: 'question.ask',
        activityId: qa!,
        text: 'Hoe schaal je dit op?',
        name: 'Ans',
      }),
    );
    await asker.until(() =>
      asker.mine.questions.some((q) => q.id === id && q.status === 'pending'),
    );
    const vote = await fans[0]!.command({ type: 'question.upvote', questionId: id, on: true });
    expect(vote).toMatchObject({ type: 'error', code: 'not_votable' });
    await projector.settle();
    expect(projector.questions.has(id)).toBe(false);
    expect(JSON.stringify(projector.messages)).not.toContain(id);

    const t0 = performance.now();
    await chair.command({ type: 'question.moderate', questionId: id, action: 'approve' });
    await projector.until(() => projector.questions.has(id));
    const approveMs = performance.now() - t0;
    for (const f of fans) await f.command({ type: 'question.upvote', questionId: id, on: true });
    await chair.command({ type: 'question.moderate', questionId: id, action: 'stage' });
    await projector.until(() => projector.questions.get(id)?.onStage === true);
    const totalMs = performance.now() - t0;
    expect(projector.questions.get(id)).toMatchObject({
      votes: 2,
      name: 'Ans',
      status: 'approved',
    });

    // With post-moderation a question is on the beamer's list without anyone in between.
    await chair.command({
      type: 'activity.update',
      activityId: qa!,
      config: { moderation: 'post' },
    });
    const t1 = performance.now();
    const direct = idOf(
      await asker.command({ type: 'question.ask', activityId: qa!, text: 'Wie betaalt het?' }),
    );
    await projector.until(() => projector.questions.has(direct));
    const askMs = performance.now() - t1;
    console.warn(
      `approve → projector ${approveMs.toFixed(0)} ms; approve → two votes → on stage ` +
        `${totalMs.toFixed(0)} ms; ask → projector (post-moderation) ${askMs.toFixed(0)} ms`,
    );
  });
});
