// The single-process bus: the room that committed a change has already applied it, so this
// only matters for other subscribers (tests, the organizer overview). Buses connected to one
// hub behave like instances sharing a broker, which lets one suite test every bus.

import type { Bus, Subscriber } from './types.js';

export interface MemoryHub {
  connect(): Bus;
}

export function createMemoryHub(): MemoryHub {
  const instances = new Set<Set<Subscriber>>();
  const deliver = (send: (s: Subscriber) => void) => {
    for (const subscribers of instances) {
      for (const s of subscribers) {
        try {
          send(s);
        } catch {
          // One failing subscriber must not keep the message from the others.
        }
      }
    }
  };
  return {
    connect() {
      const subscribers = new Set<Subscriber>();
      instances.add(subscribers);
      let closed = false;
      const open = () => {
        if (closed) throw new Error('the bus is closed');
      };
      return {
        kind: 'memory',
        async publish(change) {
          open();
          deliver((s) => s.change(change));
        },
        async notify(notice) {
          open();
          deliver((s) => s.notice?.(notice));
        },
        subscribe(subscriber) {
          subscribers.add(subscriber);
          return () => subscribers.delete(subscriber);
        },
        async ping() {
          open();
        },
        async close() {
          closed = true;
          subscribers.clear();
          instances.delete(subscribers);
        },
      };
    },
  };
}

export function createMemoryBus(): Bus {
  return createMemoryHub().connect();
}
