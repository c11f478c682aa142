// The harvest as one flat CSV table, for people who open it in a spreadsheet: one row per
// statement, per poll option (or scale value, or cloud word) per round, plus voters and means.

import { withoutBidiControls } from '../../shared/text-check.js';
import type {
  PollExport,
  QaExport,
  RoomExport,
  RoundActivityExport,
  StatementExport,
} from '../domain/harvest.js';

export const CSV_COLUMNS = [
  'room',
  'activity',
  'kind',
  'round',
  'record',
  'choice',
  'count',
  'percent',
  'mean',
  'text',
  'name',
  'status',
  'hearts',
  'created_at',
  'answered',
  'phase',
] as const;

type Column = (typeof CSV_COLUMNS)[number];
type Row = Partial<Record<Column, string | number | null>>;

/**
 * Quotes a cell (RFC 4180). A participant's text that starts like a formula is prefixed with an
 * apostrophe, so a spreadsheet shows it instead of running it.
 */

export function csvCell(value: string | number | null | undefined, sep: string): string {
  if (value === null || value === undefined) return '';
  // Without bidi overrides first, so none can hide a formula or turn the row around (ABUSE-7).
  let s = withoutBidiControls(String(value));
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return s.includes('"') || s.includes(sep) || /[\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function statementRows(base: Row, list: StatementExport[]): Row[] {
  return list.map((st) => ({
    ...base,
    record: 'statement',
    text: st.text,
    name: st.name,
    status: st.status,
    hearts: st.hearts,
    created_at: st.createdAt,
    // A poll's why: the option it argues for (POLL-13).
    ...(st.options ? { choice: st.options.join(' + ') } : {}),
  }));
}

function pollRows(base: Row, poll: PollExport): Row[] {
  const rows: Row[] = [];
  for (const r of poll.rounds) {
    const at = { ...base, round: r.round };
    rows.push({ ...at, record: 'voters', count: r.voters });
    for (const o of r.options ?? []) {
      rows.push({ ...at, record: 'option', choice: o.label, count: o.count, percent: o.percent });
    }
    for (const v of r.scale ?? []) {
      rows.push({ ...at, record: 'scale', choice: v.value, count: v.count, percent: v.percent });
    }
    if (r.mean !== undefined) rows.push({ ...at, record: 'mean', mean: r.mean });
    for (const w of r.words ?? [])
      rows.push({ ...at, record: 'word', choice: w.word, count: w.count });
  }
  return rows;
}

/** A dilemma round: one row per contribution (any status), its step's title as the phase. */
function roundRows(base: Row, a: RoundActivityExport): Row[] {
  return statementRows(base, a.statements).map((row, i) => {
    const index = a.statements[i]?.phase;
    return { ...row, phase: index === undefined ? null : (a.phases[index]?.title ?? null) };
  });
}

/** A Q&A: one row per question, its upvotes as the count. */
function questionRows(base: Row, a: QaExport): Row[] {
  return a.questions.map((q) => ({
    ...base,
    record: 'question',
    text: q.question,
    name: q.name,
    status: q.status,
    count: q.votes,
    answered: q.answered ? 'yes' : 'no',
    created_at: new Date(q.createdAt).toISOString(),
  }));
}

export function harvestCsv(rooms: RoomExport[], sep = ','): string {
  const lines = [CSV_COLUMNS.join(sep)];
  for (const room of rooms) {
    for (const a of room.activities) {
      const base: Row = { room: room.name, activity: a.title, kind: a.kind };
      if (a.kind === 'round') {
        for (const row of roundRows(base, a)) {
          lines.push(CSV_COLUMNS.map((c) => csvCell(row[c], sep)).join(sep));
        }
        continue;
      }
      const rows =
        a.kind === 'poll' ? pollRows(base, a) : a.kind === 'qa' ? questionRows(base, a) : [];
      rows.push(...statementRows(base, a.statements));
      for (const row of rows) lines.push(CSV_COLUMNS.map((c) => csvCell(row[c], sep)).join(sep));
    }
  }
  // The byte order mark makes spreadsheet programs read the file as UTF-8 (ë, é, emoji).
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
