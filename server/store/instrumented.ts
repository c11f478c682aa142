// A Store that times every call, for the store latency metrics. It changes no behaviour.

import type { AppendResult, Store } from './types.js';

export interface StoreObserver {
  /** Seconds one call took, and whether it threw. */
  call(op: string, seconds: number, ok: boolean): void;
  append?(result: AppendResult['status']): void;
}

type Method = Exclude<keyof Store, 'kind'>;
// A record, not a list, so that a method added to Store without being listed here fails to compile.
const METHODS: Record<Method, true> = {
  createEvent: true,
  getEvent: true,
  getEventByCode: true,
  listEvents: true,
  getRoom: true,
  listRooms: true,
  addRooms: true,
  appendToRooms: true,
  updateEvent: true,
  setChairKey: true,
  setLogo: true,
  getLogo: true,
  putDeck: true,
  getDeck: true,
  getDeckBytes: true,
  listDecks: true,
  updateDeck: true,
  deleteDeck: true,
  putDeckSlide: true,
  getDeckSlide: true,
  deleteEvent: true,
  endedBefore: true,
  append: true,
  appendMany: true,
  changesSince: true,
  findClientId: true,
  getRotation: true,
  putRotation: true,
  groupByCode: true,
  getSetting: true,
  initSetting: true,
  putSetting: true,
  ping: true,
  close: true,
};

export function instrumentStore(store: Store, observer: StoreObserver): Store {
  const wrapped: Record<string, unknown> = { kind: store.kind };
  for (const op of Object.keys(METHODS) as Method[]) {
    const fn = store[op] as (...args: unknown[]) => Promise<unknown>;
    wrapped[op] = async (...args: unknown[]) => {
      const t0 = performance.now();
      try {
        const result = await fn.apply(store, args);
        observer.call(op, (performance.now() - t0) / 1000, true);
        if (op === 'append' || op === 'appendMany')
          observer.append?.((result as AppendResult).status);
        return result;
      } catch (err) {
        observer.call(op, (performance.now() - t0) / 1000, false);
        throw err;
      }
    };
  }
  return wrapped as unknown as Store;
}
