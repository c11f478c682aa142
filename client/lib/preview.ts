// What the hall would see if an agenda item went on screen: the chair's view filtered to the
// public one, for the rendered ← / → previews (CHAIR-12).
import type { ActivityView, StatementView } from '../../shared/model.js';
import type { SnapshotMessage } from '../../shared/protocol.js';
import type { ViewStore } from './store.js';

/** The message a preview frame sends its console once it listens, and the one it gets back. */
export const PREVIEW_READY = 'vonk.preview.ready';
export const PREVIEW_VIEW = 'vonk.preview.view';

/**
 * The snapshot a projector would get with `activity` on screen, built from the chair's view as
 * the server builds the public one (server/domain/views.ts): approved statements only (a poll's
 * whys only while they are shown), no chair-only fields, poll results only when revealed,
 * approved questions only, and no notice (the live mirror shows that).
 */
export function publicPreview(view: ViewStore, activity: ActivityView): SnapshotMessage {
  const room = view.room.value;
  const poll = activity.kind === 'poll' ? activity : null;
  const statements: StatementView[] = [];
  if (!poll || poll.config.showWhy) {
    for (const s of view.statements.value.values()) {
      if (s.activityId !== activity.id || s.status !== 'approved') continue;
      const { choice: _choice, ...rest } = s;
      statements.push(rest);
    }
  }
  const results = poll?.revealed ? view.polls.value.get(poll.id) : undefined;
  return {
    type: 'snapshot',
    seq: 0,
    room: {
      id: room?.id ?? '',
      eventId: room?.eventId ?? '',
      name: room?.name ?? '',
      kind: room?.kind ?? 'plenary',
      currentActivityId: activity.id,
      timer: room?.timer ?? null,
    },
    activities: [activity],
    statements,
    polls: results ? [{ id: results.id, rounds: results.rounds }] : [],
    questions: [...view.questions.value.values()].filter(
      (q) => q.activityId === activity.id && q.status === 'approved',
    ),
  };
}
