// The Bus carries committed changes between instances. It never orders them (the store's seq
// does) and may drop or duplicate: rooms apply in seq order and fill gaps from the store.

import type { Change } from '../domain/types.js';

export type ChangeHandler = (change: Change) => void;

export interface Bus {
  readonly kind: 'memory' | 'redis';
  publish(change: Change): Promise<void>;
  /** Returns an unsubscribe function. */
  subscribe(handler: ChangeHandler): () => void;
  ping(): Promise<void>;
  close(): Promise<void>;
}
