// The registry of live rooms, plus a map of rooms still loading, so two joins never load one
// room twice. Changes from the bus are routed to the loaded room they belong to; notices from
// the bus make this instance do what another one did to its own sockets.

import { logoPath } from '../../shared/brand.js';
import type { EventInfo, Role, RoomOverview } from '../../shared/model.js';
import { visitOverview, type DueVisit } from '../../shared/visit.js';
import { emptyRoomState } from '../domain/apply.js';
import { noticeOverview } from '../domain/notice.js';
import { nanoid } from 'nanoid';
import type { Bus, Notice, PresenceCounts } from '../bus/types.js';
import type { EventRecord, SetupChange, Store } from '../store/types.js';
import type { ChairCredential } from './conn.js';
import { readPlan } from './plan.js';
import { locationName } from '../../shared/rotation.js';
import { groupPlaces, presenceOf } from './presence.js';
import { mapBounded, ROOM_LOADS } from './bounded.js';
import { DEFAULT_TIME_ZONE } from '../../shared/clock.js';
import { LiveRoom, type RoomDeps } from './room.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How often an instance tells the others who is connected to its rooms (several instances). */
export const DEFAULT_PRESENCE_MS = 5000;

export class RoomRegistry {
  private readonly live = new Map<string, LiveRoom>();
  private readonly loading = new Map<string, Promise<LiveRoom | null>>();
  /** Event infos being read for rooms that load, per event (ORG-7). */
  private readonly infoLoading = new Map<string, Promise<EventInfo>>();
  private readonly unsubscribe: () => void;
  /** This instance's name on the bus, for presence notices. */
  private readonly instance = nanoid(10);
  /** The other instances' latest presence: when it arrived and the counts per room. */
  private readonly remote = new Map<
    string,
    { at: number; rooms: Record<string, PresenceCounts> }
  >();
  private readonly presenceMs: number;
  private presenceTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly deps: RoomDeps & {
      store: Store;
      bus: Bus;
      retentionDays?: number;
      presenceMs?: number;
      /** The zone the time plan's times are in (TIME_ZONE, CLOCK-7). */
      timeZone?: string;
      /** The group each location expects in the slot in force, by room id (ROT-13). */
      dueVisits?: (eventId: string) => Promise<Map<string, DueVisit>>;
    },
  ) {
    this.presenceMs = deps.presenceMs ?? DEFAULT_PRESENCE_MS;
    // One instance knows everything already; several tell each other who is where.
    if (deps.bus.kind !== 'memory') {
      this.presenceTimer = setInterval(() => this.announcePresence(), this.presenceMs);
      this.presenceTimer.unref();
    }
    this.unsubscribe = deps.bus.subscribe({
      change: (change) => this.live.get(change.roomId)?.receive(change),
      notice: (notice) => this.onNotice(notice),
      // The bus may have dropped changes while it was away: every live room asks the store.
      resync: () => {
        for (const room of this.live.values()) room.receive(null);
      },
    });
  }

  private announcePresence(): void {
    const rooms: Record<string, PresenceCounts> = {};
    for (const room of this.live.values()) {
      if (room.conns.size > 0) rooms[room.id] = presenceOf(room);
    }
    this.notify({ type: 'presence', instance: this.instance, rooms });
  }

  private onNotice(n: Notice): void {
    if (n.type === 'presence') {
      if (n.instance !== this.instance)
        this.remote.set(n.instance, { at: Date.now(), rooms: n.rooms });
      return;
    }
    if (n.type === 'room.disconnect') {
      this.disconnectHere(n.roomId, n.code, n.reason, n.roles, n.unload, n.credential);
      return;
    }
    if (n.type === 'rotation.changed') return; // server/rotation/service.ts hears it

    this.reloadEventInfo(n.eventId).catch((err: unknown) => {
      this.deps.log?.('event info reload failed', { err: String(err), event: n.eventId });
    });
  }

  /** Tells every instance (this one hears it too, harmlessly). */
  private notify(notice: Notice): void {
    this.deps.bus.notify(notice).catch((err: unknown) => {
      this.deps.log?.('notify failed', { err: String(err), notice: notice.type });
    });
  }

  /** The live room, loading it from the store once; null when it does not exist. */
  get(roomId: string): Promise<LiveRoom | null> {
    const room = this.live.get(roomId);
    if (room) return Promise.resolve(room);
    let pending = this.loading.get(roomId);
    if (!pending) {
      pending = this.load(roomId).finally(() => this.loading.delete(roomId));
      this.loading.set(roomId, pending);
    }
    return pending;
  }

  peek(roomId: string): LiveRoom | undefined {
    return this.live.get(roomId);
  }

  all(): IterableIterator<LiveRoom> {
    return this.live.values();
  }

  private async load(roomId: string): Promise<LiveRoom | null> {
    const { store } = this.deps;
    const rec = await store.getRoom(roomId);
    if (!rec) return null;
    const event = await store.getEvent(rec.eventId);
    if (!event) return null;
    const info = await this.infoFor(event, rec.id);
    const state = emptyRoomState(
      {
        id: rec.id,
        eventId: rec.eventId,
        name: rec.name,
        kind: rec.kind,
        currentActivityId: null,
      },
      event.language,
      this.deps.baseWords,
    );
    const changes = await store.changesSince(roomId, 0);
    const room = LiveRoom.rebuild(state, changes, info, this.deps);
    // Changes committed elsewhere while we loaded are picked up by the next catch-up.
    this.live.set(roomId, room);
    await room.catchUp();
    this.deps.onLoaded?.(room, changes);
    return room;
  }

  /**
   * One change to each of several rooms, all or nothing (NOTICE-10): one store transaction
   * (a room deleted meanwhile fails it whole), then each live room here applies its change and
   * the bus takes it to the other instances. Throws when nothing was stored.
   */
  async commitToRooms(items: SetupChange[]): Promise<void> {
    const seqs = await this.deps.store.appendToRooms(items);
    for (const [i, { roomId, change }] of items.entries()) {
      const committed = { ...change, roomId, seq: seqs[i]! };
      this.live.get(roomId)?.receive(committed);
      this.deps.bus.publish(committed).catch(() => undefined);
    }
  }

  /**
   * The event info for a room being loaded. A live room of the same event holds it, kept
   * current by event.changed: loading 600 rooms must not list the event's 600 rooms 600 times.
   * Rooms loading at the same moment, before any is live, share one read (ORG-7). A room added
   * just now may be in neither: then the info is read afresh.
   */
  private async infoFor(event: EventRecord, roomId: string): Promise<EventInfo> {
    const has = (info: EventInfo | null | undefined) => info?.rooms.some((r) => r.id === roomId);
    const known = this.liveEventInfo(event.id);
    if (known && has(known)) return known;
    const pending = this.infoLoading.get(event.id);
    if (pending) {
      const shared = await pending;
      if (has(shared)) return shared;
    }
    const fresh: Promise<EventInfo> = this.eventInfo(event).finally(() => {
      if (this.infoLoading.get(event.id) === fresh) this.infoLoading.delete(event.id);
    });
    this.infoLoading.set(event.id, fresh);
    return fresh;
  }

  private liveEventInfo(eventId: string): EventInfo | null {
    for (const room of this.live.values())
      if (room.state.room.eventId === eventId) return room.event;
    return null;
  }

  async eventInfo(event: EventRecord): Promise<EventInfo> {
    const rooms = await this.deps.store.listRooms(event.id);
    const plan = await readPlan(this.deps.store, event.id);
    return {
      id: event.id,
      code: event.code,
      name: event.name,
      language: event.language,
      rooms: rooms.map((r) => ({
        id: r.id,
        name: r.name,
        kind: r.kind,
        location: r.location,
        arrangement: r.arrangement,
      })),
      deleteAt:
        event.endsAt === null ? null : event.endsAt + (this.deps.retentionDays ?? 30) * DAY_MS,
      accentColor: event.accentColor,
      projectorTheme: event.projectorTheme ?? 'dark',
      logoUrl: event.logoHash ? logoPath(event.code, event.logoHash) : null,
      ...(plan.length ? { plan } : {}),
      timeZone: this.deps.timeZone ?? DEFAULT_TIME_ZONE,
    };
  }

  /** After rooms were added or the event changed: live rooms on every instance pick up the new event info. */
  async refreshEventInfo(eventId: string): Promise<void> {
    await this.reloadEventInfo(eventId);
    this.notify({ type: 'event.changed', eventId });
  }

  private async reloadEventInfo(eventId: string): Promise<void> {
    const event = await this.deps.store.getEvent(eventId);
    if (!event) return;
    const info = await this.eventInfo(event);
    for (const room of this.live.values())
      if (room.state.room.eventId === eventId) room.setEvent(info);
  }

  /** Who is connected to a room on this instance and, as they last said, on the others. */
  private presenceEverywhere(room: LiveRoom, roomId: string): PresenceCounts {
    const connected = presenceOf(room);
    // Other instances' counts, if they spoke within three announcement periods.
    for (const [instance, seen] of this.remote) {
      if (Date.now() - seen.at > 3 * this.presenceMs) {
        this.remote.delete(instance);
        continue;
      }
      const there = seen.rooms[roomId];
      if (!there) continue;
      connected.participants += there.participants;
      connected.chairs += there.chairs;
      connected.projectors += there.projectors;
      for (const [g, n] of Object.entries(there.groups ?? {}))
        (connected.groups ??= {})[g] = (connected.groups?.[g] ?? 0) + n;
    }
    return connected;
  }

  /** Every room of an event at a glance: who is there, what waits, what is on screen. */
  async overview(event: EventRecord): Promise<RoomOverview[]> {
    const out: RoomOverview[] = [];
    const due = (await this.deps.dueVisits?.(event.id)) ?? new Map<string, DueVisit>();
    const recs = await this.deps.store.listRooms(event.id);
    // Rooms not yet loaded load ROOM_LOADS at a time (ORG-7): one by one, a cold open of
    // 600 rooms waits for 600 round trips in a row.
    const rooms = await mapBounded(recs, ROOM_LOADS, (rec) => this.get(rec.id));
    const counts = new Map<string, PresenceCounts>();
    for (const [i, rec] of recs.entries()) {
      const room = rooms[i];
      if (room) counts.set(rec.id, this.presenceEverywhere(room, rec.id));
    }
    const placeOf = groupPlaces(counts, new Map(recs.map((r) => [r.id, locationName(r)])));
    for (const [i, rec] of recs.entries()) {
      const room = rooms[i];
      if (!room) continue;
      const { groups: _groups, ...connected } = counts.get(rec.id)!;
      const dueHere = due.get(rec.id);
      let statements = 0;
      let pending = 0;
      for (const st of room.state.statements.values()) {
        statements++;
        if (st.status === 'pending') pending++;
      }
      const currentId = room.state.room.currentActivityId;
      const current = currentId ? room.state.activities.get(currentId) : undefined;
      out.push({
        id: rec.id,
        name: rec.name,
        kind: rec.kind,
        location: rec.location,
        arrangement: rec.arrangement,
        chairName: rec.chairName,
        connected,
        statements,
        pending,
        lastChangeAt: room.lastChangeAt,
        current: current ? { id: current.id, kind: current.kind, title: current.title } : null,
        notice: noticeOverview(room.state),
        activeNotice: room.state.room.notice ?? null,
        ...(room.state.room.timer ? { timer: room.state.room.timer } : {}),
        ...visitOverview(
          room.state.room.visit ?? null,
          dueHere,
          dueHere ? placeOf(rec.id, dueHere.groupId) : undefined,
        ),
      });
    }
    return out;
  }

  /**
   * Closes the sockets of a room (with these roles; null: all) on every instance and, when
   * asked, unloads it. Returns how many closed here.
   */
  disconnect(
    roomId: string,
    code: number,
    reason: string,
    roles: Role[] | null = null,
    unload = false,
    credential?: ChairCredential,
  ): number {
    const n = this.disconnectHere(roomId, code, reason, roles, unload, credential);
    this.notify({
      type: 'room.disconnect',
      roomId,
      code,
      reason,
      roles,
      unload,
      ...(credential ? { credential } : {}),
    });
    return n;
  }

  private disconnectHere(
    roomId: string,
    code: number,
    reason: string,
    roles: Role[] | null,
    unload: boolean,
    credential?: ChairCredential,
  ): number {
    const room = this.live.get(roomId);
    if (!room) return 0;
    let n = 0;
    for (const c of [...room.conns]) {
      if (roles && !roles.includes(c.role)) continue;
      if (credential && c.credential !== credential) continue;
      room.leave(c);
      c.close(code, reason);
      n++;
    }
    if (unload) {
      room.close();
      this.live.delete(roomId);
    }
    return n;
  }

  /** Drops rooms nobody is connected to, keeping memory bounded over a long day. */
  evictIdle(): number {
    let n = 0;
    for (const [id, room] of this.live) {
      // A room whose timer runs stays, so it acts at zero even with nobody connected (CLOCK-4).
      if (room.conns.size === 0 && room.state.room.timer?.status !== 'running') {
        room.close();
        this.live.delete(id);
        n++;
      }
    }
    return n;
  }

  close(): void {
    if (this.presenceTimer) clearInterval(this.presenceTimer);
    this.unsubscribe();
    for (const room of this.live.values()) room.close();
    this.live.clear();
  }
}
