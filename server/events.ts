// Creating events with their rooms and first agenda, and the links that hand out roles.
// Setup goes through the same change log as everything else (actor "system").

import { nanoid } from 'nanoid';
import type { ChairCredential } from './rooms/conn.js';
import { logoPath, type ProjectorTheme } from '../shared/brand.js';
import type { EventLinks, RoomLinks } from '../shared/api-types.js';
import type { Language, RoomKind } from '../shared/model.js';
import { translate } from '../shared/i18n/index.js';
import { emptyRoomState } from './domain/apply.js';
import { defaultWall } from './domain/decide.js';
import {
  planActivities,
  templateSpecs,
  type ActivitySpec,
  type TemplateName,
} from './domain/setup.js';
import type { Actor, DomainEvent, Result } from './domain/types.js';
import { ok } from './domain/types.js';
import { timingSafeEqual } from 'node:crypto';
import { chairSecret, matchesHash, newJoinCode, sha256, speakerSecret } from './secrets.js';
import type { Bus } from './bus/types.js';
import { appendWithRetry, type AppendTarget } from './rooms/commit.js';
import type { RoomInput } from './rooms-import.js';
import type { EventRecord, RoomRecord, SetupChange, Store } from './store/types.js';

// The links' shapes are the HTTP API's answers, shared with the client.
export type { EventLinks, RoomLinks };

const SYSTEM: Actor = { role: 'system' };
const DAY_MS = 24 * 60 * 60 * 1000;

/** An event's setup as read from its JSON export (routes/import.ts checks the file). */
export interface ImportedEvent {
  name: string;
  language: Language;
  accentColor: string | null;
  projectorTheme: ProjectorTheme | null;
  rooms: {
    name: string;
    kind: RoomKind;
    location: string | null;
    arrangement: string | null;
    chairName: string | null;
    activities: ActivitySpec[];
    /** The index of the activity on screen, or null. */
    show: number | null;
  }[];
}

export class EventService {
  constructor(
    private readonly store: Store,
    private readonly hmacKey: string,
    private readonly publicUrl: string,
    private readonly bus?: Bus,
  ) {}

  async create(input: {
    name: string;
    language: Language;
    endsAt?: number | null;
  }): Promise<EventLinks> {
    const now = Date.now();
    const event = await this.newEvent({
      name: input.name,
      language: input.language,
      createdAt: now,
      // Unless told otherwise an event ends a day after it was made (see RETENTION_DAYS).
      endsAt: input.endsAt ?? now + DAY_MS,
      accentColor: null,
      projectorTheme: null,
    });
    const plenary = this.roomRecord(event, translate(input.language, 'room.plenary'), 'plenary', 0);
    await this.store.createEvent(event, [plenary], this.firstAgenda(event, plenary.id, now));
    return this.links(event);
  }

  /** A new event's record, with a join code no other event has and its first chair secret. */
  private async newEvent(
    fields: Pick<
      EventRecord,
      'name' | 'language' | 'createdAt' | 'endsAt' | 'accentColor' | 'projectorTheme'
    >,
  ): Promise<EventRecord> {
    const id = nanoid(12);
    let code = newJoinCode();
    for (let attempt = 0; await this.store.getEventByCode(code); attempt++) {
      if (attempt > 20) throw new Error('could not find a free join code');
      code = newJoinCode();
    }
    return {
      id,
      code,
      ...fields,
      chairKeyHash: sha256(chairSecret(this.hmacKey, id, null, 1)),
      chairKeyVersion: 1,
      logoHash: null,
    };
  }

  /** Adds rooms (parallel sessions, tables) with their own chair link and a first wall. */
  async addRooms(event: EventRecord, inputs: RoomInput[]): Promise<RoomRecord[]> {
    const existing = await this.store.listRooms(event.id);
    const now = Date.now();
    const sort = existing.reduce((m, r) => Math.max(m, r.sort), 0);
    const rooms = inputs.map((input, i) => ({
      ...this.roomRecord(event, input.name, 'room' as const, sort + 1 + i),
      location: input.location,
      arrangement: input.arrangement,
      chairName: input.chairName,
    }));
    const setup: SetupChange[] = [];
    rooms.forEach((r, i) => {
      const template = inputs[i]?.template ?? null;
      setup.push(
        ...(template
          ? this.templateAgenda(event, r, template, now)
          : this.firstAgenda(event, r.id, now)),
      );
    });
    await this.store.addRooms(rooms, setup);
    return rooms;
  }

