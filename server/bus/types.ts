// The Bus carries committed changes between instances. It never orders them (the store's seq
// does) and may drop or duplicate: rooms apply in seq order and fill gaps from the store.

import type { Change } from '../domain/types.js';

export type ChangeHandler = (change: Change) => void;

export interface Bus {
  readonly kind: 'memory' | 'redis';
  /** Sends a committed change to every subscriber of every instance, this one included. */
  publish(change: Change): Promise<void>;
  /**
   * Returns an unsubscribe function. `onResync` runs when messages may have been lost (the
   * connection to the broker came back), so the subscriber can catch up from the store.
   */
  subscribe(handler: ChangeHandler, onResync?: () => void): () => void;
  ping(): Promise<void>;
  close(): Promise<void>;
}
