// A notice from the organizer to many rooms at once (NOTICE-1…8): a short text for the chairs,
// the projectors and/or the phones, which the room keeps until the organizer withdraws it or
// sends the next one. Its chair confirms it ("Gezien"); the overview shows which rooms did not.

/** Who a notice is for; at least one. */
export type NoticeAudience = 'chairs' | 'projectors' | 'phones';
export const NOTICE_AUDIENCES: readonly NoticeAudience[] = ['chairs', 'projectors', 'phones'];

/** The most characters a notice may have (counted as people do: an emoji is one). */
export const NOTICE_MAX_LENGTH = 280;

/** A room's current notice, in its `RoomView` (only for the roles it is meant for). */
export interface NoticeView {
  id: string;
  text: string;
  audience: NoticeAudience[];
  /** When the organizer sent it (ms since epoch). */
  sentAt: number;
  /** When the room's chair confirmed it; null while not. */
  seenAt: number | null;
}

/** A row of the overview: the room's current notice for its chair, and whether it was confirmed. */
export interface NoticeOverview {
  id: string;
  text: string;
  seen: boolean;
}

/** Whether a screen of this kind shows the notice. */
export const noticeFor = (
  notice: NoticeView | null | undefined,
  screen: NoticeAudience,
): NoticeView | null => (notice && notice.audience.includes(screen) ? notice : null);

/** Rooms whose chair has a notice to confirm and has not yet. */
export function unconfirmedNotices(rows: readonly { notice?: NoticeOverview | null }[]): number {
  let n = 0;
  for (const r of rows) if (r.notice && !r.notice.seen) n++;
  return n;
}
