// The organizer's notice to many rooms (NOTICE-1…8), as a room sees it: sent, withdrawn and
// confirmed by the chair are changes in the room's log like any other, so a notice is stored,
// reaches every instance over the bus and is in the snapshot of a client that reconnects.
// Also the HTTP request's schema: what the organizer sends, checked whole before anything is.

import * as v from 'valibot';
import {
  NOTICE_AUDIENCES,
  NOTICE_MAX_LENGTH,
  type NoticeAudience,
  type NoticeOverview,
  type NoticeView,
} from '../../shared/notice.js';
import { CONTROL_MESSAGE, hasControl, hasVisible } from '../../shared/text-check.js';
import { ErrorCode, type NoticeSeen } from '../../shared/protocol.js';
import type { RoomView } from '../../shared/model.js';
import { isModerator } from './actors.js';
import { charLength, cleanText } from './text.js';
import { fail, ok, type Actor, type Dirty, type Result, type RoomState } from './types.js';

export type NoticeEvent =
  | {
      type: 'notice.sent';
      notice: { id: string; text: string; audience: NoticeAudience[]; sentAt: number };
    }
  | { type: 'notice.withdrawn'; noticeId: string }
  | { type: 'notice.seen'; noticeId: string; at: number };

export function applyNotice(state: RoomState, e: NoticeEvent): Dirty[] {
  const current = state.room.notice ?? null;
  if (e.type === 'notice.sent') {
    // One notice per room: a new one takes the place of the one before.
    state.room = { ...state.room, notice: { ...e.notice, seenAt: null } };
  } else if (e.type === 'notice.withdrawn') {
    if (current?.id !== e.noticeId) return [];
    state.room = { ...state.room, notice: null };
  } else {
    if (current?.id !== e.noticeId || current.seenAt !== null) return [];
    state.room = { ...state.room, notice: { ...current, seenAt: e.at } };
  }
  return [{ kind: 'room' }];
}

/** The chair confirms the room's notice ("Gezien"). Confirming twice changes nothing. */
export function decideNotice(state: RoomState, actor: Actor, cmd: NoticeSeen): Result<NoticeEvent> {
  if (!isModerator(actor)) return fail(ErrorCode.Forbidden, 'only a chair confirms a notice');
  const current = state.room.notice;
  if (!current || current.id !== cmd.noticeId || !current.audience.includes('chairs'))
    return fail(ErrorCode.NotFound, 'this notice is no longer active', 'noticeId');
  return ok({ type: 'notice.seen', noticeId: cmd.noticeId, at: Date.now() });
}

/** The room as a role sees it: the notice only when it is meant for one of that role's screens. */
export function roomWithNotice(room: RoomView, role: 'public' | 'chair'): RoomView {
  const n = room.notice;
  if (!n) return room;
  const meant =
    role === 'chair'
      ? n.audience.includes('chairs')
      : n.audience.includes('projectors') || n.audience.includes('phones');
  return meant ? room : { ...room, notice: null };
}

/** The overview's view of a room's notice: only one its chair is asked to confirm. */
export function noticeOverview(state: RoomState): NoticeOverview | null {
  const n: NoticeView | null | undefined = state.room.notice;
  if (!n || !n.audience.includes('chairs')) return null;
  return { id: n.id, text: n.text, seen: n.seenAt !== null };
}

const noticeText = v.pipe(
  v.string('text must be a string'),
  v.transform(cleanText),
  v.check((s) => s.length > 0 && hasVisible(s), 'the notice is empty'),
  v.check((s) => !hasControl(s), CONTROL_MESSAGE),
  v.check(
    (s) => charLength(s) <= NOTICE_MAX_LENGTH,
    `the notice is longer than ${NOTICE_MAX_LENGTH} characters`,
  ),
);

/** POST /api/events/:code/notices. */
export const NoticeRequestSchema = v.strictObject({
  text: noticeText,
  audience: v.pipe(
    v.array(v.picklist(NOTICE_AUDIENCES, 'audience: chairs, projectors or phones')),
    v.minLength(1, 'choose at least one of chairs, projectors, phones'),
    v.maxLength(3),
  ),
  rooms: v.union(
    [
      v.picklist(['all', 'parallel']),
      v.strictObject({
        arrangement: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
      }),
      v.pipe(
        v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(64))),
        v.minLength(1, 'choose at least one room'),
        v.maxLength(1000),
      ),
    ],
    'rooms: "all", "parallel", {"arrangement": …} or a list of room ids',
  ),
});
export type NoticeRequest = v.InferOutput<typeof NoticeRequestSchema>;
