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

/** A sent notice still active somewhere, as the organizer's list shows it (NOTICE-11). */
export interface NoticeSummary {
  id: string;
  text: string;
  audience: NoticeAudience[];
  sentAt: number;
  /** Rooms that show it. */
  rooms: number;
  /** Of those, the rooms whose chair is asked to confirm it, and how many did. */
  toConfirm: number;
  confirmed: number;
  /** The names of the rooms whose chair has not confirmed yet, in the rooms' order. */
  waiting: string[];
}

/**
 * The active notices from the rooms' current ones, newest first: one pass over the rooms, so
 * the organizer's live list costs O(rooms) per update, also at 600 rooms.
 */
export function noticeSummaries(
  rows: readonly { name: string; activeNotice?: NoticeView | null }[],
): NoticeSummary[] {
  const byId = new Map<string, NoticeSummary>();
  for (const r of rows) {
    const n = r.activeNotice;
    if (!n) continue;
    let s = byId.get(n.id);
    if (!s) {
      s = {
        id: n.id,
        text: n.text,
        audience: n.audience,
        sentAt: n.sentAt,
        rooms: 0,
        toConfirm: 0,
        confirmed: 0,
        waiting: [],
      };
      byId.set(n.id, s);
    }
    s.rooms++;
    if (n.audience.includes('chairs')) {
      s.toConfirm++;
      if (n.seenAt !== null) s.confirmed++;
      else s.waiting.push(r.name);
    }
  }
  return [...byId.values()].sort((a, b) => b.sentAt - a.sentAt);
}
