// A visit at a location (ROT-7…ROT-12): one group of the rotation plan, in one slot, received by
// the location's chair. The room keeps the visit in force; every new contribution is stamped
// with its number, and the harvest names it "A2": the location's letter and the visit's number.

import type { RotationPlan } from './rotation.js';

/** A visit as the room's views carry it: its number in the room (1, 2, …) and whose it is. */
export interface RoomVisitView {
  /** 1-based, in the order the chair started visits in this room. */
  n: number;
  groupId: string;
  groupName: string;
  groupNumber: number;
  /** The plan's slot (0-based) the chair started it for. */
  slot: number;
  startedAt: number;
}

export const VISIT_LIMITS = { groupId: 16, groupName: 120, slots: 24, visits: 200 } as const;

/** A location's letter from its place among the event's locations: A…Z, then AA, AB, … */
export function locationLetter(index: number): string {
  let out = '';
  let i = index;
  do {
    out = String.fromCharCode(65 + (i % 26)) + out;
    i = Math.floor(i / 26) - 1;
  } while (i >= 0);
  return out;
}

/** "A2": the location's letter and the visit's number (ROT-11). */
export const visitLabel = (letter: string, n: number): string => `${letter}${n}`;

/** Each location's letter (ROT-11): the event's rooms in their order, the plenary left out. */
export function locationLetters(
  rooms: readonly { id: string; kind: string }[],
): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of rooms) if (r.kind !== 'plenary') out.set(r.id, locationLetter(out.size));
  return out;
}

/** A group the plan brings to a location in a slot, as the chair's console shows it. */
export interface PlannedVisit {
  groupId: string;
  groupName: string;
  groupNumber: number;
  slot: number;
  start: string | null;
  end: string | null;
}

/** GET /api/events/:code/visits?room=: the location's visits by the plan (ROT-10). */
export interface PlannedVisits {
  /** The slot in force (0-based); null: the event has no rotation plan. */
  slot: number | null;
  slots: number;
  /** The group due here in the slot in force, and the next one. */
  here: PlannedVisit | null;
  next: PlannedVisit | null;
  planned: PlannedVisit[];
}

/** A location's visits by the plan in `slot`, the slot in force (ROT-10); null: no plan. */
export function plannedVisits(
  plan: RotationPlan | null,
  roomId: string,
  slot: number,
): PlannedVisits {
  if (!plan) return { slot: null, slots: 0, here: null, next: null, planned: [] };
  const groups = new Map(plan.groups.map((g) => [g.id, g]));
  const planned: PlannedVisit[] = [];
  for (const v of plan.visits) {
    const g = groups.get(v.groupId);
    if (v.roomId !== roomId || !g) continue;
    const times = plan.slots[v.slot];
    planned.push({
      groupId: g.id,
      groupName: g.name,
      groupNumber: g.number,
      slot: v.slot,
      start: times?.start ?? null,
      end: times?.end ?? null,
    });
  }
  planned.sort((a, b) => a.slot - b.slot);
  return {
    slot,
    slots: plan.slots.length,
    here: planned.find((p) => p.slot === slot) ?? null,
    next: planned.find((p) => p.slot > slot) ?? null,
    planned,
  };
}

/** The group the plan brings to a location in the slot in force (ROT-13). */
export interface DueVisit {
  groupId: string;
  groupName: string;
  slot: number;
}

/** Where the due group's phones are connected now (ROT-33). */
export interface DuePresence {
  /** Phones of the group (participants that follow it) connected at this location. */
  here: number;
  /** The location with most of its phones, when that is another one. */
  elsewhere?: { at: string; phones: number };
}

/** Why a group is late (ROT-33): none of its phones is connected, or they are at another location. */
export type LateReason = 'absent' | 'elsewhere';

/** The overview's visit fields of a location: the visit running, and the group that is late. */
export interface VisitOverview {
  visit?: { n: number; groupName: string };
  /** The slot has started, its group's visit has not, and none of its phones is here (ROT-33). */
  late?: { groupName: string; slot: number; reason?: LateReason; at?: string; phones?: number };
  /** The group's phones are here; the chair has not started its visit yet (ROT-33). */
  waiting?: { groupName: string; slot: number; phones: number };
}

export function visitOverview(
  running: RoomVisitView | null,
  due: DueVisit | undefined,
  presence: DuePresence = { here: 0 },
): VisitOverview {
  const out: VisitOverview = {};
  if (running) out.visit = { n: running.n, groupName: running.groupName };
  if (!due || (running?.groupId === due.groupId && running.slot === due.slot)) return out;
  const { groupName, slot } = due;
  // Arrived: its phones are connected here, whatever the clock says.
  if (presence.here > 0) out.waiting = { groupName, slot, phones: presence.here };
  else if (presence.elsewhere)
    out.late = { groupName, slot, reason: 'elsewhere', ...presence.elsewhere };
  else out.late = { groupName, slot, reason: 'absent' };
  return out;
}
