import { describe, expect, it } from 'vitest';
import type { Actor } from '../../server/domain/types.js';
import { pollsFor, statementsFor } from '../../server/domain/views.js';
import type { PollConfig } from '../../shared/model.js';
import { normalizeWord } from '../../shared/words.js';
import {
  chair,
  codeOf,
  commit,
  dilemmaConfig,
  id,
  p,
  room,
  round,
  vote,
} from '../helpers/poll-room.js';

describe('cloud words, the "why" and fixed choices', () => {
  it('[POLL-7] cloud words are normalised, counted once per person, and the chair can remove one', () => {
    expect(normalizeWord('  Zorg  ')).toBe('zorg');
    expect(normalizeWord('ZORG!!')).toBe('zorg');
    expect(normalizeWord('Samen   werken...')).toBe('samen werken');
    expect(normalizeWord('“Vertrouwen”')).toBe('vertrouwen');
    expect(normalizeWord('’s Avonds')).toBe('’s avonds');
    const s = room('cloud');
    vote(s, p(1), { words: ['Zorg', 'zorg!', 'Tijd'] });
    vote(s, p(2), { words: [' zorg '] });
    vote(s, p(3), { words: ['ZORG.', 'rommel'] });
    expect(round(s)?.words).toEqual([
      { word: 'zorg', count: 3 },
      { word: 'rommel', count: 1 },
      { word: 'tijd', count: 1 },
    ]);
    const remove = (undo?: boolean) =>
      commit(s, chair, {
        type: 'cloud.remove',
        id: id(),
        pollId: 'poll',
        word: 'Rommel',
        ...(undo ? { undo } : {}),
      });
    expect(
      codeOf(commit(s, p(1), { type: 'cloud.remove', id: id(), pollId: 'poll', word: 'zorg' })),
    ).toBe('forbidden');
    remove();
    expect(round(s)?.words?.map((w) => w.word)).toEqual(['zorg', 'tijd']);
    expect(pollsFor(s, 'chair')[0]?.removedWords).toEqual(['rommel']);
    expect(pollsFor(s, 'public')[0]?.removedWords).toBeUndefined();
    remove(true);
    expect(round(s)?.words).toHaveLength(3);
  });

  it('[POLL-8] a "why" needs a vote, waits for the chair, and is public only when shown', () => {
    const s = room('dilemma', dilemmaConfig);
    const why = (who: Actor, text: string) =>
      commit(s, who, { type: 'statement.submit', id: id(), activityId: 'poll', text });
    expect(codeOf(why(p(1), 'Omdat het moet'))).toBe('no_vote');
    vote(s, p(1), { optionIds: ['d0'] });
    const posted = why(p(1), 'Omdat\nhet   moet');
    expect(codeOf(posted)).toBe('ok');
    expect(codeOf(why(p(1), 'x'.repeat(141)))).toBe('text_too_long');
    const [st] = statementsFor(s, 'chair');
    expect(st).toMatchObject({ text: 'Omdat het moet', status: 'pending', activityId: 'poll' });
    commit(s, chair, {
      type: 'statement.moderate',
      id: id(),
      statementId: st!.id,
      action: 'approve',
    });
    expect(statementsFor(s, 'public')).toEqual([]);
    commit(s, chair, {
      type: 'activity.update',
      id: id(),
      activityId: 'poll',
      config: { showWhy: true },
    });
    expect(statementsFor(s, 'public').map((x) => x.id)).toEqual([st!.id]);

    const single = room('single');
    vote(single, p(1), { optionIds: ['o1'] });
    const r = commit(single, p(1), {
      type: 'statement.submit',
      id: id(),
      activityId: 'poll',
      text: 'Daarom',
    });
    expect(codeOf(r)).toBe('not_found');
  });

  it('[POLL-9] once a poll opened its choices are fixed, but texts can be corrected', () => {
    const s = room('single');
    const update = (config: Partial<PollConfig>) =>
      codeOf(commit(s, chair, { type: 'activity.update', id: id(), activityId: 'poll', config }));
    expect(update({ pollKind: 'multiple' })).toBe('poll_started');
    expect(update({ options: [{ id: 'o1', label: 'Ja' }] })).toBe('poll_started');
    expect(
      update({
        options: [
          { id: 'o1', label: 'Ja' },
          { id: 'o2', label: 'Nee ', drawback: ' ' },
        ],
      }),
    ).toBe('ok');
    expect(update({ resultsMode: 'hidden', showCounts: false })).toBe('ok');
    const a = s.activities.get('poll');
    if (a?.kind !== 'poll') throw new Error('not a poll');
    expect(a.config.options).toEqual([
      { id: 'o1', label: 'Ja' },
      { id: 'o2', label: 'Nee' },
    ]);
  });
});
