// What the store tests build on: every backend with fresh databases (connections closed after
// each test), and records of an event, a room and a change to store.

import { nanoid } from 'nanoid';
import { afterAll, afterEach } from 'vitest';
import type { Actor, DomainEvent } from '../../server/domain/types.js';
import type { EventRecord, NewChange, RoomRecord, Store } from '../../server/store/types.js';
import { storeBackends, type StoreBackend } from './store-backends.js';

/** The backends, and `freshStores`: n connections to one new, empty database of a backend. */
export async function useStores() {
  const { backends, dispose } = await storeBackends();
  afterAll(dispose);
  const opened: Store[] = [];
  afterEach(async () => {
    for (const s of opened.splice(0)) await s.close().catch(() => undefined);
  });
  async function freshStores(backend: StoreBackend, n = 1): Promise<Store[]> {
    const db = await backend.fresh();
    const stores: Store[] = [];
    for (let i = 0; i < n; i++) stores.push(await db.open());
    opened.push(...stores);
    return stores;
  }
  return { backends, freshStores, opened };
}

export const event = (over: Partial<EventRecord> = {}): EventRecord => ({
  id: nanoid(12),
  code: nanoid(6).toUpperCase(),
  name: 'Ronde tafel',
  language: 'nl',
  chairKeyHash: 'a'.repeat(64),
  chairKeyVersion: 1,
  createdAt: Date.now(),
  endsAt: null,
  accentColor: null,
  projectorTheme: null,
  logoHash: null,
  ...over,
});

/** Sort 0 is the plenary; others are tables with a hall. */
export const room = (eventId: string, sort = 0, over: Partial<RoomRecord> = {}): RoomRecord => ({
  id: nanoid(10),
  eventId,
  name: sort === 0 ? 'Plenair' : `Tafel ${sort}`,
  kind: sort === 0 ? 'plenary' : 'room',
  location: sort === 0 ? null : `zaal ${sort}`,
  arrangement: null,
  chairName: null,
  sort,
  chairKeyHash: null,
  chairKeyVersion: 1,
  createdAt: Date.now(),
  ...over,
});

export const SYSTEM: Actor = { role: 'system' };
export const shown = (activityId: string | null): DomainEvent => ({
  type: 'activity.shown',
  activityId,
});
export const change = (
  clientId: string | null,
  ev: DomainEvent = shown(null),
  actor = SYSTEM,
): NewChange => ({
  clientId,
  actor,
  at: Date.now(),
  event: ev,
});

/** An event with one plenary room at seq 0. */
export async function seeded(store: Store) {
  const e = event();
  const r = room(e.id);
  await store.createEvent(e, [r]);
  return { e, r };
}