  /** A new room's agenda from a template (ROOM-7), its first activity on screen. */
  private templateAgenda(
    event: EventRecord,
    room: RoomRecord,
    template: TemplateName,
    at: number,
  ): SetupChange[] {
    const planned = this.planRoom(event, room, templateSpecs(template, event.language), 0);
    // The templates are ours and always valid; a failure here is a bug, not bad input.
    if (!planned.ok) throw new Error(`template ${template}: ${planned.error.message}`);
    return planned.value.map((e) => ({
      roomId: room.id,
      change: { clientId: null, actor: SYSTEM, at, event: e },
    }));
  }

  /**
   * The setup changes of a new room with these activities, the one at `show` (an index, or
   * null for none) on screen. Fails when an activity is not one a chair could make.
   */
  private planRoom(
    event: EventRecord,
    room: RoomRecord,
    specs: readonly ActivitySpec[],
    show: number | null,
  ): Result<DomainEvent[]> {
    const state = emptyRoomState(
      { id: room.id, eventId: event.id, name: room.name, kind: room.kind, currentActivityId: null },
      event.language,
    );
    const planned = planActivities(state, specs, () => nanoid(10));
    if (!planned.ok) return planned;
    const events: DomainEvent[] = [...planned.value];
    const shown = show === null ? undefined : planned.value[show];
    if (shown) events.push({ type: 'activity.shown', activityId: shown.activity.id });
    return ok(events);
  }

  /**
   * Recreates an event's setup (EXPORT-5): a new event, with a new code and new chair links,
   * holding the given rooms in order, each with its activities and the same one on screen.
   * Everything is checked before anything is stored, and it is stored in one transaction.
   */
  async importEvent(input: ImportedEvent): Promise<Result<EventLinks>> {
    const now = Date.now();
    const event = await this.newEvent({
      name: input.name,
      language: input.language,
      createdAt: now,
      endsAt: now + DAY_MS,
      accentColor: input.accentColor,
      projectorTheme: input.projectorTheme,
    });
    const rooms: RoomRecord[] = [];
    const setup: SetupChange[] = [];
    for (const [i, r] of input.rooms.entries()) {
      const room: RoomRecord = {
        ...this.roomRecord(event, r.name, r.kind, i),
        location: r.location,
        arrangement: r.arrangement,
        chairName: r.chairName,
      };
      const planned = this.planRoom(event, room, r.activities, r.show);
      if (!planned.ok) {
        return {
          ok: false,
          error: { ...planned.error, message: `room "${r.name}", ${planned.error.message}` },
        };
      }
      rooms.push(room);
      for (const e of planned.value) {
        setup.push({
          roomId: room.id,
          change: { clientId: null, actor: SYSTEM, at: now, event: e },
        });
      }
    }
    await this.store.createEvent(event, rooms, setup);
    return ok(await this.links(event));
  }

  private roomRecord(event: EventRecord, name: string, kind: RoomKind, sort: number): RoomRecord {
    const id = nanoid(10);
    return {
      id,
      eventId: event.id,
      name,
      kind,
      location: null,
      arrangement: null,
      chairName: null,
      sort,
      chairKeyHash: sha256(chairSecret(this.hmacKey, event.id, id, 1)),
      chairKeyVersion: 1,
      createdAt: Date.now(),
    };
  }

  /** Every room starts with a hartenkreet wall on screen. */
  private firstAgenda(event: EventRecord, roomId: string, at: number): SetupChange[] {
    const wallId = nanoid(10);
    const lang = event.language;
    const events: DomainEvent[] = [
      {
        type: 'activity.created',
        activity: {
          id: wallId,
          kind: 'wall',
          title: translate(lang, 'wall.title.default'),
          order: 0,
          config: defaultWall(lang),
        },
      },
      { type: 'activity.shown', activityId: wallId },
    ];
    return events.map((e) => ({ roomId, change: { clientId: null, actor: SYSTEM, at, event: e } }));
  }

  /**
   * Revokes a chair link (the event's, or one room's) and returns the new secret. Sockets that
   * came in with the old one are closed by the caller.
   */
  async regenerateChairKey(event: EventRecord, room: RoomRecord | null): Promise<string> {
    const version = (room ? room.chairKeyVersion : event.chairKeyVersion) + 1;
    const secret = chairSecret(this.hmacKey, event.id, room?.id ?? null, version);
    await this.store.setChairKey(event.id, room?.id ?? null, sha256(secret), version);
    return secret;
  }

