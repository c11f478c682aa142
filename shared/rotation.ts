// The rotation plan of an event (ROT-*): locations (the event's rooms), groups that travel, and
// time slots. A visit is one group at one location in one slot; every check here is pure, so the
// server, the organizer's table and the tests share it.

/** A group of participants that travels from location to location (ROT-1). */
export interface RotationGroup {
  /** Stable within the event: `g<number>`; a visit names its group by it. */
  id: string;
  number: number;
  name: string;
  /** The group's own join code: /g/<code> (ROT-5). */
  code: string;
  arrangement: string | null;
}

/** A time slot; times "HH:MM", event-local, like the event's time plan (CLOCK-6). */
export interface RotationSlot {
  /** 0-based; shown 1-based. */
  index: number;
  start: string | null;
  end: string | null;
}

/** One group at one location (a room of the event) in one slot. */
export interface RotationVisit {
  groupId: string;
  slot: number;
  roomId: string;
}

export interface RotationPlan {
  groups: RotationGroup[];
  slots: RotationSlot[];
  visits: RotationVisit[];
  /** Addresses of locations, by room id, shown to a group on its way there. */
  addresses: Record<string, string>;
  /** Two groups may share a location in one slot (ROT-3). */
  shareLocations: boolean;
  /** The slot the organizer moved to ("next slot"); null: by the slots' times alone (ROT-6). */
  current: number | null;
}

/** A room of the event as the plan sees it. */
export interface RotationRoom {
  id: string;
  name: string;
  location: string | null;
  arrangement: string | null;
}

/** One line of an explicit plan, as imported (CSV or JSON) or sent whole. */
export interface PlanRow {
  /** 1-based line (CSV: in the file; JSON: position in the list). */
  line: number;
  group: string;
  slot: string;
  location: string;
  start?: string | null;
  end?: string | null;
  address?: string | null;
}

export interface PlanProblem {
  line: number;
  message: string;
}

export type PlanResult = { ok: true; plan: RotationPlan } | { ok: false; problems: PlanProblem[] };

export const ROTATION_LIMITS = { groups: 1000, slots: 24, rows: 10_000, nameLength: 120 } as const;

const HHMM = /^([01]?\d|2[0-3]):[0-5]\d$/;
/** Minutes past midnight of "HH:MM" (or "H:MM"). */
export const minutesOf = (hhmm: string): number => {
  const [h, m] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
};
const pad = (hhmm: string) => (hhmm.length === 4 ? `0${hhmm}` : hhmm);

/** What a location is called for the phone: its place, else the room's name. */
export const locationName = (room: Pick<RotationRoom, 'name' | 'location'>): string =>
  room.location ?? room.name;

/** Finds a room by id, name or location (any case). */
function roomFinder(rooms: readonly RotationRoom[]): (ref: string) => RotationRoom | undefined {
  const by = new Map<string, RotationRoom>();
  for (const r of rooms) {
    for (const k of [r.location, r.name, r.id]) if (k) by.set(k.trim().toLowerCase(), r);
  }
  return (ref) => by.get(ref.trim().toLowerCase());
}

/**
 * The usual carousel from the rooms' arrangements (ROT-2): each arrangement's rooms, in their
 * order, are its locations; its i-th room's name names a group, and in slot k group i is at
 * location (i + k) mod n. Rooms without an arrangement take no part.
 */
export function carousel(
  rooms: readonly RotationRoom[],
  newCode: () => string,
  slotTimes: readonly { start?: string | null; end?: string | null }[] = [],
): RotationPlan {
  const arrangements = new Map<string, RotationRoom[]>();
  for (const r of rooms) {
    if (!r.arrangement) continue;
    const list = arrangements.get(r.arrangement) ?? [];
    list.push(r);
    arrangements.set(r.arrangement, list);
  }
  const groups: RotationGroup[] = [];
  const visits: RotationVisit[] = [];
  let slotCount = 0;
  for (const [arrangement, locations] of arrangements) {
    const n = locations.length;
    slotCount = Math.max(slotCount, n);
    locations.forEach((home, i) => {
      const number = groups.length + 1;
      const group = { id: `g${number}`, number, name: home.name, code: newCode(), arrangement };
      groups.push(group);
      for (let k = 0; k < n; k++)
        visits.push({ groupId: group.id, slot: k, roomId: locations[(i + k) % n]!.id });
    });
  }
  const slots = Array.from({ length: slotCount }, (_, index) => ({
    index,
    start: slotTimes[index]?.start ?? null,
    end: slotTimes[index]?.end ?? null,
  }));
  return { groups, slots, visits, addresses: {}, shareLocations: false, current: null };
}

