import { describe, expect, it } from 'vitest';
import { apply } from '../../server/domain/apply.js';
import { cleanText, decide, defaultWall } from '../../server/domain/decide.js';

const DEFAULT_WALL = defaultWall('nl');
import type { Actor, Change, RoomState } from '../../server/domain/types.js';
import { mineFor, statementsFor } from '../../server/domain/views.js';
import type { CommandMessage } from '../../shared/protocol.js';
import { chair, committer, createIn, showingNew } from '../helpers/domain.js';

const p1: Actor = { role: 'participant', participantId: 'participant-1' };
const p2: Actor = { role: 'participant', participantId: 'participant-2' };

function room(moderation: 'pre' | 'post' = 'pre'): RoomState {
  return showingNew(commit, {
    id: 'w',
    kind: 'wall',
    title: 'Muur',
    config: { moderation },
  });
}

const commit = committer(() => Date.now());

const post = (s: RoomState, actor: Actor, id: string, text: string) =>
  commit(s, actor, { type: 'statement.submit', id, activityId: 'w', text });

describe('wall rules', () => {
  it('[WALL-1] refuses empty and over-long statements and stores nothing', () => {
    const s = room();
    const empty = post(s, p1, 'a', '   \n ');
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.error.code).toBe('text_empty');
    const long = post(s, p1, 'b', 'x'.repeat(DEFAULT_WALL.maxLength + 1));
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.error.code).toBe('text_too_long');
    expect(s.statements.size).toBe(0);
    expect(post(s, p1, 'c', 'x'.repeat(DEFAULT_WALL.maxLength)).ok).toBe(true);
  });

  it('[WALL-1] counts characters, not UTF-16 units, and folds white space', () => {
    const s = room();
    expect(post(s, p1, 'a', '💛'.repeat(DEFAULT_WALL.maxLength)).ok).toBe(true);
    expect(cleanText('  Niet   vinken,\n\n\n\n maar  vonken ')).toBe('Niet vinken,\n\nmaar vonken');
  });

  it('[WALL-2] pending statements are in the chair view only; the owner sees their own', () => {
    const s = room('pre');
    post(s, p1, 'a', 'Meer burgerkracht');
    expect(statementsFor(s, 'public')).toEqual([]);
    expect(statementsFor(s, 'chair').map((v) => v.status)).toEqual(['pending']);
    expect(mineFor(s, 'participant-1').own.map((v) => v.id)).toEqual(['a']);
    expect(mineFor(s, 'participant-2').own).toEqual([]);
  });

  it('[WALL-3] post-moderation shows a statement at once; the chair can hide it', () => {
    const s = room('post');
    post(s, p1, 'a', 'Niet vinken, maar vonken');
    expect(statementsFor(s, 'public').map((v) => v.id)).toEqual(['a']);
    commit(s, chair, { type: 'statement.moderate', id: 'm', statementId: 'a', action: 'hide' });
    expect(statementsFor(s, 'public')).toEqual([]);
  });

  it('[WALL-4] one heart per participant, can be taken back, count derived from the set', () => {
    const s = room('post');
    post(s, p1, 'a', 'Meer burgerkracht');
    const heart = (actor: Actor, id: string, on: boolean) =>
      commit(s, actor, { type: 'heart.set', id, statementId: 'a', on });
    heart(p2, 'h1', true);
    heart(p2, 'h2', true);
    heart(p1, 'h3', true);
    expect(statementsFor(s, 'public')[0]?.hearts).toBe(2);
    heart(p2, 'h4', false);
    expect(statementsFor(s, 'public')[0]?.hearts).toBe(1);
    expect(mineFor(s, 'participant-1').hearted).toEqual(['a']);
  });

  it('[WALL-4] a pending statement takes no hearts', () => {
    const s = room('pre');
    post(s, p1, 'a', 'Meer burgerkracht');
    const r = commit(s, p2, { type: 'heart.set', id: 'h', statementId: 'a', on: true });
    expect(r.ok).toBe(false);
  });

  it('[WALL-5] approve, edit-then-approve, pin, requeue and the pin falls with the status', () => {
    const s = room('pre');
    post(s, p1, 'a', 'Meer burgerkracht');
    post(s, p1, 'b', 'Niet vinkn maar vonken');
    const mod = (
      id: string,
      statementId: string,
      action: 'approve' | 'pin' | 'requeue' | 'edit',
      text?: string,
    ) =>
      commit(s, chair, {
        type: 'statement.moderate',
        id,
        statementId,
        action,
        ...(text ? { text } : {}),
      });
    expect(mod('m0', 'a', 'pin').ok).toBe(false);
    mod('m1', 'a', 'approve');
    mod('m2', 'b', 'edit', 'Niet vinken, maar vonken');
    const b = s.statements.get('b');
    expect(b?.status).toBe('approved');
    expect(b?.text).toBe('Niet vinken, maar vonken');
    expect(b?.originalText).toBe('Niet vinkn maar vonken');
    mod('m3', 'a', 'pin');
    expect(s.statements.get('a')?.pinned).toBe(true);
    mod('m4', 'a', 'requeue');
    expect(s.statements.get('a')?.status).toBe('pending');
    expect(s.statements.get('a')?.pinned).toBe(false);
  });

  it('[ROLE-3] participants cannot moderate, chairs cannot post', () => {
    const s = room('pre');
    post(s, p1, 'a', 'Meer burgerkracht');
    const r = commit(s, p2, {
      type: 'statement.moderate',
      id: 'm',
      statementId: 'a',
      action: 'approve',
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('forbidden');
    expect(post(s, chair, 'x', 'hallo').ok).toBe(false);
    expect(commit(s, p1, { type: 'activity.show', id: 's', activityId: null }).ok).toBe(false);
  });

  it('[WALL-6] posting only into the open wall on screen', () => {
    const s = room('pre');
    commit(s, chair, {
      type: 'activity.update',
      id: 'u',
      activityId: 'w',
      config: { open: false },
    });
    const closed = post(s, p1, 'a', 'te laat');
    expect(!closed.ok && closed.error.code).toBe('activity_closed');
    commit(s, chair, {
      type: 'activity.update',
      id: 'u2',
      activityId: 'w',
      config: { open: true },
    });
    commit(s, chair, { type: 'activity.show', id: 's', activityId: null });
    expect(post(s, p1, 'b', 'niet op scherm').ok).toBe(false);
  });

  it('[AGENDA-1] activities keep their agenda order when moved', () => {
    const s = room();
    createIn(commit, s, { id: 'w2', kind: 'wall', title: 'Twee' });
    createIn(commit, s, { id: 'w3', kind: 'wall', title: 'Drie' });
    commit(s, chair, { type: 'activity.move', id: 'm', activityId: 'w3', index: 0 });
    expect(s.agenda).toEqual(['w3', 'w', 'w2']);
    expect([...s.activities.values()].map((a) => [a.id, a.order]).sort()).toEqual([
      ['w', 1],
      ['w2', 2],
      ['w3', 0],
    ]);
  });

  it('[PROTO-3] replaying the committed log gives the same state', () => {
    const s = room('post');
    const log: Change[] = [];
    const rec = (actor: Actor, cmd: CommandMessage) => {
      const r = decide(s, actor, cmd);
      if (!r.ok) throw new Error(r.error.message);
      const change: Change = {
        roomId: 'r',
        seq: s.seq + 1,
        clientId: cmd.id,
        actor,
        at: 1,
        event: r.value,
      };
      apply(s, change);
      log.push(change);
    };
    rec(p1, { type: 'statement.submit', id: 'a', activityId: 'w', text: 'Een' });
    rec(p2, { type: 'heart.set', id: 'h', statementId: 'a', on: true });
    rec(chair, { type: 'statement.moderate', id: 'm', statementId: 'a', action: 'pin' });
    const t = room('post');
    for (const c of log) apply(t, { ...c, seq: t.seq + 1 });
    expect(statementsFor(t, 'chair')).toEqual(statementsFor(s, 'chair'));
  });
});
