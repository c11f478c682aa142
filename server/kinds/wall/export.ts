// A wall in the Markdown export and the printed report: its approved statements.

import { formatNumber } from '../../../shared/format.js';
import type { Language } from '../../../shared/model.js';
import type { WallExport } from '../../domain/harvest.js';
import { escapeHtml as e } from '../../domain/html.js';
import type { T } from '../kind.js';
import { escapeMarkdown as md } from '../qa/qa-export.js';
import { statementList } from '../report.js';

export function wallMarkdown(a: WallExport, t: T, lang: Language): string[] {
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

export function wallHtml(a: WallExport, t: T): string {
  return `<p class="prompt">${e(a.prompt)}</p>\n${statementList(a.statements, t, 'report.nothing')}`;
}
