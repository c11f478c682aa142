// A room as the exports and the printed report take it, for the unit tests of their output.

import type { RoomFullExport } from '../../server/routes/export.js';

/** A parallel room `name` (id `r-<name>`) with nothing in it, unless `over` says otherwise. */
export function exportRoom(name: string, over: Partial<RoomFullExport> = {}): RoomFullExport {
  return {
    id: `r-${name}`,
    name,
    kind: 'room',
    location: null,
    arrangement: null,
    chairName: null,
    order: 1,
    currentActivityId: null,
    activities: [],
    decks: [],
    ...over,
  };
}
