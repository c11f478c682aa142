// The event's time plan (CLOCK-6), kept as one setting per event: `plan:<eventId>`, JSON.

import type { PlanItem } from '../../shared/clock.js';
import type { Store } from '../store/types.js';

const key = (eventId: string) => `plan:${eventId}`;

export async function readPlan(store: Store, eventId: string): Promise<PlanItem[]> {
  const raw = await store.getSetting(key(eventId));
  if (!raw) return [];
  try {
    const items = JSON.parse(raw) as unknown;
    return Array.isArray(items) ? (items as PlanItem[]) : [];
  } catch {
    return [];
  }
}

/**
 * Replaces the plan. An empty plan is stored as empty when there was one (the event's deletion
 * empties it too); an event that never had a plan gets no setting at all.
 */
export async function writePlan(store: Store, eventId: string, items: PlanItem[]): Promise<void> {
  if (!items.length && !(await store.getSetting(key(eventId)))) return;
  await store.putSetting(key(eventId), items.length ? JSON.stringify(items) : '');
}
