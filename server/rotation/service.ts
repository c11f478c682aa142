// The rotation plan at run time (ROT-5, ROT-6): which location a group is at now, the phones
// that travel with each group on this instance, and the slot change that moves them. A slot
// change is one `visit` frame per group, serialised once and written to that group's sockets;
// every instance hears of it on the bus (`rotation.changed`) and moves its own sockets.

import { customAlphabet } from 'nanoid';
import { CODE_ALPHABET, normalizeCode } from '../../shared/limits.js';
import type {
  RotationMessage,
  VisitMessage,
  VisitStart,
  VisitView,
} from '../../shared/protocol.js';
import {
  currentSlot,
  locationName,
  minutesOf,
  visitOf,
  type RotationPlan,
} from '../../shared/rotation.js';
import { plannedVisits, type DueVisit } from '../../shared/visit.js';
import type { Bus } from '../bus/types.js';
import type { Conn } from '../rooms/conn.js';
import type { RoomRecord, Store } from '../store/types.js';
import { checkVisitStart, type VisitCheck } from './visit-check.js';

/** A group's join code: 8 characters without look-alikes, apart from the 6 of an event code. */
export const newGroupCode = customAlphabet(CODE_ALPHABET, 8);

export interface RotationDeps {
  store: Store;
  bus: Bus;
  /** The event's zone, for slots by time (TIME_ZONE). */
  timeZone: string;
  /** The clock; tests may set it. */
  now?: () => number;
  log?: (msg: string, extra?: Record<string, unknown>) => void;
}

/** Minutes past midnight of `ms` in `timeZone`. */
export function minutesIn(timeZone: string, ms: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(ms);
  return minutesOf(parts);
}

interface Loaded {
  plan: RotationPlan | null;
  rooms: RoomRecord[];
}

export class RotationService {
  /** Plans read from the store, per event; dropped when any instance changes one. */
  private readonly cache = new Map<string, Promise<Loaded>>();
  /** The traveling sockets on this instance: event → group → sockets. */
  private readonly travelers = new Map<string, Map<string, Set<Conn>>>();
  /** The chairs' sockets on this instance: event → socket → its room (ROT-32). */
  private readonly chairs = new Map<string, Map<Conn, string>>();
  /** The slot each event's travelers were last sent, so a timer fires only at a real change. */
  private readonly sent = new Map<string, number>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly unsubscribe: () => void;

  constructor(private readonly deps: RotationDeps) {
    this.unsubscribe = deps.bus.subscribe({
      change: () => undefined,
      notice: (n) => {
        if (n.type !== 'rotation.changed') return;
        this.cache.delete(n.eventId);
        void this.announce(n.eventId);
      },
    });
  }

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  private load(eventId: string): Promise<Loaded> {
    let hit = this.cache.get(eventId);
    if (!hit) {
      hit = Promise.all([
        this.deps.store.getRotation(eventId),
        this.deps.store.listRooms(eventId),
      ]).then(([plan, rooms]) => ({ plan, rooms }));
      hit.catch(() => this.cache.delete(eventId));
      this.cache.set(eventId, hit);
    }
    return hit;
  }

  /** A chair's visit start checked against the plan, with the plan's name for the group (ROT-34). */
  async checkStart(eventId: string, roomId: string, cmd: VisitStart): Promise<VisitCheck> {
    const { plan, rooms } = await this.load(eventId);
    return checkVisitStart(plan, rooms, roomId, cmd);
  }

  async plan(eventId: string): Promise<RotationPlan | null> {
    return (await this.load(eventId)).plan;
  }

  /** The slot in force now: the organizer's, or by the slots' times; the first before any. */
  slotOf(plan: RotationPlan): number {
    return currentSlot(plan, minutesIn(this.deps.timeZone, this.now())) ?? 0;
  }

  /** The group a join code names in this event, or null. */
  async groupOf(eventId: string, code: string): Promise<string | null> {
    const found = await this.deps.store.groupByCode(normalizeCode(code));
    return found && found.eventId === eventId ? found.groupId : null;
  }

  /** Where the group is in the slot in force; null when it has no visit then. */
  async visit(eventId: string, groupId: string): Promise<VisitView | null> {
    const { plan, rooms } = await this.load(eventId);
    if (!plan) return null;
    return this.visitIn(plan, rooms, groupId, this.slotOf(plan));
  }

  private visitIn(
    plan: RotationPlan,
    rooms: RoomRecord[],
    groupId: string,
    slot: number,
  ): VisitView | null {
    const group = plan.groups.find((g) => g.id === groupId);
    const visit = visitOf(plan, groupId, slot);
    const room = visit && rooms.find((r) => r.id === visit.roomId);
    if (!group || !room) return null;
    return {
      groupId,
      groupName: group.name,
      groupNumber: group.number,
      slot,
      slots: plan.slots.length,
      roomId: room.id,
      location: locationName(room),
      address: plan.addresses[room.id] ?? null,
      start: plan.slots[slot]?.start ?? null,
      end: plan.slots[slot]?.end ?? null,
    };
  }

