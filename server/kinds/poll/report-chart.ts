// A poll's results as an inline SVG bar chart for the printed report: no script, no inline
// style (the CSP forbids it), readable in black and white. Every label is escaped; the numbers
// are also in the text alternative and, on the page, in a table next to the chart.

import { escapeHtml } from '../../domain/html.js';

export interface Bar {
  label: string;
  count: number;
  /** Percent of the round's voters, or null when the poll does not show percentages. */
  percent: number | null;
}

const WIDTH = 640;
const ROW = 44;
const LABEL_CHARS = 70;
const BAR_WIDTH = 470;

/** Numbers as the report's language writes them (61,5 in Dutch). */
export const formatNumber = (n: number, locale: string): string =>
  n.toLocaleString(locale, { maximumFractionDigits: 1 });

/** "8 (61,5%)", or just "8". */
export function barValue(bar: Bar, locale: string): string {
  const count = formatNumber(bar.count, locale);
  return bar.percent === null ? count : `${count} (${formatNumber(bar.percent, locale)}%)`;
}

const clip = (s: string) => (s.length > LABEL_CHARS ? `${s.slice(0, LABEL_CHARS - 1)}…` : s);

/**
 * The chart. `alt` is its text alternative (already in the page's language); the SVG gets
 * role="img" and is labelled by its own <title> and <desc>.
 */
export function barChartSvg(
  bars: Bar[],
  opts: { id: string; title: string; alt: string; locale: string },
): string {
  const max = Math.max(1, ...bars.map((b) => b.count));
  const height = bars.length * ROW + 8;
  const rows = bars.map((b, i) => {
    const top = i * ROW + 4;
    const w = Math.round((b.count / max) * BAR_WIDTH);
    return `<g class="bar">
<text x="0" y="${top + 14}" class="bar-label">${escapeHtml(clip(b.label))}</text>
<rect x="0" y="${top + 20}" width="${BAR_WIDTH}" height="16" class="bar-track"/>
<rect x="0" y="${top + 20}" width="${w}" height="16" class="bar-fill" data-count="${b.count}"/>
<text x="${BAR_WIDTH + 8}" y="${top + 33}" class="bar-value">${escapeHtml(barValue(b, opts.locale))}</text>
</g>`;
  });
  const id = escapeHtml(opts.id);
  return `<svg class="chart" role="img" aria-labelledby="${id}-t ${id}-d" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg">
<title id="${id}-t">${escapeHtml(opts.title)}</title>
<desc id="${id}-d">${escapeHtml(opts.alt)}</desc>
${rows.join('\n')}
</svg>`;
}
