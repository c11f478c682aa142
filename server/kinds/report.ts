// Pieces of the printed report (EXPORT-4, EXPORT-7) that several kinds share: statements by
// hearts, the "nothing came in" line, the page's locale. Every piece of user text goes through
// escapeHtml.

import type { MessageKey } from '../../shared/i18n/index.js';
import type { Language } from '../../shared/model.js';
import type { StatementExport } from '../domain/harvest.js';
import { escapeHtml as e } from '../domain/html.js';
import type { T } from './kind.js';

export const localeOf = (lang: Language) => (lang === 'nl' ? 'nl-NL' : 'en-GB');

export const plural = (t: T, n: number, one: MessageKey, many: MessageKey) =>
  n === 1 ? t(one) : t(many, { n });

/** Most hearts first; equal hearts in the order they were posted (EXPORT-7). */
export function byHearts(list: StatementExport[]): StatementExport[] {
  return [...list].sort(
    (a, b) =>
      b.hearts - a.hearts || (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0),
  );
}

export function statementList(list: StatementExport[], t: T, none: MessageKey): string {
  const shown = byHearts(list.filter((s) => s.status === 'approved'));
  if (shown.length === 0) return `<p class="none">${e(t(none))}</p>`;
  const items = shown.map((s) => {
    const meta = [
      s.name,
      s.hearts > 0 ? plural(t, s.hearts, 'report.hearts.one', 'report.hearts.many') : null,
    ]
      .filter((x): x is string => !!x)
      .map(e)
      .join(' · ');
    return `<li data-testid="report-statement"><p class="text">${e(s.text)}</p>${meta ? `<p class="meta">${meta}</p>` : ''}</li>`;
  });
  return `<ol class="items">${items.join('\n')}</ol>`;
}