  /** Each location's group in the slot in force, by room id (ROT-13); empty without a plan. */
  async due(eventId: string): Promise<Map<string, DueVisit>> {
    const out = new Map<string, DueVisit>();
    const { plan } = await this.load(eventId);
    if (!plan) return out;
    const slot = this.slotOf(plan);
    const groups = new Map(plan.groups.map((g) => [g.id, g]));
    for (const v of plan.visits) {
      const g = groups.get(v.groupId);
      if (v.slot === slot && g) out.set(v.roomId, { groupId: g.id, groupName: g.name, slot });
    }
    return out;
  }

  /** Replaces the plan (null removes it) and moves every traveler, on every instance. */
  async save(eventId: string, plan: RotationPlan | null): Promise<void> {
    await this.deps.store.putRotation(eventId, plan);
    this.cache.delete(eventId);
    await this.deps.bus.notify({ type: 'rotation.changed', eventId });
  }

  /** A socket that travels with its group, from its welcome until it closes. */
  track(eventId: string, groupId: string, conn: Conn, visit: VisitView | null): void {
    let groups = this.travelers.get(eventId);
    if (!groups) this.travelers.set(eventId, (groups = new Map()));
    let conns = groups.get(groupId);
    if (!conns) groups.set(groupId, (conns = new Set()));
    conns.add(conn);
    if (visit) conn.send(JSON.stringify({ type: 'visit', seq: 0, visit } satisfies VisitMessage));
    if (visit) this.sent.set(eventId, visit.slot);
    void this.arm(eventId);
  }

  untrack(eventId: string, groupId: string, conn: Conn): void {
    const groups = this.travelers.get(eventId);
    const conns = groups?.get(groupId);
    if (!groups || !conns) return;
    conns.delete(conn);
    if (conns.size === 0) groups.delete(groupId);
    if (groups.size === 0) this.travelers.delete(eventId);
    this.idle(eventId);
  }

  /** A chair's socket in a room: it hears the room's visits by the plan at every change (ROT-32). */
  watch(eventId: string, roomId: string, conn: Conn): void {
    let conns = this.chairs.get(eventId);
    if (!conns) this.chairs.set(eventId, (conns = new Map()));
    conns.set(conn, roomId);
    void this.arm(eventId);
  }

  unwatch(eventId: string, conn: Conn): void {
    const conns = this.chairs.get(eventId);
    if (!conns?.delete(conn)) return;
    if (conns.size === 0) this.chairs.delete(eventId);
    this.idle(eventId);
  }

  /** Nobody of the event left on this instance: no timer for it. */
  private idle(eventId: string): void {
    if (this.travelers.has(eventId) || this.chairs.has(eventId)) return;
    this.sent.delete(eventId);
    clearTimeout(this.timers.get(eventId));
    this.timers.delete(eventId);
  }

  /**
   * Tells this instance's travelers of the event where their group is now (one frame per
   * group) and its chairs their location's visits (one frame per location).
   */
  async announce(eventId: string): Promise<void> {
    const groups = this.travelers.get(eventId);
    const chairs = this.chairs.get(eventId);
    if (!groups && !chairs) return;
    const { plan, rooms } = await this.load(eventId);
    const slot = plan ? this.slotOf(plan) : 0;
    const frames = new Map<string, string>();
    for (const [conn, roomId] of chairs ?? []) {
      let frame = frames.get(roomId);
      if (frame === undefined) {
        const visits = plannedVisits(plan, roomId, slot);
        frame = JSON.stringify({ type: 'rotation', seq: 0, visits } satisfies RotationMessage);
        frames.set(roomId, frame);
      }
      conn.send(frame);
    }
    if (!plan) return;
    this.sent.set(eventId, slot);
    for (const [groupId, conns] of groups ?? []) {
      const visit = this.visitIn(plan, rooms, groupId, slot);
      if (!visit) continue;
      const frame = JSON.stringify({ type: 'visit', seq: 0, visit } satisfies VisitMessage);
      for (const c of conns) c.send(frame);
    }
    await this.arm(eventId);
  }

  /** A timer for the next slot's start, while this instance has travelers of the event. */
  private async arm(eventId: string): Promise<void> {
    clearTimeout(this.timers.get(eventId));
    this.timers.delete(eventId);
    if (!this.travelers.has(eventId) && !this.chairs.has(eventId)) return;
    const { plan } = await this.load(eventId);
    if (!plan) return;
    const now = this.now();
    const minutes = minutesIn(this.deps.timeZone, now);
    const next = plan.slots.find((s) => s.start !== null && minutesOf(s.start) > minutes);
    if (!next?.start) return;
    // To the start of that minute, from the start of this one.
    const wait = (minutesOf(next.start) - minutes) * 60_000 - (now % 60_000);
    const timer = setTimeout(
      () => {
        this.timers.delete(eventId);
        const sent = this.sent.get(eventId);
        if (sent !== this.slotOf(plan)) void this.announce(eventId);
        else void this.arm(eventId);
      },
      Math.max(0, wait),
    );
    timer.unref();
    this.timers.set(eventId, timer);
  }

  /** The organizer's "next slot": the slot after the one in force (ROT-6). */
  async next(eventId: string, to?: number): Promise<RotationPlan | null> {
    this.cache.delete(eventId);
    const plan = await this.plan(eventId);
    if (!plan) return null;
    const slot = to ?? this.slotOf(plan) + 1;
    const moved = { ...plan, current: Math.max(0, Math.min(slot, plan.slots.length - 1)) };
    await this.save(eventId, moved);
    return moved;
  }

  close(): void {
    this.unsubscribe();
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
