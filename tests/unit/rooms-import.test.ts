import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCsv, importJson, parseCsv } from '../../server/rooms-import.js';

describe('room import', () => {
  it('[ROOM-2] takes the 54-room Sociale Top file as it is', () => {
    const r = importCsv(readFileSync('tests/fixtures/sociale-top-rooms.csv', 'utf8'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rooms).toHaveLength(54);
    expect(r.rooms[0]).toEqual({
      name: 'Groep 1',
      location: 'Wijkcentrum Oudegracht',
      arrangement: 'Arrangement 1',
      chairName: 'Gespreksleider groep 1',
      template: null,
    });
  });

  it('[ROOM-2] reads semicolons, quotes, a BOM, Dutch headers and blank lines', () => {
    const csv =
      '\uFEFFNaam;Locatie;Gespreksleider\r\n"Tafel 1; bij het raam";Zaal A;"Anja ""de Vonk"""\r\n\r\nTafel 2;;\r\n';
    const r = importCsv(csv);
    expect(r).toEqual({
      ok: true,
      rooms: [
        {
          name: 'Tafel 1; bij het raam',
          location: 'Zaal A',
          arrangement: null,
          chairName: 'Anja "de Vonk"',
          template: null,
        },
        { name: 'Tafel 2', location: null, arrangement: null, chairName: null, template: null },
      ],
    });
  });

  it('[ROOM-3] a malformed file says which line and why, and gives no rooms', () => {
    const r = importCsv(
      'name,location\nTafel 1,Zaal A\n,Zaal B\nTafel 1,Zaal C\nTafel 4,Zaal D,extra\n',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      { line: 3, message: 'the room has no name' },
      { line: 4, message: 'the name "Tafel 1" is also on line 2' },
      { line: 5, message: '3 fields, but the header has 2' },
    ]);
    expect(importCsv('location\nZaal A').ok).toBe(false);
    expect(importCsv('').ok).toBe(false);
  });

  it('[ROOM-2] quoted fields may span lines; line numbers stay right', () => {
    const rows = parseCsv('a,b\n"x\ny",z\nq,r', ',');
    expect(rows.map((r) => r.line)).toEqual([1, 2, 4]);
    expect(rows[1]!.fields).toEqual(['x\ny', 'z']);
  });

  it('[ROOM-2] JSON: a list or {rooms}, with positions in errors', () => {
    expect(importJson([{ name: 'A' }, { naam: 'B', locatie: 'Hal' }])).toEqual({
      ok: true,
      rooms: [
        { name: 'A', location: null, arrangement: null, chairName: null, template: null },
        { name: 'B', location: 'Hal', arrangement: null, chairName: null, template: null },
      ],
    });
    const bad = importJson({ rooms: [{ name: 'A' }, 5, { location: 'x' }] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.map((p) => p.line)).toEqual([2, 2, 3]);
    expect(importJson('nope').ok).toBe(false);
  });
});
