// The columns of the harvest's flat CSV table (routes/export-csv.ts writes it) and the rows
// every kind shares: one per statement.

import type { StatementExport } from '../domain/harvest.js';

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
  'spread',
  'text',
  'name',
  'status',
  'hearts',
  'created_at',
  'answered',
  'phase',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvRow = Partial<Record<CsvColumn, string | number | null>>;

export function statementRows(base: CsvRow, list: StatementExport[]): CsvRow[] {
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
