import { describe, expect, it } from 'vitest';
import { escapeMarkdown, qaExportRows, qaMarkdown } from '../../server/kinds/qa/qa-export.js';
import type { Actor, RoomState } from '../../server/domain/types.js';
import { committer, emptyRoom, mustCommit, chair, participant as p } from '../helpers/domain.js';

const run = mustCommit(committer((s) => 1_000 + s.seq));

function afternoon(): RoomState {
  const s = emptyRoom();
  run(s, chair, { type: 'activity.create', id: 'w', kind: 'wall', title: 'Muur', config: {} });
  run(s, chair, {
    type: 'activity.create',
    id: 'qa1',
    kind: 'qa',
    title: '',
    config: { pitch: 'Het Pieperproject', speaker: 'Jan de Vries', open: true, moderation: 'post' },
  });
  run(s, chair, {
    type: 'activity.create',
    id: 'qa2',
    kind: 'qa',
    title: '',
    config: { pitch: 'Vrijwilligerswerk is gewoon?!', open: true, moderation: 'pre' },
  });
  const ask = (actor: Actor, id: string, activityId: string, text: string, name?: string) =>
    run(s, actor, { type: 'question.ask', id, activityId, text, ...(name ? { name } : {}) });
  ask(p(1), 'a', 'qa1', 'Wat kost het?', 'Ans');
  ask(p(2), 'b', 'qa1', 'Wie betaalt het?');
  ask(p(3), 'c', 'qa1', 'Wat zijn de kosten?');
  ask(p(4), 'd', 'qa2', 'Is **dit** <b>vet</b>?');
  ask(p(5), 'e', 'qa2', 'Scheldwoord-vrij maar afgewezen');
  for (const v of [2, 3, 4])
    run(s, p(v), { type: 'question.upvote', id: `v${v}`, questionId: 'a', on: true });
  run(s, p(1), { type: 'question.upvote', id: 'v1', questionId: 'b', on: true });
  run(s, chair, { type: 'question.merge', id: 'm', questionId: 'c', intoId: 'a' });
  run(s, chair, { type: 'question.moderate', id: 'ans', questionId: 'a', action: 'answer' });
  run(s, chair, { type: 'question.moderate', id: 'ok', questionId: 'd', action: 'approve' });
  run(s, chair, { type: 'question.moderate', id: 'no', questionId: 'e', action: 'reject' });
  return s;
}

describe('Q&A harvest', () => {
  it('[QA-12] one row per question, pitch by pitch in agenda order, with votes, status and answered', () => {
    const rows = qaExportRows(afternoon());
    expect(rows.map((r) => [r.pitch, r.question, r.votes, r.status, r.answered, r.name])).toEqual([
      // Answered questions sink below open ones (QA-8).
      ['Het Pieperproject', 'Wie betaalt het?', 1, 'approved', false, null],
      ['Het Pieperproject', 'Wat kost het?', 3, 'approved', true, 'Ans'],
      ['Het Pieperproject', 'Wat zijn de kosten?', 0, 'merged', false, null],
      ['Vrijwilligerswerk is gewoon?!', 'Is **dit** <b>vet</b>?', 0, 'approved', false, null],
      [
        'Vrijwilligerswerk is gewoon?!',
        'Scheldwoord-vrij maar afgewezen',
        0,
        'rejected',
        false,
        null,
      ],
    ]);
    expect(rows[0]).toMatchObject({ speaker: 'Jan de Vries', activityId: 'qa1' });
    expect(typeof rows[0]!.createdAt).toBe('number');
    // Never a participant id.
    expect(JSON.stringify(rows)).not.toContain('participant-');
  });

  it('[QA-12] the Markdown report publishes what was public, escaped', () => {
    const md = qaMarkdown(qaExportRows(afternoon()), { title: 'Themamiddag', language: 'nl' });
    expect(md).toContain('## Het Pieperproject');
    expect(md).toContain('Spreker: Jan de Vries');
    expect(md).toContain('1. Wie betaalt het? (1 stem)');
    expect(md).toContain('2. Wat kost het? (3 stemmen, beantwoord) — Ans');
    expect(md).toContain('Is \\*\\*dit\\*\\* \\<b\\>vet\\</b\\>?');
    expect(md).not.toContain('afgewezen');
    expect(md).not.toContain('Wat zijn de kosten');
    const en = qaMarkdown(qaExportRows(afternoon()), { title: 'Afternoon', language: 'en' });
    expect(en).toContain('(3 votes, answered)');
  });

  it('[QA-12] a pitch without public questions says so; newlines cannot break the list', () => {
    const md = qaMarkdown(
      [
        {
          pitch: 'Leeg',
          speaker: '',
          question: 'x',
          name: null,
          votes: 0,
          status: 'pending',
          answered: false,
          createdAt: 0,
          activityId: 'q',
        },
      ],
      { title: 'T', language: 'nl' },
    );
    expect(md).toContain('Geen vragen\\.');
    expect(escapeMarkdown('een\n# kop')).toBe('een \\# kop');
  });
});
