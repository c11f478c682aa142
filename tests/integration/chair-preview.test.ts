// The chair's preview of the next item is what the projector gets once it is on screen: the
// chair's view filtered on the client as the server filters the public one (CHAIR-12).
import { describe, expect, it } from 'vitest';
import { publicPreview } from '../../client/lib/preview.js';
import { ViewStore } from '../../client/lib/store.js';
import { asChair, asParticipant, asProjector, useTestServer } from '../helpers/scenario.js';
import type { TestClient } from '../helpers/ws-client.js';

const srv = useTestServer();

/** The chair's socket view as the console holds it. */
function chairView(chair: TestClient): ViewStore {
  const view = new ViewStore();
  view.room.value = chair.room;
  view.activities.value = new Map(chair.activities);
  view.statements.value = new Map(chair.statements);
  view.polls.value = new Map(chair.polls);
  view.questions.value = new Map(chair.questions);
  return view;
}

const byId = <T extends { id: string }>(xs: T[]) =>
  [...xs].sort((a, b) => a.id.localeCompare(b.id));

describe('the chair previews what the hall would see', () => {
  for (const reveal of [true, false]) {
    it(`[CHAIR-12] a poll with whys, results ${reveal ? 'revealed' : 'hidden'}: the preview equals the projector's view after switching`, async () => {
      const ev = await srv.createEvent(`Voorbeeld ${reveal}`);
      const chair = await asChair(srv, ev);
      const wall = chair.currentWallId();
      const { id: pollId } = (await chair.command({
        type: 'activity.create',
        kind: 'poll',
        title: 'Afstand',
        config: { pollKind: 'scale', question: 'Hoe ver?', askWhy: true, showWhy: true },
      })) as { id: string };
      await chair.command({ type: 'activity.show', activityId: pollId });
      await chair.command({ type: 'poll.control', pollId, action: 'open' });
      if (!reveal) await chair.command({ type: 'poll.control', pollId, action: 'hide' });
      else await chair.command({ type: 'poll.control', pollId, action: 'reveal' });
      const p = await asParticipant(srv, ev, `preview-voter-${reveal}`);
      await p.command({ type: 'poll.vote', pollId, value: 3 });
      const why = async (text: string) =>
        (
          (await p.command({ type: 'statement.submit', activityId: pollId, text })) as {
            id: string;
          }
        ).id;
      const approved = await why('Omdat het kan');
      const pending = await why('Nog te lezen');
      await chair.command({ type: 'statement.moderate', statementId: approved, action: 'approve' });
      await p.command({ type: 'statement.submit', activityId: wall, text: 'Op de muur, wacht' });
      // Back to the wall: now the poll is the item → would put on screen.
      await chair.command({ type: 'activity.show', activityId: wall });
      await chair.until(
        () =>
          chair.statements.get(approved)?.choice === '3' &&
          chair.statements.has(pending) &&
          chair.polls.get(pollId)?.rounds[0]?.voters === 1,
        10_000,
      );

      const preview = publicPreview(chairView(chair), chair.activities.get(pollId)!);
      expect(preview.statements.map((s) => s.id)).toEqual([approved]);
      expect(JSON.stringify(preview)).not.toContain('"choice"');
      expect(preview.polls.length).toBe(reveal ? 1 : 0);

      const projector = await asProjector(srv, ev);
      await chair.command({ type: 'activity.show', activityId: pollId });
      await projector.until(() => projector.room?.currentActivityId === pollId, 10_000);
      await projector.until(() => projector.statements.has(approved), 10_000);
      expect(byId(preview.statements)).toEqual(byId([...projector.statements.values()]));
      expect(byId(preview.polls)).toEqual(byId([...projector.polls.values()]));
      expect(preview.activities[0]).toEqual(projector.activities.get(pollId));
      for (const c of [chair, p, projector]) c.close();
    });
  }
});
