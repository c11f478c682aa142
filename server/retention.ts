// Privacy by default (AVG): an event and everything in it is deleted RETENTION_DAYS after it
// ends. Runs at start and every hour; deleting is idempotent, so several instances may run it.

import type { RoomRegistry } from './rooms/registry.js';
import { deleteEvent } from './routes/api-rooms.js';
import type { Store } from './store/types.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export async function deleteExpired(
  store: Store,
  registry: RoomRegistry,
  retentionDays: number,
  now = Date.now(),
): Promise<number> {
  let n = 0;
  for (const event of await store.endedBefore(now - retentionDays * DAY_MS)) {
    if (await deleteEvent({ store, registry }, event.id)) n++;
  }
  return n;
}
