import { describe, expect, it } from 'vitest';
import { apply, emptyRoomState } from '../../server/domain/apply.js';
import { mineFor, pollsFor, snapshotFor } from '../../server/domain/views.js';
import type { PollConfig } from '../../shared/model.js';
import {
  chair,
  codeOf,
  commit,
  control,
  DILEMMA,
  dilemmaConfig,
  id,
  log,
  p,
  projector,
  room,
  round,
  vote,
} from '../helpers/poll-room.js';

describe('poll rules', () => {
  it('[POLL-1] each kind starts from sensible defaults; a dilemma hides its results', () => {
    const single = room('single', {}, false);
    const a = single.activities.get('poll');
    expect(a).toMatchObject({ kind: 'poll', state: 'draft', revealed: false, round: 1 });
    if (a?.kind !== 'poll') throw new Error('not a poll');
    expect(a.config.options).toHaveLength(2);
    expect(a.config).toMatchObject({ resultsMode: 'live', askWhy: false });
    const d = room('dilemma', dilemmaConfig, false).activities.get('poll');
    if (d?.kind !== 'poll') throw new Error('not a poll');
    expect(d.config).toMatchObject({ resultsMode: 'hidden', askWhy: true, showWhy: false });
    expect(d.config.options[1]?.drawback).toBe(DILEMMA.options[1]!.drawback);
  });

  it('[POLL-1] a poll config that does not hold together is refused', () => {
    const s = room('scale', {}, false);
    const bad: [Partial<PollConfig>, string][] = [
      [{ scale: { min: 5, max: 1, minLabel: '', maxLabel: '' } }, 'invalid'],
      [{ scale: { min: 0, max: 11, minLabel: '', maxLabel: '' } }, 'invalid'],
      [{ question: '   ' }, 'text_empty'],
      [{ options: [{ id: 'a', label: ' ' }] }, 'text_empty'],
      [
        {
          options: [
            { id: 'a', label: 'x' },
            { id: 'a', label: 'y' },
          ],
        },
        'invalid',
      ],
    ];
    for (const [config, code] of bad) {
      const r = commit(s, chair, { type: 'activity.update', id: id(), activityId: 'poll', config });
      expect(codeOf(r), JSON.stringify(config)).toBe(code);
    }
    const wallish = { prompt: 'x' } as unknown as Partial<PollConfig>;
    expect(
      codeOf(
        commit(s, chair, {
          type: 'activity.update',
          id: id(),
          activityId: 'poll',
          config: wallish,
        }),
      ),
    ).toBe('invalid');
  });

  it('[POLL-2] votes count only while the poll is open and on screen; only a chair runs it', () => {
    const s = room('single', {}, false);
    expect(codeOf(vote(s, p(1), { optionIds: ['o1'] }))).toBe('poll_closed');
    expect(codeOf(control(s, 'close'))).toBe('invalid');
    expect(codeOf(control(s, 'newRound'))).toBe('invalid');
    expect(
      codeOf(commit(s, p(1), { type: 'poll.control', id: id(), pollId: 'poll', action: 'open' })),
    ).toBe('forbidden');
    expect(codeOf(control(s, 'open'))).toBe('ok');
    expect(codeOf(vote(s, projector, { optionIds: ['o1'] }))).toBe('forbidden');
    expect(codeOf(vote(s, p(1), { optionIds: ['o1'] }))).toBe('ok');
    control(s, 'close');
    expect(codeOf(vote(s, p(2), { optionIds: ['o1'] }))).toBe('poll_closed');
    control(s, 'open');
    commit(s, chair, { type: 'activity.show', id: id(), activityId: null });
    expect(codeOf(vote(s, p(2), { optionIds: ['o1'] }))).toBe('poll_closed');
    expect(round(s)?.voters).toBe(1);
  });

  it('[POLL-2] a choice poll opens only with two choices', () => {
    const s = room('single', { options: [{ id: 'a', label: 'Alleen' }] }, false);
    expect(codeOf(control(s, 'open'))).toBe('invalid');
    const cloud = room('cloud', { options: [] }, false);
    expect(codeOf(control(cloud, 'open'))).toBe('ok');
  });

  it('[POLL-3] one vote per participant per round; a new vote replaces the old one', () => {
    const s = room('single');
    vote(s, p(1), { optionIds: ['o1'] });
    vote(s, p(1), { optionIds: ['o2'] });
    vote(s, p(1), { optionIds: ['o2'] });
    vote(s, p(2), { optionIds: ['o1'] });
    expect(round(s)).toMatchObject({ voters: 2, options: { o1: 1, o2: 1 } });
    expect(mineFor(s, 'participant-1').votes).toEqual([
      { pollId: 'poll', round: 1, optionIds: ['o2'] },
    ]);
    // Replaying the log gives the same counts: they come from the votes, not from counters.
    const t = emptyRoomState({ ...s.room, currentActivityId: null });
    for (const c of log) apply(t, c);
    expect(pollsFor(t, 'chair')).toEqual(pollsFor(s, 'chair'));
  });

  it('[POLL-4] a bad vote gets a clear code and stores nothing', () => {
    const single = room('single');
    expect(codeOf(vote(single, p(1), { optionIds: ['nope'] }))).toBe('invalid_option');
    expect(codeOf(vote(single, p(1), { optionIds: ['o1', 'o2'] }))).toBe('too_many_picks');
    expect(codeOf(vote(single, p(1), { value: 3 }))).toBe('invalid');
    expect(round(single)?.voters).toBe(0);

    const multi = room('multiple', {
      maxPicks: 2,
      options: ['a', 'b', 'c'].map((x) => ({ id: x, label: x.toUpperCase() })),
    });
    expect(codeOf(vote(multi, p(1), { optionIds: ['a', 'b', 'c'] }))).toBe('too_many_picks');
    expect(codeOf(vote(multi, p(1), { optionIds: ['a', 'a', 'b'] }))).toBe('ok');
    expect(round(multi)).toMatchObject({ voters: 1, options: { a: 1, b: 1, c: 0 } });

    const scale = room('scale', { scale: { min: 1, max: 5, minLabel: 'Nee', maxLabel: 'Ja' } });
    for (const value of [0, 6, 2.5]) {
      expect(codeOf(vote(scale, p(1), { value })), String(value)).toBe('out_of_range');
    }
    expect(round(scale)?.voters).toBe(0);

    const cloud = room('cloud');
    expect(codeOf(vote(cloud, p(1), { words: [' ... '] }))).toBe('text_empty');
    expect(codeOf(vote(cloud, p(1), { words: [] }))).toBe('text_empty');
    expect(codeOf(vote(cloud, p(1), { words: ['x'.repeat(31)] }))).toBe('text_too_long');
    expect(codeOf(vote(cloud, p(1), { words: ['a', 'b', 'c', 'd'] }))).toBe('too_many_picks');
    expect(round(cloud)?.voters).toBe(0);
    expect(mineFor(cloud, 'participant-1').votes).toEqual([]);
  });

  it('[POLL-4] a scale is counted per value with its mean', () => {
    const s = room('scale', { scale: { min: 0, max: 10, minLabel: '', maxLabel: '' } });
    vote(s, p(1), { value: 1 });
    vote(s, p(2), { value: 2 });
    vote(s, p(3), { value: 5 });
    vote(s, p(3), { value: 10 });
    const r = round(s);
    expect(r?.voters).toBe(3);
    expect(r?.scale?.counts).toEqual([0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(r?.scale?.mean).toBeCloseTo(4.33, 2);
  });

  it('[POLL-5] hidden results never reach the public roles until the chair reveals them', () => {
    const s = room('dilemma', dilemmaConfig);
    vote(s, p(1), { optionIds: ['d0'] });
    vote(s, p(2), { optionIds: ['d1'] });
    expect(pollsFor(s, 'public')).toEqual([]);
    const pub = JSON.stringify(snapshotFor(s, 'public'));
    expect(pub).not.toContain('voters');
    expect(pub).not.toContain('"d0":');
    expect(round(s)?.voters).toBe(2);
    control(s, 'close');
    expect(pollsFor(s, 'public')).toEqual([]);
    control(s, 'reveal');
    expect(round(s, 'public')).toMatchObject({ voters: 2, options: { d0: 1, d1: 1 } });
    control(s, 'hide');
    expect(pollsFor(s, 'public')).toEqual([]);
    control(s, 'reveal');
    commit(s, chair, { type: 'activity.show', id: id(), activityId: null });
    expect(pollsFor(s, 'public')).toEqual([]);
  });

  it('[POLL-5] live results are public from the moment the poll opens', () => {
    const s = room('single', { resultsMode: 'live' }, false);
    expect(pollsFor(s, 'public')).toEqual([]);
    control(s, 'open');
    vote(s, p(1), { optionIds: ['o1'] });
    expect(round(s, 'public')).toMatchObject({ voters: 1 });
  });

  it('[POLL-6][POLL-15] a new round starts empty and keeps the earlier rounds', () => {
    const s = room('dilemma', dilemmaConfig);
    vote(s, p(1), { optionIds: ['d0'] });
    vote(s, p(2), { optionIds: ['d0'] });
    vote(s, p(3), { optionIds: ['d1'] });
    control(s, 'close');
    control(s, 'reveal');
    expect(codeOf(control(s, 'newRound'))).toBe('ok');
    expect(s.activities.get('poll')).toMatchObject({ state: 'open', round: 2, revealed: false });
    // No vote in round 2 yet: `mine` carries the round-1 choice, marked as such (POLL-15).
    expect(mineFor(s, 'participant-1').votes).toEqual([
      { pollId: 'poll', round: 1, optionIds: ['d0'] },
    ]);
    vote(s, p(1), { optionIds: ['d1'] });
    const rounds = pollsFor(s, 'chair')[0]?.rounds;
    expect(rounds?.map((r) => [r.round, r.voters, r.options])).toEqual([
      [1, 3, { d0: 2, d1: 1 }],
      [2, 1, { d0: 0, d1: 1 }],
    ]);
    expect(mineFor(s, 'participant-1').votes).toEqual([
      { pollId: 'poll', round: 2, optionIds: ['d1'] },
    ]);
  });
});
