// An explicit rotation plan as a spreadsheet exports it (CSV: group, slot, location, start, end,
// address) or as JSON ({"rows": [...]} or a list). Only the reading is here; the checks of the
// rows themselves are shared/rotation.ts's buildPlan, so every problem carries its line.

import { hasControl } from '../../shared/text-check.js';
import type { PlanProblem, PlanRow } from '../../shared/rotation.js';
import { csvLines } from '../rooms-import.js';

export type ReadRows = { ok: true; rows: PlanRow[] } | { ok: false; problems: PlanProblem[] };

type Field = Exclude<keyof PlanRow, 'line'>;

/** Header names, Dutch and English, mapped to the row's fields. */
const HEADERS: Record<string, Field> = {
  group: 'group',
  groep: 'group',
  slot: 'slot',
  ronde: 'slot',
  tijdvak: 'slot',
  round: 'slot',
  location: 'location',
  locatie: 'location',
  room: 'location',
  ruimte: 'location',
  plaats: 'location',
  start: 'start',
  begin: 'start',
  van: 'start',
  end: 'end',
  eind: 'end',
  einde: 'end',
  tot: 'end',
  address: 'address',
  adres: 'address',
};

const REQUIRED: Field[] = ['group', 'slot', 'location'];

export function readCsvRows(raw: string): ReadRows {
  const text = raw.replace(/^\uFEFF/, '');
  const bad = text.split(/\r?\n/).findIndex(hasControl);
  if (bad >= 0) {
    const message = 'control characters (such as NUL) are not allowed';
    return { ok: false, problems: [{ line: bad + 1, message }] };
  }
  const lines = csvLines(text);
  const header = lines.shift();
  if (!header) return { ok: false, problems: [{ line: 1, message: 'the file is empty' }] };
  const columns = header.fields.map((h) => HEADERS[h.trim().toLowerCase()]);
  const missing = REQUIRED.filter((f) => !columns.includes(f));
  if (missing.length) {
    const message = `the first line must name the columns group, slot and location (missing: ${missing.join(', ')})`;
    return { ok: false, problems: [{ line: header.line, message }] };
  }
  const problems: PlanProblem[] = [];
  const rows = lines.map((l) => {
    if (l.fields.length > header.fields.length) {
      const message = `${l.fields.length} fields, but the header has ${header.fields.length}`;
      problems.push({ line: l.line, message });
    }
    const row: PlanRow = { line: l.line, group: '', slot: '', location: '' };
    columns.forEach((col, i) => {
      if (col) row[col] = l.fields[i] ?? '';
    });
    return row;
  });
  return problems.length ? { ok: false, problems } : { ok: true, rows };
}

export function readJsonRows(data: unknown): ReadRows {
  const list = Array.isArray(data) ? data : (data as { rows?: unknown } | null)?.rows;
  if (!Array.isArray(list)) {
    const message = 'expected a list of rows, or {"rows": [...]}';
    return { ok: false, problems: [{ line: 1, message }] };
  }
  const problems: PlanProblem[] = [];
  const rows = list.map((item: unknown, i): PlanRow => {
    const line = i + 1;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      problems.push({
        line,
        message: 'each row is an object: {group, slot, location, start, end}',
      });
      return { line, group: '', slot: '', location: '' };
    }
    const rec = item as Record<string, unknown>;
    const text = (k: string): string | null => {
      const v = rec[k];
      if (v === undefined || v === null) return null;
      if (typeof v === 'number' && (k === 'slot' || k === 'group')) return String(v);
      if (typeof v === 'string') return v;
      problems.push({ line, message: `"${k}" must be text` });
      return null;
    };
    return {
      line,
      group: text('group') ?? '',
      slot: text('slot') ?? '',
      location: text('location') ?? '',
      start: text('start'),
      end: text('end'),
      address: text('address'),
    };
  });
  return problems.length ? { ok: false, problems } : { ok: true, rows };
}
