// The single-process bus: the room that committed a change has already applied it, so this
// only matters for other subscribers (tests, the organizer overview). Buses connected to one
// hub behave like instances sharing a broker, which lets one suite test every bus.

import type { Change } from '../domain/types.js';
import type { Bus, ChangeHandler } from './types.js';

export interface MemoryHub {
  connect(): Bus;
}

export function createMemoryHub(): MemoryHub {
  const instances = new Set<Set<ChangeHandler>>();
  const deliver = (change: Change) => {
    for (const handlers of instances) {
      for (const h of handlers) {
        try {
          h(change);
        } catch {
          // One failing subscriber must not keep the change from the others.
        }
      }
    }
  };
  return {
    connect() {
      const handlers = new Set<ChangeHandler>();
      instances.add(handlers);
      let closed = false;
      return {
        kind: 'memory',
        async publish(change) {
          if (closed) throw new Error('the bus is closed');
          deliver(change);
        },
        subscribe(handler) {
          handlers.add(handler);
          return () => handlers.delete(handler);
        },
        async ping() {
          if (closed) throw new Error('the bus is closed');
        },
        async close() {
          closed = true;
          handlers.clear();
          instances.delete(handlers);
        },
      };
    },
  };
}

export function createMemoryBus(): Bus {
  return createMemoryHub().connect();
}
