// A ranking's result as a list, best first: mean rank or point total, a bar, and the spread
// (RANK-5). The same list on the phone, the chair console and the beamer (larger there).
import './results.css';
import { formatNumber } from '../../../shared/format.js';
import {
  rankedResults,
  type RankingActivity,
  type RankingResultsView,
} from '../../../shared/ranking.js';
import { lang, t } from '../../lib/i18n.js';

interface Props {
  ranking: RankingActivity;
  results: RankingResultsView;
  /** The beamer's variant: large type, fewer words. */
  big?: boolean;
}

export function RankingResults({ ranking, results, big }: Props) {
  const round = results.rounds[results.rounds.length - 1];
  if (!round || round.voters === 0) {
    return <p class="muted">{t('ranking.result.none')}</p>;
  }
  const points = results.mode === 'points';
  const labels = new Map(ranking.config.items.map((i) => [i.id, i]));
  const n = ranking.config.items.length;
  const rows = rankedResults(results.mode, round.items);
  // The bar: the share of the points, or how near the top the mean rank is (1 → full).
  const widest = Math.max(1, ...rows.map((r) => r.total));
  const bar = (r: (typeof rows)[number]) =>
    points ? r.total / widest : r.mean === null ? 0 : n > 1 ? (n - r.mean) / (n - 1) : 1;
  const num = (x: number | null, d = 1) => (x === null ? '–' : formatNumber(x, lang.value, d));
  return (
    <div class={big ? 'rank-results rank-results--big' : 'rank-results'}>
      {big && (
        <p class="rank-results__head">
          {t(points ? 'ranking.result.points' : 'ranking.result.mean')} (±{' '}
          {t('ranking.result.spread').toLowerCase()})
        </p>
      )}
      <ol class="rank-results__list" data-testid="ranking-results">
        {rows.map((r, i) => {
          const item = labels.get(r.itemId);
          return (
            <li key={r.itemId} class="rank-results__row" data-testid="ranking-result">
              <span class="rank-results__place" aria-hidden="true">
                {i + 1}
              </span>
              <span class="rank-results__label">
                {item?.label ?? r.itemId}
                {item?.source && !big && <span class="rank-results__source"> · {item.source}</span>}
              </span>
              <span class="rank-results__figure" data-testid="ranking-figure">
                {big
                  ? points
                    ? num(r.total, 0)
                    : num(r.mean)
                  : points
                    ? `${num(r.total, 0)} ${t('ranking.result.points').toLowerCase()}`
                    : `${t('ranking.result.mean').toLowerCase()} ${num(r.mean)}`}
                <span class="rank-results__spread"> ± {num(r.spread)}</span>
              </span>
              <span class="rank-results__bar" aria-hidden="true">
                <span style={{ width: `${Math.round(bar(r) * 100)}%` }} />
              </span>
            </li>
          );
        })}
      </ol>
      <p class="rank-results__voters">
        {round.voters === 1
          ? t('ranking.voters.one')
          : t('ranking.voters.many', { n: round.voters })}
        {' · ± '}
        {t('ranking.result.spread').toLowerCase()}
      </p>
    </div>
  );
}
