// What a list of rooms would create (ROOM-9): how many, per arrangement, the first rows and
// every problem, including names the event already has. Nothing is created.

import type { ImportProblem, ImportResult, RoomInput } from '../rooms-import.js';

export interface RoomsPreview {
  count: number;
  arrangements: { name: string | null; rooms: number }[];
  first: RoomInput[];
  problems: ImportProblem[];
}

export const PREVIEW_ROWS = 5;

export function roomsPreview(
  parsed: ImportResult,
  existing: Set<string>,
  csv: boolean,
): RoomsPreview {
  if (!parsed.ok) return { count: 0, arrangements: [], first: [], problems: parsed.problems };
  const problems: ImportProblem[] = [];
  const per = new Map<string | null, number>();
  parsed.rooms.forEach((r, i) => {
    per.set(r.arrangement, (per.get(r.arrangement) ?? 0) + 1);
    if (existing.has(r.name.toLowerCase()))
      // A CSV's first line is its header.
      problems.push({
        line: i + (csv ? 2 : 1),
        message: `a room named "${r.name}" already exists`,
      });
  });
  return {
    count: parsed.rooms.length,
    arrangements: [...per].map(([name, rooms]) => ({ name, rooms })),
    first: parsed.rooms.slice(0, PREVIEW_ROWS),
    problems,
  };
}