  /** The current activity of a room that is not live yet, from its log. */
  async roomState(roomId: string): Promise<{ currentActivityId: string | null } | null> {
    let current: string | null = null;
    for (const c of await this.store.changesSince(roomId, 0)) {
      if (c.event.type === 'activity.shown') current = c.event.activityId;
    }
    return { currentActivityId: current };
  }

  /**
   * Appends setup changes (actor system) to a room that is not live yet, through the same
   * append-with-retry as a live room's commands: a lost race reads what was committed since and
   * tries again, until the deadline.
   */
  async appendSetup(roomId: string, events: DomainEvent[]): Promise<void> {
    let seq = 0;
    const target: AppendTarget = {
      store: this.store,
      roomId,
      seq: () => seq,
      catchUp: async () => {
        const [last] = (await this.store.changesSince(roomId, seq)).slice(-1);
        seq = last?.seq ?? seq;
      },
    };
    await target.catchUp();
    for (const event of events) {
      const out = await appendWithRetry(target, () => [
        { clientId: null, actor: SYSTEM, at: Date.now(), event },
      ]);
      if (out.status === 'busy') throw new Error(`room ${roomId} too busy: setup not stored`);
      if (out.status !== 'ok') continue;
      seq = out.firstSeq;
      // A room that is already live picks the change up from the bus.
      await this.bus?.publish({ ...out.changes[0]!, roomId, seq });
    }
  }

  roomLinks(event: EventRecord, r: RoomRecord): RoomLinks {
    const base = this.publicUrl;
    // Rooms made before room secrets existed fall back to the event's chair secret.
    const secret = r.chairKeyHash
      ? chairSecret(this.hmacKey, event.id, r.id, r.chairKeyVersion)
      : chairSecret(this.hmacKey, event.id, null, event.chairKeyVersion);
    return {
      id: r.id,
      name: r.name,
      kind: r.kind,
      location: r.location,
      arrangement: r.arrangement,
      chairName: r.chairName,
      joinUrl: `${base}/j/${event.code}/${r.id}`,
      projectorUrl: `${base}/p/${event.code}/${r.id}`,
      speakerUrl: `${base}/s/${event.code}/${r.id}?k=${this.speakerKey(event, r)}`,
      chairUrl: `${base}/c/${event.code}/${r.id}?k=${secret}`,
    };
  }

  async links(event: EventRecord): Promise<EventLinks> {
    const base = this.publicUrl;
    const secret = chairSecret(this.hmacKey, event.id, null, event.chairKeyVersion);
    const rooms = await this.store.listRooms(event.id);
    return {
      id: event.id,
      code: event.code,
      name: event.name,
      language: event.language,
      createdAt: event.createdAt,
      endsAt: event.endsAt,
      accentColor: event.accentColor,
      projectorTheme: event.projectorTheme ?? 'dark',
      logoUrl: event.logoHash ? logoPath(event.code, event.logoHash) : null,
      joinUrl: `${base}/j/${event.code}`,
      projectorUrl: `${base}/p/${event.code}`,
      speakerUrl: `${base}/s/${event.code}`,
      chairUrl: `${base}/c/${event.code}?k=${secret}`,
      rooms: rooms.map((r) => this.roomLinks(event, r)),
    };
  }

  /** An event-wide chair secret opens every room; a room secret opens that room only. */
  chairAllowed(event: EventRecord, room: RoomRecord | null, key: string | undefined): boolean {
    return this.chairCredential(event, room, key) !== null;
  }

  /** The speaker link's secret of a room (DECK-7), at the room's chair link version. */
  speakerKey(event: EventRecord, r: RoomRecord): string {
    const version = r.chairKeyHash ? r.chairKeyVersion : event.chairKeyVersion;
    return speakerSecret(this.hmacKey, event.id, r.id, version);
  }

  /** Whether the key is this room's speaker secret (constant time). */
  speakerAllowed(event: EventRecord, r: RoomRecord, key: string): boolean {
    const want = Buffer.from(this.speakerKey(event, r), 'utf8');
    const got = Buffer.from(key, 'utf8');
    return want.length === got.length && timingSafeEqual(want, got);
  }

  /** Which chair link the key is: the event's, the room's, or neither (ROOM-4). */
  chairCredential(
    event: EventRecord,
    room: RoomRecord | null,
    key: string | undefined,
  ): ChairCredential | null {
    if (matchesHash(key, event.chairKeyHash)) return 'event';
    if (room !== null && room.eventId === event.id && matchesHash(key, room.chairKeyHash)) {
      return 'room';
    }
    return null;
  }
}
