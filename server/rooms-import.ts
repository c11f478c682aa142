// Reading a list of rooms from CSV (as a spreadsheet exports it) or JSON. Every problem is
// reported with its line, and nothing is created unless the whole list is good.

import { LIMITS } from '../shared/limits.js';
import { TEMPLATES, templateByName, type TemplateName } from './domain/setup.js';

export interface RoomInput {
  name: string;
  location: string | null;
  arrangement: string | null;
  chairName: string | null;
  /** The agenda the room starts with (ROOM-7); null: the hartenkreet wall alone. */
  template: TemplateName | null;
}

export interface ImportProblem {
  /** 1-based line in the file (for JSON: the 1-based position in the list). */
  line: number;
  message: string;
}

export type ImportResult =
  { ok: true; rooms: RoomInput[] } | { ok: false; problems: ImportProblem[] };

export const MAX_ROOMS = 500;

/** Header names people use, in Dutch and English, mapped to our fields. */
const HEADERS: Record<string, keyof RoomInput> = {
  name: 'name',
  naam: 'name',
  room: 'name',
  ruimte: 'name',
  groep: 'name',
  tafel: 'name',
  location: 'location',
  locatie: 'location',
  plaats: 'location',
  adres: 'location',
  arrangement: 'arrangement',
  cluster: 'arrangement',
  chair: 'chairName',
  gespreksleider: 'chairName',
  voorzitter: 'chairName',
  moderator: 'chairName',
  template: 'template',
  sjabloon: 'template',
  agenda: 'template',
  programma: 'template',
};

/** The raw fields of one row, before they are checked. */
type RawRoom = { [K in keyof RoomInput]?: string | null } & { line: number };

/**
 * The lines of a CSV file that hold anything, split into fields. Dutch spreadsheets export with
 * semicolons: the delimiter is whichever of ; , and tab the header uses most.
 */
export function csvLines(text: string): { line: number; fields: string[] }[] {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [';', ',', '\t'].sort(
    (a, b) => firstLine.split(b).length - firstLine.split(a).length,
  )[0]!;
  return parseCsv(text, delimiter).filter((r) => r.fields.some((f) => f.trim() !== ''));
}

/** Splits CSV text into rows of fields, honouring quotes; keeps the line each row starts on. */
export function parseCsv(text: string, delimiter: string): { line: number; fields: string[] }[] {
  const rows: { line: number; fields: string[] }[] = [];
  let field = '';
  let fields: string[] = [];
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      rows.push({ line: rowLine, fields });
      fields = [];
      field = '';
      line++;
      rowLine = line;
    } else field += ch;
  }
  if (field !== '' || fields.length) {
    fields.push(field);
    rows.push({ line: rowLine, fields });
  }
  return rows;
}

function check(rooms: RawRoom[]): ImportResult {
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  const out: RoomInput[] = [];
  if (rooms.length === 0) problems.push({ line: 1, message: 'no rooms in the list' });
  if (rooms.length > MAX_ROOMS)
    problems.push({ line: 1, message: `at most ${MAX_ROOMS} rooms at once` });
  for (const r of rooms) {
    const name = (r.name ?? '').trim();
    const field = (v: string | null | undefined) => (v ?? '').trim() || null;
    if (!name) problems.push({ line: r.line, message: 'the room has no name' });
    else if (name.length > LIMITS.titleLength) {
      problems.push({
        line: r.line,
        message: `the name is longer than ${LIMITS.titleLength} characters`,
      });
    }
    for (const [key, v] of [
      ['location', r.location],
      ['chair', r.chairName],
      ['arrangement', r.arrangement],
    ] as const) {
      if ((v ?? '').length > LIMITS.titleLength) {
        problems.push({
          line: r.line,
          message: `${key} is longer than ${LIMITS.titleLength} characters`,
        });
      }
    }
    const key = name.toLowerCase();
    if (name && seen.has(key)) {
      problems.push({
        line: r.line,
        message: `the name "${name}" is also on line ${seen.get(key)}`,
      });
    }
    seen.set(key, r.line);
    const rawTemplate = (r.template ?? '').trim();
    const template = rawTemplate ? templateByName(rawTemplate) : null;
    if (rawTemplate && !template) {
      problems.push({
        line: r.line,
        message: `unknown template "${rawTemplate}": use ${TEMPLATES.join(', ')} (or leave it empty)`,
      });
    }
    out.push({
      template,
      name,
      location: field(r.location),
      arrangement: field(r.arrangement),
      chairName: field(r.chairName),
    });
  }
  return problems.length ? { ok: false, problems } : { ok: true, rooms: out };
}

export function importCsv(raw: string): ImportResult {
  const text = raw.replace(/^\uFEFF/, '');
  const rows = csvLines(text);
  const header = rows.shift();
  if (!header) return { ok: false, problems: [{ line: 1, message: 'the file is empty' }] };
  const columns = header.fields.map((h) => HEADERS[h.trim().toLowerCase()]);
  if (!columns.includes('name')) {
    return {
      ok: false,
      problems: [
        {
          line: header.line,
          message: 'the first line must name the columns, with at least "name" (or "naam")',
        },
      ],
    };
  }
  const problems: ImportProblem[] = [];
  const rooms = rows.map((r) => {
    if (r.fields.length > header.fields.length) {
      problems.push({
        line: r.line,
        message: `${r.fields.length} fields, but the header has ${header.fields.length}`,
      });
    }
    const room: RawRoom = { line: r.line };
    columns.forEach((col, i) => {
      if (col) room[col] = r.fields[i] ?? '';
    });
    return room;
  });
  const checked = check(rooms);
  if (problems.length)
    return {
      ok: false,
      problems: [...problems, ...(checked.ok ? [] : checked.problems)].sort(
        (a, b) => a.line - b.line,
      ),
    };
  return checked;
}

export function importJson(data: unknown): ImportResult {
  const list = Array.isArray(data) ? data : (data as { rooms?: unknown } | null)?.rooms;
  if (!Array.isArray(list))
    return {
      ok: false,
      problems: [{ line: 1, message: 'expected a list of rooms, or {"rooms": [...]}' }],
    };
  const problems: ImportProblem[] = [];
  const rooms = list.map((item: unknown, i) => {
    if (typeof item !== 'object' || item === null) {
      problems.push({ line: i + 1, message: 'each room must be an object with at least "name"' });
      return { line: i + 1 };
    }
    const rec = item as Record<string, unknown>;
    for (const k of ['name', 'location', 'arrangement', 'chair', 'chairName', 'template']) {
      if (rec[k] !== undefined && rec[k] !== null && typeof rec[k] !== 'string')
        problems.push({ line: i + 1, message: `"${k}" must be text` });
    }
    const str = (k: string) => (typeof rec[k] === 'string' ? (rec[k] as string) : undefined);
    return {
      line: i + 1,
      name: str('name') ?? str('naam'),
      location: str('location') ?? str('locatie') ?? null,
      arrangement: str('arrangement') ?? null,
      chairName: str('chair') ?? str('chairName') ?? str('gespreksleider') ?? null,
      template: str('template') ?? str('sjabloon') ?? null,
    };
  });
  const checked = check(rooms);
  if (problems.length)
    return { ok: false, problems: [...problems, ...(checked.ok ? [] : checked.problems)] };
  return checked;
}
