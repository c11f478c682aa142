// A ranking on the beamer (RANK-5, RANK-8): the list while the hall ranks, the result once the
// chair reveals it, in type readable from the back row (the hall minimum, 4.3 % of the height).
import './projector.css';
import type { RankingActivity } from '../../../shared/ranking.js';
import { t } from '../../lib/i18n.js';
import { readRoute } from '../../lib/route.js';
import type { ViewStore } from '../../lib/store.js';
import { CompareTable, useComparison } from './CompareTable.js';
import { RankingResults } from './RankingResults.js';

export function ProjectorRanking(props: { ranking: RankingActivity; view: ViewStore }) {
  const { ranking, view } = props;
  const results = view.rankings.value.get(ranking.id);
  // Per location next to the plenary, once revealed (RANK-11).
  const compare =
    !!results && ranking.config.compare === true && view.room.value?.kind === 'plenary';
  const comparison = useComparison(
    { eventCode: readRoute('p').code },
    ranking.id,
    compare,
    results?.rounds.at(-1)?.voters ?? 0,
  );
  const status =
    ranking.state === 'draft'
      ? t('projector.poll.waiting')
      : ranking.state === 'open'
        ? t('projector.poll.voteNow')
        : results
          ? t('projector.poll.closed')
          : t('projector.poll.hidden');
  return (
    <div
      class="projector-ranking"
      data-testid="projector-ranking"
      data-revealed={results ? 'yes' : 'no'}
    >
      <h1 class="projector__prompt">{ranking.title}</h1>
      <p class="projector-ranking__status">{status}</p>
      {compare ? (
        <CompareTable data={comparison} big />
      ) : results ? (
        <RankingResults ranking={ranking} results={results} big />
      ) : (
        <ol class="projector-ranking__items">
          {ranking.config.items.map((item) => (
            <li key={item.id}>{item.label}</li>
          ))}
        </ol>
      )}
    </div>
  );
}
