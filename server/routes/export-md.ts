// The harvest as a Markdown report: per room, what was on the walls, what the polls showed and
// which questions each pitch got. Only what was public is in it; rejected text never is.

import { formatNumber, formatPercent } from '../../shared/format.js';
import { translate, type MessageKey } from '../../shared/i18n/index.js';
import type { Language } from '../../shared/model.js';
import type { PollExport, RoomExport, RoundActivityExport, WallExport } from '../domain/harvest.js';
import { escapeMarkdown as md, qaMarkdown, type QaExportRow } from '../kinds/qa/qa-export.js';

function wall(
  a: WallExport,
  t: (k: MessageKey, p?: Record<string, string | number>) => string,
  lang: Language,
) {
  const shown = a.statements.filter((s) => s.status === 'approved');
  const out = [`### ${md(a.title)}`, '', `_${md(a.prompt)}_`, ''];
  if (shown.length === 0) out.push(md(t('report.nothing')), '');
  for (const s of shown) {
    const who = s.name ? ` — ${md(s.name)}` : '';
    out.push(`- ${md(s.text)}${s.hearts > 0 ? ` (♥ ${formatNumber(s.hearts, lang)})` : ''}${who}`);
  }
  if (shown.length) out.push('');
  return out;
}

function poll(
  a: PollExport,
  t: (k: MessageKey, p?: Record<string, string | number>) => string,
  lang: Language,
) {
  const n = (x: number) => formatNumber(x, lang);
  const pct = (x: number) => formatPercent(x, lang, 1);
  const out = [`### ${md(a.title)}`, '', `_${md(a.question)}_`, ''];
  if (a.rounds.length === 0) out.push(md(t('report.nothing')), '');
  for (const r of a.rounds) {
    out.push(`**${md(t('report.round', { n: r.round, voters: r.voters }))}**`, '');
    for (const o of r.options ?? [])
      out.push(`- ${md(o.label)}: ${n(o.count)} (${pct(o.percent)})`);
    for (const s of r.scale ?? []) out.push(`- ${n(s.value)}: ${n(s.count)} (${pct(s.percent)})`);
    if (r.mean !== undefined && r.mean !== null)
      out.push(`- ${md(t('report.mean'))}: ${formatNumber(r.mean, lang, 2)}`);
    for (const w of r.words ?? []) out.push(`- ${md(w.word)}: ${n(w.count)}`);
    out.push('');
  }
  const whys = a.statements.filter((s) => s.status === 'approved');
  if (whys.length) {
    out.push(`**${md(t('report.why'))}**`, '');
    for (const s of whys) {
      out.push(s.options ? `- ${md(s.options.join(' + '))}: ${md(s.text)}` : `- ${md(s.text)}`);
    }
    out.push('');
  }
  return out;
}

/** A dilemma round: the dilemma, then a section per step with its approved contributions. */
function round(
  a: RoundActivityExport,
  t: (k: MessageKey, p?: Record<string, string | number>) => string,
) {
  const out = [`### ${md(a.title)}`, ''];
  if (a.dilemma) out.push(`_${md(a.dilemma)}_`, '');
  for (const p of a.phases) {
    out.push(`#### ${md(t('report.round.step', { n: p.index + 1, title: p.title }))}`, '');
    if (p.prompt) out.push(`_${md(p.prompt)}_`, '');
    if (p.contributions.length === 0) out.push(md(t('report.nothing')));
    for (const s of p.contributions) out.push(`- ${md(s.text)}${s.name ? ` — ${md(s.name)}` : ''}`);
    out.push('');
  }
  return out;
}

export function harvestMarkdown(title: string, language: Language, rooms: RoomExport[]): string {
  const t = (k: MessageKey, p?: Record<string, string | number>) => translate(language, k, p);
  const out = [`# ${md(title)}`, ''];
  for (const room of rooms) {
    out.push(`## ${md(room.name)}`, '');
    for (const a of room.activities) {
      if (a.kind === 'wall') out.push(...wall(a, t, language));
      else if (a.kind === 'poll') out.push(...poll(a, t, language));
      else if (a.kind === 'round') out.push(...round(a, t));
      else {
        const rows: QaExportRow[] = a.questions.map((q) => ({
          ...q,
          pitch: a.pitch,
          speaker: a.speaker,
          activityId: a.id,
        }));
        // The Q&A report is a document of its own; here its headings sit one level deeper.
        const body = qaMarkdown(rows, { title: a.title, language }).replace(/^(#+) /gm, '$1## ');
        out.push(body.trim(), '');
      }
    }
  }
  return `${out.join('\n').trim()}\n`;
}
