// A dilemma round in the harvest, the Markdown export, the CSV table and the printed report:
// the dilemma, then its steps with their approved contributions, the solution directions first
// in the report (ROUND-8, EXPORT-7).

import type { RoundActivity } from '../../../shared/model.js';
import type { ActivityExportBase, RoundActivityExport } from '../../domain/harvest.js';
import { escapeHtml as e } from '../../domain/html.js';
import { statementRows, type CsvRow } from '../csv.js';
import type { T } from '../kind.js';
import { escapeMarkdown as md } from '../qa/qa-export.js';
import { statementList } from '../report.js';

export function roundHarvest(a: RoundActivity, base: ActivityExportBase): RoundActivityExport {
  const { dilemma, phase, open } = a.config;
  const phases = a.config.phases.map((p, index) => ({
    ...p,
    index,
    contributions: base.statements.filter((s) => s.phase === index && s.status === 'approved'),
  }));
  return { ...base, kind: 'round', dilemma, phase, open, phases };
}

/** The dilemma, then a section per step with its approved contributions. */
export function roundMarkdown(a: RoundActivityExport, t: T): string[] {
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

/** One row per contribution (any status), its step's title as the phase. */
export function roundRows(base: CsvRow, a: RoundActivityExport): CsvRow[] {
  return statementRows(base, a.statements).map((row, i) => {
    const index = a.statements[i]?.phase;
    return { ...row, phase: index === undefined ? null : (a.phases[index]?.title ?? null) };
  });
}

/** The step that holds the solution directions: the one named so, else the last. */
export function solutionStep(a: RoundActivityExport): number {
  const named = a.phases.findIndex((p) => p.id === 'solutions');
  return named >= 0 ? named : a.phases.length - 1;
}

export function roundHtml(a: RoundActivityExport, t: T): string {
  const first = solutionStep(a);
  const order = [first, ...a.phases.map((_, i) => i).filter((i) => i !== first)];
  const steps = order.map((i) => {
    const p = a.phases[i]!;
    return `<div class="step" data-testid="report-step" data-step="${i}">
<h4>${e(t('report.round.step', { n: i + 1, title: p.title }))}</h4>
${p.prompt ? `<p class="prompt">${e(p.prompt)}</p>` : ''}
${statementList(p.contributions, t, 'report.round.noContributions')}
</div>`;
  });
  const dilemma = a.dilemma
    ? `<p class="dilemma"><strong>${e(t('report.round.dilemma'))}:</strong> ${e(a.dilemma)}</p>`
    : '';
  return `${dilemma}\n${steps.join('\n')}`;
}
