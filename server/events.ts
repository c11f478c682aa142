// Creating events with their rooms and first agenda, and the links that hand out roles.
// Setup goes through the same change log as everything else (actor "system").

import { nanoid } from 'nanoid';
import type { Language, RoomKind } from '../shared/model.js';
import { translate } from '../shared/i18n/index.js';
import { defaultWall } from './domain/decide.js';
import type { Actor, DomainEvent } from './domain/types.js';
import { chairSecret, matchesHash, newJoinCode, sha256 } from './secrets.js';
import type { Bus } from './bus/types.js';
import type { EventRecord, RoomRecord, Store } from './store/types.js';

export interface RoomLinks {
  id: string;
  name: string;
  kind: RoomKind;
  joinUrl: string;
  projectorUrl: string;
  /** The speaker's tablet at the lectern: public, read-only (QA-11). */
  speakerUrl: string;
  chairUrl: string;
}

export interface EventLinks {
  id: string;
  code: string;
  name: string;
  language: Language;
  createdAt: number;
  joinUrl: string;
  projectorUrl: string;
  speakerUrl: string;
  chairUrl: string;
  rooms: RoomLinks[];
}

const SYSTEM: Actor = { role: 'system' };

export class EventService {
  constructor(
    private readonly store: Store,
    private readonly hmacKey: string,
    private readonly publicUrl: string,
    private readonly bus?: Bus,
  ) {}

  async create(input: { name: string; language: Language }): Promise<EventLinks> {
    const now = Date.now();
    const id = nanoid(12);
    const plenaryId = nanoid(10);
    for (let attempt = 0; ; attempt++) {
      const code = newJoinCode();
      if (await this.store.getEventByCode(code)) {
        if (attempt > 20) throw new Error('could not find a free join code');
        continue;
      }
      const event: EventRecord = {
        id,
        code,
        name: input.name,
        language: input.language,
        chairKeyHash: sha256(chairSecret(this.hmacKey, id, null, 1)),
        chairKeyVersion: 1,
        createdAt: now,
      };
      const plenary: RoomRecord = {
        id: plenaryId,
        eventId: id,
        name: translate(input.language, 'room.plenary'),
        kind: 'plenary',
        location: null,
        sort: 0,
        chairKeyHash: null,
        chairKeyVersion: 1,
        createdAt: now,
      };
      const wallId = nanoid(10);
      const lang = input.language;
      const setup: DomainEvent[] = [
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
      await this.store.createEvent(
        event,
        [plenary],
        setup.map((e) => ({
          roomId: plenaryId,
          change: { clientId: null, actor: SYSTEM, at: now, event: e },
        })),
      );
      return this.links(event);
    }
  }

  /** The current activity of a room that is not live yet, from its log. */
  async roomState(roomId: string): Promise<{ currentActivityId: string | null } | null> {
    let current: string | null = null;
    for (const c of await this.store.changesSince(roomId, 0)) {
      if (c.event.type === 'activity.shown') current = c.event.activityId;
    }
    return { currentActivityId: current };
  }

  /** Appends setup changes to a room that is not live yet. */
  async system(roomId: string, events: DomainEvent[]): Promise<void> {
    for (const event of events) {
      for (;;) {
        const [last] = (await this.store.changesSince(roomId, 0)).slice(-1);
        const change = { clientId: null, actor: SYSTEM, at: Date.now(), event };
        const res = await this.store.append(roomId, last?.seq ?? 0, change);
        if (res.status === 'conflict') continue;
        // A room that is already live picks the change up from the bus.
        if (res.status === 'ok') await this.bus?.publish({ ...change, roomId, seq: res.seq });
        break;
      }
    }
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
      joinUrl: `${base}/j/${event.code}`,
      projectorUrl: `${base}/p/${event.code}`,
      speakerUrl: `${base}/s/${event.code}`,
      chairUrl: `${base}/c/${event.code}?k=${secret}`,
      rooms: rooms.map((r) => ({
        id: r.id,
        name: r.name,
        kind: r.kind,
        joinUrl: `${base}/j/${event.code}/${r.id}`,
        projectorUrl: `${base}/p/${event.code}/${r.id}`,
        speakerUrl: `${base}/s/${event.code}/${r.id}`,
        chairUrl: `${base}/c/${event.code}/${r.id}?k=${secret}`,
      })),
    };
  }

  /** An event-wide chair secret opens every room; a room secret opens that room only. */
  chairAllowed(event: EventRecord, room: RoomRecord | null, key: string | undefined): boolean {
    if (matchesHash(key, event.chairKeyHash)) return true;
    return room !== null && room.eventId === event.id && matchesHash(key, room.chairKeyHash);
  }
}
