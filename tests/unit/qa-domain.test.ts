import { describe, expect, it } from 'vitest';
import { apply } from '../../server/domain/apply.js';
import { decide } from '../../server/domain/decide.js';
import type { Actor, RoomState } from '../../server/domain/types.js';
import { mineFor, snapshotFor } from '../../server/domain/views.js';
import type { QaConfig } from '../../shared/model.js';
import type { CommandMessage, QuestionAction } from '../../shared/protocol.js';
import {
  chair,
  codeOf,
  committer,
  createIn,
  emptyRoom,
  participant as p,
  updateCmd,
} from '../helpers/domain.js';

let clock = 1_000;
const commit = committer(() => (clock += 1000));
const code = codeOf;
/** The chair opens or closes a Q&A. */
const setOpen = (s: RoomState, id: string, activityId: string, open: boolean) =>
  commit(s, chair, { type: 'activity.update', id, activityId, config: { open } });

/** A room with a wall on screen and two Q&As (pitch 2 and pitch 3). */
function room(config: Partial<QaConfig> = { open: true }): RoomState {
  const s = emptyRoom();
  commit(s, chair, { type: 'activity.create', id: 'w', kind: 'wall', title: 'Muur', config: {} });
  for (const [id, pitch] of [
    ['q2', 'Wil de kwetsbare burger wel centraal staan?'],
    ['q3', 'Uitgaan van de bedoeling'],
  ] as const) {
    createIn(commit, s, { id, kind: 'qa', config: { pitch, ...config } });
  }
  commit(s, chair, { type: 'activity.show', id: 'show', activityId: 'w' });
  return s;
}

let n = 0;
const ask = (s: RoomState, actor: Actor, activityId: string, text: string, id = `x${++n}`) =>
  commit(s, actor, { type: 'question.ask', id, activityId, text });
const upvote = (s: RoomState, actor: Actor, questionId: string, on = true, at?: number) =>
  commit(s, actor, { type: 'question.upvote', id: `u${++n}`, questionId, on }, at);
const mod = (s: RoomState, questionId: string, action: QuestionAction, text?: string) =>
  commit(s, chair, {
    type: 'question.moderate',
    id: `m${++n}`,
    questionId,
    action,
    ...(text !== undefined ? { text } : {}),
  });
const publicQuestions = (s: RoomState) => snapshotFor(s, 'public').questions;