/**
 * Builds a plan from explicit rows (ROT-3), checked whole: every problem with its line, and no
 * plan at all unless every line is good. `codes` keeps the join codes of groups that keep their
 * name (a printed badge stays valid when the plan is fixed).
 */
export function buildPlan(
  rows: readonly PlanRow[],
  rooms: readonly RotationRoom[],
  opts: { shareLocations?: boolean; newCode: () => string; codes?: ReadonlyMap<string, string> },
): PlanResult {
  const problems: PlanProblem[] = [];
  const find = roomFinder(rooms);
  if (rows.length === 0) problems.push({ line: 1, message: 'the plan has no rows' });
  if (rows.length > ROTATION_LIMITS.rows)
    problems.push({ line: 1, message: `at most ${ROTATION_LIMITS.rows} rows` });
  const groups = new Map<string, RotationGroup>();
  const slotTimes = new Map<number, { start: string | null; end: string | null; line: number }>();
  const addresses: Record<string, string> = {};
  const visits: RotationVisit[] = [];
  /** group|slot → line and location; location|slot → line and group. */
  const whereIs = new Map<string, { line: number; place: string }>();
  const whoIs = new Map<string, { line: number; group: string }>();
  for (const row of rows) {
    const bad = (message: string) => problems.push({ line: row.line, message });
    const groupName = (row.group ?? '').trim();
    const slotText = (row.slot ?? '').trim();
    const place = (row.location ?? '').trim();
    if (!groupName) bad('the row names no group');
    else if (groupName.length > ROTATION_LIMITS.nameLength)
      bad(`the group's name is longer than ${ROTATION_LIMITS.nameLength} characters`);
    const slotNo = Number(slotText);
    const slotOk = /^\d+$/.test(slotText) && slotNo >= 1 && slotNo <= ROTATION_LIMITS.slots;
    if (!slotOk) bad(`slot "${slotText}" is not a number from 1 to ${ROTATION_LIMITS.slots}`);
    const room = place ? find(place) : undefined;
    if (!place) bad('the row names no location');
    else if (!room) bad(`unknown location "${place}": not a room of this event`);
    const times = checkTimes(row.start, row.end, bad);
    const address = (row.address ?? '').trim();
    if (address.length > ROTATION_LIMITS.nameLength)
      bad(`the address is longer than ${ROTATION_LIMITS.nameLength} characters`);
    else if (address && room) addresses[room.id] = address;
    if (!groupName || !slotOk) continue;
    const slot = slotNo - 1;
    const key = groupName.toLowerCase();
    let group = groups.get(key);
    if (!group) {
      const number = groups.size + 1;
      const code = opts.codes?.get(key) ?? opts.newCode();
      group = { id: `g${number}`, number, name: groupName, code, arrangement: null };
      groups.set(key, group);
    }
    if (times) {
      const seen = slotTimes.get(slot);
      if (!seen) slotTimes.set(slot, { ...times, line: row.line });
      else if (seen.start !== times.start || seen.end !== times.end)
        bad(`slot ${slotNo} has other times on line ${seen.line}`);
    }
    if (!room) continue;
    const here = whereIs.get(`${key}|${slot}`);
    if (here) {
      bad(`group "${groupName}" is already at ${here.place} in slot ${slotNo} (line ${here.line})`);
      continue;
    }
    whereIs.set(`${key}|${slot}`, { line: row.line, place: locationName(room) });
    const there = whoIs.get(`${room.id}|${slot}`);
    if (there && !opts.shareLocations)
      bad(
        `${locationName(room)} already has group "${there.group}" in slot ${slotNo} (line ${there.line})`,
      );
    else whoIs.set(`${room.id}|${slot}`, { line: row.line, group: groupName });
    visits.push({ groupId: group.id, slot, roomId: room.id });
  }
  if (groups.size > ROTATION_LIMITS.groups)
    problems.push({ line: 1, message: `at most ${ROTATION_LIMITS.groups} groups` });
  const slotCount = Math.max(0, ...visits.map((v) => v.slot + 1), ...slotTimes.keys());
  const slots: RotationSlot[] = Array.from({ length: slotCount }, (_, index) => ({
    index,
    start: slotTimes.get(index)?.start ?? null,
    end: slotTimes.get(index)?.end ?? null,
  }));
  problems.push(...overlaps(slots, slotTimes));
  if (problems.length) return { ok: false, problems: problems.sort((a, b) => a.line - b.line) };
  return {
    ok: true,
    plan: {
      groups: [...groups.values()],
      slots,
      visits,
      addresses,
      shareLocations: opts.shareLocations ?? false,
      current: null,
    },
  };
}

