// The single-process bus: the room that committed a change has already applied it, so this
// only matters for other subscribers (tests, the organizer overview).

import type { Bus, ChangeHandler } from './types.js';

export function createMemoryBus(): Bus {
  const handlers = new Set<ChangeHandler>();
  return {
    kind: 'memory',
    async publish(change) {
      for (const h of handlers) h(change);
    },
    subscribe(handler) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
    async ping() {},
    async close() {
      handlers.clear();
    },
  };
}
