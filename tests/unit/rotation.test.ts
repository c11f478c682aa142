import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importCsv } from '../../server/rooms-import.js';
import {
  buildPlan,
  carousel,
  currentSlot,
  planProblems,
  visitOf,
  type PlanRow,
  type RotationRoom,
} from '../../shared/rotation.js';

const fixture = readFileSync(new URL('../fixtures/sociale-top-rooms.csv', import.meta.url), 'utf8');

function fixtureRooms(): RotationRoom[] {
  const parsed = importCsv(fixture);
  if (!parsed.ok) throw new Error('fixture does not import');
  return parsed.rooms.map((r, i) => ({ id: `r${i + 1}`, ...r }));
}

let n = 0;
const newCode = () => `CODE${++n}`;

describe('rotation plan', () => {
  it('[ROT-2] the carousel from the rooms file: 18 arrangements x 3 locations, 54 groups', () => {
    const rooms = fixtureRooms();
    const plan = carousel(rooms, newCode);
    expect(plan.groups).toHaveLength(54);
    expect(plan.slots).toHaveLength(3);
    expect(plan.visits).toHaveLength(54 * 3);
    // Slot k: group g at location (g + k) mod 3 of its arrangement.
    const g5 = plan.groups[4]!; // Groep 5: the second of arrangement 2 (rooms 4, 5, 6)
    expect(g5.name).toBe('Groep 5');
    expect(g5.arrangement).toBe('Arrangement 2');
    expect([0, 1, 2].map((k) => visitOf(plan, g5.id, k)!.roomId)).toEqual(['r5', 'r6', 'r4']);
    expect(new Set(plan.groups.map((g) => g.code)).size).toBe(54);
    expect(planProblems(plan, rooms)).toEqual([]);
  });

  it('[ROT-2] a generated plan never puts a group in two places or two groups in one place', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 12 }),
        (sizes) => {
          const rooms: RotationRoom[] = [];
          sizes.forEach((size, a) => {
            for (let i = 0; i < size; i++)
              rooms.push({
                id: `r${rooms.length}`,
                name: `R${rooms.length}`,
                location: null,
                arrangement: `A${a}`,
              });
          });
          const plan = carousel(rooms, newCode);
          const where = new Set<string>();
          const who = new Set<string>();
          for (const v of plan.visits) {
            expect(where.has(`${v.groupId}|${v.slot}`)).toBe(false);
            expect(who.has(`${v.roomId}|${v.slot}`)).toBe(false);
            where.add(`${v.groupId}|${v.slot}`);
            who.add(`${v.roomId}|${v.slot}`);
          }
          // Every group visits every location of its arrangement once.
          for (const g of plan.groups) {
            const seen = plan.visits.filter((v) => v.groupId === g.id).map((v) => v.roomId);
            expect(new Set(seen).size).toBe(seen.length);
          }
          expect(planProblems(plan, rooms)).toEqual([]);
        },
      ),
    );
  });

  const rooms: RotationRoom[] = [
    { id: 'a', name: 'Groep 1', location: 'Wijkcentrum', arrangement: null },
    { id: 'b', name: 'Groep 2', location: 'Basisschool', arrangement: null },
  ];
  const row = (
    line: number,
    group: string,
    slot: string,
    location: string,
    start?: string,
    end?: string,
  ): PlanRow => ({
    line,
    group,
    slot,
    location,
    start: start ?? null,
    end: end ?? null,
  });

  it('[ROT-3] an explicit plan: groups by name, locations by place or name, times per slot', () => {
    const built = buildPlan(
      [
        row(2, 'Rood', '1', 'Wijkcentrum', '10:00', '10:45'),
        row(3, 'Blauw', '1', 'groep 2', '10:00', '10:45'),
        row(4, 'Rood', '2', 'Basisschool', '11:00', '11:45'),
        row(5, 'Blauw', '2', 'Wijkcentrum', '11:00', '11:45'),
      ],
      rooms,
      { newCode },
    );
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.plan.groups.map((g) => g.name)).toEqual(['Rood', 'Blauw']);
    expect(built.plan.slots).toEqual([
      { index: 0, start: '10:00', end: '10:45' },
      { index: 1, start: '11:00', end: '11:45' },
    ]);
    expect(visitOf(built.plan, 'g2', 0)!.roomId).toBe('b');
  });

  it('[ROT-3] every problem with its line, and no plan', () => {
    const built = buildPlan(
      [
        row(2, 'Rood', '1', 'Wijkcentrum', '10:00', '10:45'),
        row(3, 'Rood', '1', 'Basisschool', '10:00', '10:45'),
        row(4, 'Blauw', '1', 'Wijkcentrum', '10:00', '10:45'),
        row(5, 'Groen', '2', 'Stadhuis', '10:30', '11:00'),
        row(6, 'Geel', 'twee', 'Basisschool'),
        row(7, 'Paars', '3', 'Basisschool', '25:00', '11:00'),
        row(8, 'Oranje', '3', 'Wijkcentrum', '12:00', '11:00'),
      ],
      rooms,
      { newCode },
    );
    expect(built.ok).toBe(false);
    if (built.ok) return;
    const at = (line: number) =>
      built.problems.filter((p) => p.line === line).map((p) => p.message);
    expect(at(3)).toEqual([expect.stringContaining('already at Wijkcentrum in slot 1 (line 2)')]);
    expect(at(4)).toEqual([expect.stringContaining('Wijkcentrum already has group "Rood"')]);
    expect(at(5)).toEqual([
      expect.stringContaining('unknown location "Stadhuis"'),
      expect.stringContaining('slot 2 (10:30) overlaps slot 1'),
    ]);
    expect(at(6)).toEqual([expect.stringContaining('slot "twee"')]);
    expect(at(7)).toEqual([expect.stringContaining('start "25:00"')]);
    expect(at(8)).toEqual([expect.stringContaining('end must come after start')]);
  });

  it('[ROT-3] two groups may share a location when the plan allows it', () => {
    const rows = [row(1, 'Rood', '1', 'Wijkcentrum'), row(2, 'Blauw', '1', 'Wijkcentrum')];
    expect(buildPlan(rows, rooms, { newCode }).ok).toBe(false);
    expect(buildPlan(rows, rooms, { newCode, shareLocations: true }).ok).toBe(true);
  });

  it("[ROT-6] the slot in force: by time, or the organizer's next slot when later", () => {
    const plan = carousel(fixtureRooms(), newCode, [
      { start: '10:00', end: '10:45' },
      { start: '11:00', end: '11:45' },
      { start: '12:00', end: '12:45' },
    ]);
    expect(currentSlot(plan, 9 * 60)).toBeNull();
    expect(currentSlot(plan, 11 * 60 + 5)).toBe(1);
    expect(currentSlot({ ...plan, current: 2 }, 11 * 60 + 5)).toBe(2);
    expect(currentSlot({ ...plan, current: 0 }, 12 * 60)).toBe(2);
    expect(currentSlot({ ...plan, current: 1 }, null)).toBe(1);
  });
});