function checkTimes(
  start: string | null | undefined,
  end: string | null | undefined,
  bad: (message: string) => void,
): { start: string | null; end: string | null } | null {
  const s = (start ?? '').trim();
  const e = (end ?? '').trim();
  if (!s && !e) return null;
  const problems: string[] = [];
  if (s && !HHMM.test(s)) problems.push(`start "${s}" is not a time like 09:30`);
  if (e && !HHMM.test(e)) problems.push(`end "${e}" is not a time like 10:15`);
  if (!s && e) problems.push('the row has an end but no start');
  if (!problems.length && s && e && minutesOf(e) <= minutesOf(s))
    problems.push('end must come after start');
  problems.forEach(bad);
  const ok = problems.length === 0;
  return ok ? { start: pad(s), end: e ? pad(e) : null } : null;
}

/** Slots follow each other: each starts after the one before it started and ended. */
function overlaps(
  slots: readonly RotationSlot[],
  seen: ReadonlyMap<number, { line: number }>,
): PlanProblem[] {
  const out: PlanProblem[] = [];
  let prev: RotationSlot | null = null;
  for (const s of slots) {
    if (s.start === null) continue;
    if (prev?.start) {
      const prevEnd = prev.end ?? prev.start;
      if (minutesOf(s.start) < minutesOf(prevEnd) || minutesOf(s.start) <= minutesOf(prev.start))
        out.push({
          line: seen.get(s.index)?.line ?? 1,
          message: `slot ${s.index + 1} (${s.start}) overlaps slot ${prev.index + 1} (${prev.start}–${prev.end ?? '…'})`,
        });
    }
    prev = s;
  }
  return out;
}

/** The plan as rows again (for PUT round trips and the CSV of the table). */
export function planRows(plan: RotationPlan, rooms: readonly RotationRoom[]): PlanRow[] {
  const roomById = new Map(rooms.map((r) => [r.id, r]));
  const groupById = new Map(plan.groups.map((g) => [g.id, g]));
  return plan.visits.map((v, i) => {
    const room = roomById.get(v.roomId);
    const slot = plan.slots[v.slot];
    return {
      line: i + 1,
      group: groupById.get(v.groupId)?.name ?? v.groupId,
      slot: String(v.slot + 1),
      location: room?.id ?? v.roomId,
      start: slot?.start ?? null,
      end: slot?.end ?? null,
      address: plan.addresses[v.roomId] ?? null,
    };
  });
}

/**
 * The slot in force (ROT-6): the organizer's "next slot" or the last slot whose start has come
 * (at `minutes` past midnight, event-local), whichever is later; null before the first.
 */
export function currentSlot(plan: RotationPlan, minutes: number | null): number | null {
  let byTime: number | null = null;
  if (minutes !== null)
    for (const s of plan.slots)
      if (s.start !== null && minutesOf(s.start) <= minutes) byTime = s.index;
  if (plan.current === null) return byTime;
  return byTime === null ? plan.current : Math.max(plan.current, byTime);
}

/** Where a group is in a slot, or null (a slot it has no visit in). */
export function visitOf(plan: RotationPlan, groupId: string, slot: number): RotationVisit | null {
  return plan.visits.find((v) => v.groupId === groupId && v.slot === slot) ?? null;
}

/** The problems of a plan already built (a generated one, or one fixed a row at a time). */
export function planProblems(plan: RotationPlan, rooms: readonly RotationRoom[]): PlanProblem[] {
  const rows = planRows(plan, rooms);
  const built = buildPlan(rows, rooms, { shareLocations: plan.shareLocations, newCode: () => '' });
  return built.ok ? [] : built.problems;
}
