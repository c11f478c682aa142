// The harvest ("oogst") of a room's pitch Q&As, rule QA-12 in docs/SPEC.md.
//
// FOR THE MERGE: the export routes (/api/events/:code/export.json|csv) are built on the polls
// branch. Wire Q&A in there: `qaExportRows(room.state)` gives flat rows for JSON and CSV,
// `qaMarkdown(rows, {title, language})` the Markdown report. Both are pure and unit-tested.

import { withoutBidiControls } from '../../../shared/text-check.js';
import { translate } from '../../../shared/i18n/index.js';
import type { Language } from '../../../shared/model.js';
import { byPopular } from '../../../shared/qa-order.js';
import { questionView } from './qa-view.js';
import type { RoomState } from '../../domain/types.js';

export type QaExportStatus = 'pending' | 'approved' | 'rejected' | 'archived' | 'merged';

export interface QaExportRow {
  /** The pitch title of the Q&A the question belongs to. */
  pitch: string;
  speaker: string;
  question: string;
  /** null: asked anonymously. */
  name: string | null;
  votes: number;
  status: QaExportStatus;
  answered: boolean;
  /** ms since the epoch. */
  createdAt: number;
  /** The Q&A's id, so rows of two pitches with the same title stay apart. */
  activityId: string;
  /** The number of the location's visit it was asked in (ROT-31). */
  visit?: number;
}

/** Only what was public (approved or archived) is published; never a rejected question. */
const PUBLISHED: readonly QaExportStatus[] = ['approved', 'archived'];
const published = (r: QaExportRow) => (PUBLISHED.includes(r.status) ? 0 : 1);

/**
 * Every question of every Q&A, pitch by pitch in agenda order; within a pitch what was public
 * comes first, each part in popular order.
 */
export function qaExportRows(state: RoomState): QaExportRow[] {
  const rows: QaExportRow[] = [];
  for (const activityId of state.agenda) {
    const qa = state.activities.get(activityId);
    if (qa?.kind !== 'qa') continue;
    const views = [...state.questions.values()]
      .filter((q) => q.activityId === activityId)
      .map(questionView)
      .sort(byPopular);
    const pitch: QaExportRow[] = [];
    for (const q of views) {
      pitch.push({
        pitch: qa.config.pitch || qa.title,
        speaker: qa.config.speaker,
        question: q.text,
        name: q.name,
        votes: q.votes,
        status: q.mergedInto ? 'merged' : q.status,
        answered: q.answered,
        createdAt: q.createdAt,
        activityId,
        ...(q.visit !== undefined ? { visit: q.visit } : {}),
      });
    }
    // A stable sort keeps the popular order inside each part.
    rows.push(...pitch.sort((a, b) => published(a) - published(b)));
  }
  return rows;
}

/**
 * Backslash-escapes what Markdown would read as markup; user text stays text. Bidi overrides
 * and isolates are left out, so none reverses the rest of a line (ABUSE-7).
 */
export function escapeMarkdown(s: string): string {
  return withoutBidiControls(s)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]<>()#+\-.!|~&]/g, '\\$&');
}

export function qaMarkdown(
  rows: readonly QaExportRow[],
  opts: { title: string; language: Language },
): string {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(opts.language, key, params);
  const out = [`# ${escapeMarkdown(opts.title)}`, ''];
  const byPitch = new Map<string, QaExportRow[]>();
  for (const r of rows) {
    const list = byPitch.get(r.activityId) ?? [];
    list.push(r);
    byPitch.set(r.activityId, list);
  }
  for (const list of byPitch.values()) {
    const first = list[0]!;
    out.push(`## ${escapeMarkdown(first.pitch)}`, '');
    if (first.speaker) out.push(escapeMarkdown(t('qa.speaker', { speaker: first.speaker })), '');
    const shown = list.filter((r) => PUBLISHED.includes(r.status));
    if (shown.length === 0) out.push(escapeMarkdown(t('qa.export.none')), '');
    shown.forEach((r, i) => {
      const votes = r.votes === 1 ? t('qa.votes.one') : t('qa.votes', { n: r.votes });
      const facts = [votes, ...(r.answered ? [t('qa.answered').toLowerCase()] : [])].join(', ');
      const who = r.name ? ` — ${escapeMarkdown(r.name)}` : '';
      out.push(`${i + 1}. ${escapeMarkdown(r.question)} (${escapeMarkdown(facts)})${who}`);
    });
    if (shown.length > 0) out.push('');
  }
  return out.join('\n');
}
