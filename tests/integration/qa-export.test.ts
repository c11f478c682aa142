import { describe, expect, it } from 'vitest';
import { chairKey } from '../helpers/server.js';
import { asParticipant, eventWithChair, newActivity, useTestServer } from '../helpers/scenario.js';

const srv = useTestServer();

describe('Q&A in the export', () => {
  it('[QA-12][EXPORT-1] per pitch every question with text, votes, status and answered: JSON, CSV, Markdown', async () => {
    const { ev, chair } = await eventWithChair(srv, 'Themamiddag');
    const qaId = await newActivity(chair, {
      kind: 'qa',
      title: '',
      config: { pitch: 'Het Pieperproject', speaker: 'Anja', open: true, moderation: 'pre' },
    });
    const asker = await asParticipant(srv, ev, 'qa-export-asker');
    const fan = await asParticipant(srv, ev, 'qa-export-fan');
    const good = (
      (await asker.command({
        type: 'question.ask',
        activityId: qaId,
        text: 'Hoe betrek je ouderen?',
        name: 'Kees',
      })) as { id: string }
    ).id;
    const bad = (
      (await asker.command({ type: 'question.ask', activityId: qaId, text: 'Geheime vraag' })) as {
        id: string;
      }
    ).id;
    await chair.command({ type: 'question.moderate', questionId: good, action: 'approve' });
    await chair.command({ type: 'question.moderate', questionId: bad, action: 'reject' });
    await fan.until(() => fan.questions.has(good));
    await fan.command({ type: 'question.upvote', questionId: good, on: true });
    await chair.command({ type: 'question.moderate', questionId: good, action: 'answer' });

    const q = `?k=${chairKey(ev.chairUrl)}`;
    const json = (await (
      await fetch(`${srv.url}/api/events/${ev.code}/export.json${q}`)
    ).json()) as {
      rooms: {
        activities: {
          kind: string;
          pitch?: string;
          speaker?: string;
          questions?: Record<string, unknown>[];
        }[];
      }[];
    };
    const qa = json.rooms[0]!.activities.find((a) => a.kind === 'qa')!;
    expect(qa).toMatchObject({ pitch: 'Het Pieperproject', speaker: 'Anja' });
    expect(qa.questions).toEqual([
      expect.objectContaining({
        question: 'Hoe betrek je ouderen?',
        name: 'Kees',
        votes: 1,
        status: 'approved',
        answered: true,
      }),
      expect.objectContaining({
        question: 'Geheime vraag',
        votes: 0,
        status: 'rejected',
        answered: false,
      }),
    ]);
    const csv = await (
      await fetch(`${srv.url}/api/events/${ev.code}/export.csv${q}&lang=en`)
    ).text();
    const line = csv.split('\r\n').find((l) => l.includes('Hoe betrek je ouderen?'))!;
    expect(line).toContain('question');
    expect(line).toContain('approved');
    // answered is the column before phase, which a Q&A leaves empty
    expect(line.endsWith(',yes,')).toBe(true);
    const md = await (await fetch(`${srv.url}/api/events/${ev.code}/export.md${q}`)).text();
    expect(md).toContain('# Themamiddag');
    expect(md).toContain('Het Pieperproject');
    expect(md).toContain('Hoe betrek je ouderen?');
    // A rejected question is never published in the report.
    expect(md).not.toContain('Geheime vraag');
    expect((await fetch(`${srv.url}/api/events/${ev.code}/export.md`)).status).toBe(401);
    for (const c of [chair, asker, fan]) c.close();
  });
});
