// The organizer's live overview (ROOM-6, ROOM-8): the frames of its own socket at /ws/overview
// and the one rule, shared by server and screen, for when a room needs attention and why.

import type { RoomOverview } from './model.js';

/** Client → server: the first and only frame. The token may instead come from the session cookie. */
export interface OverviewHello {
  type: 'overview.hello';
  eventCode: string;
  token?: string;
}

export type OverviewServerMessage =
  /**
   * Every row, once after the hello (and again after a reconnect). `serverTime`: the server's
   * clock when the frame was made, so the overview's timers agree with the hall (CLOCK-8).
   */
  | { type: 'overview'; rows: RoomOverview[]; serverTime: number }
  /** Only the rows that changed since the last frame; `removed` lists deleted rooms. */
  | { type: 'overview.update'; rows: RoomOverview[]; removed: string[]; serverTime: number }
  | { type: 'error'; code: string; message: string };

/** How often the server looks for changes to send (a change is on screen within this plus a frame). */
export const OVERVIEW_TICK_MS = 250;
/** This many statements waiting in a queue make a room need attention. */
export const QUEUE_ATTENTION = 5;

export type AttentionReason = { kind: 'queue'; n: number } | { kind: 'noChair'; n: number };

/** Why a room needs the organizer: a long queue, or participants without a chair. */
export function attentionReasons(r: RoomOverview): AttentionReason[] {
  const out: AttentionReason[] = [];
  if (r.pending >= QUEUE_ATTENTION) out.push({ kind: 'queue', n: r.pending });
  if (r.connected.participants > 0 && r.connected.chairs === 0)
    out.push({ kind: 'noChair', n: r.connected.participants });
  return out;
}

export interface OverviewTotals {
  rooms: number;
  participants: number;
  /** Rooms with at least one chair connected. */
  chairsPresent: number;
  waiting: number;
  contributions: number;
  attention: number;
}

export function overviewTotals(rows: RoomOverview[]): OverviewTotals {
  const t: OverviewTotals = {
    rooms: rows.length,
    participants: 0,
    chairsPresent: 0,
    waiting: 0,
    contributions: 0,
    attention: 0,
  };
  for (const r of rows) {
    t.participants += r.connected.participants;
    if (r.connected.chairs > 0) t.chairsPresent++;
    t.waiting += r.pending;
    t.contributions += r.statements;
    if (attentionReasons(r).length) t.attention++;
  }
  return t;
}
