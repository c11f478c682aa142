// A Q&A in the harvest, the Markdown export, the CSV table and the printed report: its
// questions, published ones first, ranked by votes in the report (QA-8).

import type { Language, QaActivity } from '../../../shared/model.js';
import type { ActivityExportBase, QaExport } from '../../domain/harvest.js';
import { escapeHtml as e } from '../../domain/html.js';
import type { RoomState } from '../../domain/types.js';
import type { CsvRow } from '../csv.js';
import type { T } from '../kind.js';
import { localeOf } from '../report.js';
import { formatNumber } from '../poll/report-chart.js';
import { qaExportRows, qaMarkdown, type QaExportRow } from './qa-export.js';

/** The rows of every Q&A of a room, computed once per room state and seq. */
const rowsCache = new WeakMap<RoomState, { seq: number; rows: QaExportRow[] }>();

export function qaHarvest(state: RoomState, a: QaActivity, base: ActivityExportBase): QaExport {
  let cached = rowsCache.get(state);
  if (!cached || cached.seq !== state.seq) {
    cached = { seq: state.seq, rows: qaExportRows(state) };
    rowsCache.set(state, cached);
  }
  const questions = cached.rows
    .filter((r) => r.activityId === a.id)
    .map(({ pitch: _p, speaker: _s, activityId: _a, ...rest }) => rest);
  return { ...base, kind: 'qa', pitch: a.config.pitch, speaker: a.config.speaker, questions };
}

export function qaExportMarkdown(a: QaExport, _t: T, language: Language): string[] {
  const rows: QaExportRow[] = a.questions.map((q) => ({
    ...q,
    pitch: a.pitch,
    speaker: a.speaker,
    activityId: a.id,
  }));
  // The Q&A report is a document of its own; here its headings sit one level deeper.
  const body = qaMarkdown(rows, { title: a.title, language }).replace(/^(#+) /gm, '$1## ');
  return [body.trim(), ''];
}

/** One row per question, its upvotes as the count. */
export function questionRows(base: CsvRow, a: QaExport): CsvRow[] {
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

export const isPublished = (q: QaExport['questions'][number]) =>
  q.status === 'approved' || q.status === 'archived';

export function qaHtml(a: QaExport, t: T, lang: Language): string {
  const locale = localeOf(lang);
  // Ranked by votes; the sort is stable, so ties stay in popular order (QA-8).
  const shown = a.questions.filter(isPublished).sort((x, y) => y.votes - x.votes);
  const head = `<p class="prompt">${e(a.pitch)}${a.speaker ? ` · ${e(t('report.qa.speaker'))}: ${e(a.speaker)}` : ''}</p>`;
  if (shown.length === 0) return `${head}<p class="none">${e(t('report.nothing'))}</p>`;
  const rows = shown
    .map(
      (
        q,
        i,
      ) => `<tr data-testid="report-question"><td>${i + 1}</td><td>${e(q.question)}${q.name ? `<br><span class="meta">${e(q.name)}</span>` : ''}</td>
<td>${e(formatNumber(q.votes, locale))}</td><td>${e(t(q.answered ? 'report.qa.answered' : 'report.qa.open'))}</td></tr>`,
    )
    .join('\n');
  return `${head}<table class="questions"><thead><tr><th scope="col">${e(t('report.qa.rank'))}</th><th scope="col">${e(t('report.qa.question'))}</th><th scope="col">${e(t('report.qa.votes'))}</th><th scope="col">${e(t('report.qa.state'))}</th></tr></thead>
<tbody>${rows}</tbody></table>`;
}