describe('pitch Q&A rules', () => {
  it('[QA-1] a Q&A belongs to its pitch; questions never cross to another pitch', () => {
    const s = room({ open: true, moderation: 'post' });
    expect(s.activities.get('q2')).toMatchObject({
      kind: 'qa',
      title: 'Wil de kwetsbare burger wel centraal staan?',
      config: { maxLength: 280, moderation: 'post', open: true, speaker: '' },
    });
    ask(s, p(1), 'q2', 'Vraag voor pitch twee', 'a');
    ask(s, p(1), 'q3', 'Vraag voor pitch drie', 'b');
    expect(s.questions.get('a')?.activityId).toBe('q2');
    expect(s.questions.get('b')?.activityId).toBe('q3');
    // A merge across pitches is refused.
    expect(
      code(commit(s, chair, { type: 'question.merge', id: 'mm', questionId: 'a', intoId: 'b' })),
    ).toBe('invalid');
  });

  it('[QA-2] a new Q&A is closed; open is independent of being on screen', () => {
    const s = room({});
    const q2 = s.activities.get('q2');
    expect(q2?.kind === 'qa' && q2.config.open).toBe(false);
    expect(code(ask(s, p(1), 'q2', 'Te vroeg'))).toBe('qa_closed');
    expect(s.questions.size).toBe(0);
    // Public roles do not see a closed Q&A that is not on screen.
    expect(snapshotFor(s, 'public').activities.map((a) => a.id)).toEqual(['w']);
    setOpen(s, 'o', 'q3', true);
    expect(snapshotFor(s, 'public').activities.map((a) => a.id)).toEqual(['w', 'q3']);
    // The wall is on screen, yet pitch 3 collects questions in advance.
    expect(code(ask(s, p(1), 'q3', 'Alvast een vraag'))).toBe('ok');
    // Closed by the chair and then on screen: visible, read-only (QA-13).
    setOpen(s, 'c2', 'q2', false);
    commit(s, chair, { type: 'activity.show', id: 's2', activityId: 'q2' });
    expect(snapshotFor(s, 'public').activities.map((a) => a.id)).toEqual(['q2', 'q3']);
    expect(code(ask(s, p(1), 'q2', 'Nog steeds dicht'))).toBe('qa_closed');
  });

  it('[QA-13] a Q&A put on screen opens, unless the chair closed it; reopened, it opens again', () => {
    const s = room({});
    commit(s, chair, { type: 'activity.show', id: 's2', activityId: 'q2' });
    const q2 = s.activities.get('q2');
    expect(q2?.kind === 'qa' && q2.config.open).toBe(true);
    expect(code(ask(s, p(1), 'q2', 'Hoe houden we dit vol?'))).toBe('ok');
    // The chair closes it: off screen and on again, it stays closed.
    setOpen(s, 'c2', 'q2', false);
    commit(s, chair, { type: 'activity.show', id: 'sw', activityId: 'w' });
    commit(s, chair, { type: 'activity.show', id: 's3', activityId: 'q2' });
    expect(code(ask(s, p(1), 'q2', 'Mag het nog?'))).toBe('qa_closed');
    // Opened again by the chair, it is an ordinary Q&A once more.
    setOpen(s, 'o2', 'q2', true);
    const after = s.activities.get('q2');
    expect(after?.kind === 'qa' && after.config.closedByChair).toBeUndefined();
  });

  it('[QA-2] a wall config is refused for a Q&A and the other way round', () => {
    const s = room();
    const r = commit(s, chair, updateCmd('q2', { prompt: 'x' }, 'bad'));
    expect(code(r)).toBe('invalid');
    const r2 = commit(s, chair, updateCmd('w', { pitch: 'x' }, 'bad2'));
    expect(code(r2)).toBe('invalid');
  });

  it('[QA-3] pending, rejected and archived questions never reach the public roles', () => {
    const s = room({ open: true, moderation: 'pre' });
    ask(s, p(1), 'q2', 'Wacht nog', 'a');
    ask(s, p(1), 'q2', 'Wordt afgewezen', 'b');
    ask(s, p(1), 'q2', 'Wordt gearchiveerd', 'c');
    ask(s, p(1), 'q2', 'Wordt goedgekeurd', 'd');
    mod(s, 'b', 'reject');
    mod(s, 'c', 'approve');
    mod(s, 'c', 'archive');
    mod(s, 'd', 'approve');
    mod(s, 'd', 'answer');
    expect(publicQuestions(s).map((q) => q.id)).toEqual(['d']);
    expect(publicQuestions(s)[0]?.answered).toBe(true);
    expect(JSON.stringify(snapshotFor(s, 'public'))).not.toContain('participant-1');
    expect(snapshotFor(s, 'chair').questions).toHaveLength(4);
    const mine = mineFor(s, 'participant-1').questions;
    expect(mine.map((q) => [q.id, q.status])).toEqual([
      ['a', 'pending'],
      ['b', 'rejected'],
      ['c', 'archived'],
      ['d', 'approved'],
    ]);
    // Closing the Q&A while it is not on screen takes its questions off the public views.
    setOpen(s, 'cl', 'q2', false);
    expect(publicQuestions(s)).toEqual([]);
  });

  it('[QA-4] empty and over-long questions are refused; nothing is stored; names are optional', () => {
    const s = room();
    expect(code(ask(s, p(1), 'q2', '  \n '))).toBe('text_empty');
    expect(code(ask(s, p(1), 'q2', 'x'.repeat(281)))).toBe('text_too_long');
    expect(s.questions.size).toBe(0);
    expect(code(ask(s, p(1), 'q2', '💛'.repeat(280), 'ok280'))).toBe('ok');
    expect(s.questions.get('ok280')?.name).toBeNull();
    commit(s, p(2), {
      type: 'question.ask',
      id: 'named',
      activityId: 'q2',
      text: 'Met naam',
      name: '  Ans  ',
    });
    expect(s.questions.get('named')?.name).toBe('Ans');
    expect(code(ask(s, chair, 'q2', 'Een chair vraagt niet'))).toBe('forbidden');
    expect(code(ask(s, p(1), 'w', 'Geen Q&A'))).toBe('not_found');
  });

  it('[QA-5] post-moderation shows a question at once, but a word-filter hit waits', () => {
    const s = room({ open: true, moderation: 'post' });
    ask(s, p(1), 'q2', 'Hoe betaalt u dit?', 'a');
    ask(s, p(1), 'q2', 'Wat een kutplan', 'b');
    expect(s.questions.get('a')?.status).toBe('approved');
    expect(s.questions.get('b')).toMatchObject({ status: 'pending', flagged: true });
    expect(publicQuestions(s).map((q) => q.id)).toEqual(['a']);
  });

  it('[QA-6] one upvote per participant, withdrawable, idempotent; never your own', () => {
    const s = room({ open: true, moderation: 'post' });
    ask(s, p(1), 'q2', 'Goede vraag', 'a');
    expect(code(upvote(s, p(2), 'a'))).toBe('ok');
    expect(code(upvote(s, p(2), 'a'))).toBe('ok');
    upvote(s, p(3), 'a');
    expect(s.questions.get('a')?.votes.size).toBe(2);
    upvote(s, p(2), 'a', false);
    expect(publicQuestions(s)[0]?.votes).toBe(1);
    expect(mineFor(s, 'participant-3').upvoted).toEqual(['a']);
    expect(code(upvote(s, p(1), 'a'))).toBe('own_question');
    expect(code(upvote(s, chair, 'a'))).toBe('forbidden');
    expect(code(upvote(s, p(2), 'nope'))).toBe('not_found');
  });

  it('[QA-6] pending, rejected and closed questions take no upvotes', () => {
    const s = room({ open: true, moderation: 'pre' });
    ask(s, p(1), 'q2', 'Wacht', 'a');
    expect(code(upvote(s, p(2), 'a'))).toBe('not_votable');
    mod(s, 'a', 'reject');
    expect(code(upvote(s, p(2), 'a'))).toBe('not_votable');
    mod(s, 'a', 'approve');
    setOpen(s, 'cl', 'q2', false);
    expect(code(upvote(s, p(2), 'a'))).toBe('qa_closed');
    expect(s.questions.get('a')?.votes.size).toBe(0);
  });

  it('[QA-7] one question on stage per Q&A; answering or leaving the list takes it off', () => {
    const s = room({ open: true, moderation: 'pre' });
    for (const id of ['a', 'b', 'c']) ask(s, p(1), 'q2', `Vraag ${id}`, id);
    ask(s, p(1), 'q3', 'Andere pitch', 'd');
    expect(code(mod(s, 'a', 'stage'))).toBe('invalid');
    for (const id of ['a', 'b', 'c', 'd']) mod(s, id, 'approve');
    mod(s, 'd', 'stage');
    mod(s, 'a', 'stage');
    mod(s, 'b', 'stage');
    const onStage = () => [...s.questions.values()].filter((q) => q.onStage).map((q) => q.id);
    // Pitch 3's stage is its own.
    expect(onStage()).toEqual(['b', 'd']);
    mod(s, 'b', 'answer');
    expect(onStage()).toEqual(['d']);
    expect(s.questions.get('b')?.answered).toBe(true);
    mod(s, 'b', 'stage');
    expect(s.questions.get('b')).toMatchObject({ onStage: true, answered: false });
    mod(s, 'b', 'archive');
    expect(onStage()).toEqual(['d']);
    mod(s, 'c', 'edit', '  Vraag   c, beter  ');
    expect(s.questions.get('c')).toMatchObject({ text: 'Vraag c, beter', originalText: 'Vraag c' });
    expect(code(mod(s, 'c', 'edit', ''))).toBe('text_empty');
  });

  it('[QA-10] merging unites the upvoters, each counted once; the asker sees where it went', () => {
    const s = room({ open: true, moderation: 'post' });
    ask(s, p(1), 'q2', 'Wat kost het?', 'a');
    ask(s, p(2), 'q2', 'Hoeveel geld kost dit?', 'b');
    ask(s, p(6), 'q2', 'Wat is de prijs?', 'c');
    for (const v of [3, 4, 5]) upvote(s, p(v), 'a');
    for (const v of [4, 5, 6, 7]) upvote(s, p(v), 'b');
    upvote(s, p(1), 'c');
    mod(s, 'b', 'stage');
    // c into b: p1's vote moves over.
    commit(s, chair, { type: 'question.merge', id: 'm1', questionId: 'c', intoId: 'b' });
    // b into a: 4, 5 are in both; 6 and 7 and 1 come along; a's asker (p1) cannot upvote own.
    commit(s, chair, { type: 'question.merge', id: 'm2', questionId: 'b', intoId: 'a' });
    const a = s.questions.get('a')!;
    expect([...a.votes.keys()].sort()).toEqual(
      ['participant-3', 'participant-4', 'participant-5', 'participant-6', 'participant-7'].sort(),
    );
    expect(s.questions.get('b')).toMatchObject({
      status: 'archived',
      mergedInto: 'a',
      onStage: false,
    });
    // The earlier merge is re-pointed to where b went.
    expect(s.questions.get('c')?.mergedInto).toBe('a');
    expect(publicQuestions(s).map((q) => [q.id, q.votes])).toEqual([['a', 5]]);
    expect(mineFor(s, 'participant-2').questions[0]).toMatchObject({ id: 'b', mergedInto: 'a' });
    expect(mineFor(s, 'participant-7').upvoted).toEqual(['a']);
    // A merged question is gone for good: no more moderation or merging.
    expect(code(mod(s, 'b', 'approve'))).toBe('invalid');
    expect(
      code(commit(s, chair, { type: 'question.merge', id: 'm3', questionId: 'a', intoId: 'b' })),
    ).toBe('invalid');
  });

  it('[QA-3] replaying the committed log gives the same views', () => {
    const s = room({ open: true, moderation: 'post' });
    const log: Parameters<typeof apply>[1][] = [];
    const rec = (actor: Actor, cmd: CommandMessage) => {
      const r = decide(s, actor, cmd);
      if (!r.ok) throw new Error(r.error.message);
      const change = {
        roomId: 'r',
        seq: s.seq + 1,
        clientId: cmd.id,
        actor,
        at: (clock += 7),
        event: r.value,
      };
      apply(s, change);
      log.push(change);
    };
    const t = room({ open: true, moderation: 'post' });
    rec(p(1), { type: 'question.ask', id: 'a', activityId: 'q2', text: 'Een' });
    rec(p(2), { type: 'question.ask', id: 'b', activityId: 'q2', text: 'Twee' });
    rec(p(3), { type: 'question.upvote', id: 'v1', questionId: 'a', on: true });
    rec(p(3), { type: 'question.upvote', id: 'v2', questionId: 'b', on: true });
    rec(chair, { type: 'question.moderate', id: 's', questionId: 'a', action: 'stage' });
    rec(chair, { type: 'question.merge', id: 'mg', questionId: 'b', intoId: 'a' });
    for (const c of log) apply(t, { ...c, seq: t.seq + 1 });
    expect(snapshotFor(t, 'chair').questions).toEqual(snapshotFor(s, 'chair').questions);
    expect(mineFor(t, 'participant-3')).toEqual(mineFor(s, 'participant-3'));
  });
});
