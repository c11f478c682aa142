// The chair's ranking column (RANK-1, RANK-5): open, close, reveal, a new round; the list
// filled from the plenary's harvest with one button (all rooms or one); the live result, which
// the chair always sees.
import './chair.css';
import { nanoid } from 'nanoid';
import { useState } from 'preact/hooks';
import { sourceLabel } from '../../../shared/model.js';
import { RANKING_LIMITS, type RankingActivity, type RankingItem } from '../../../shared/ranking.js';
import { Button } from '../../components/Button.js';
import { t } from '../../lib/i18n.js';
import { RunControls, ShowOnScreen, type PanelPlace } from '../RunControls.js';
import type { Session } from '../../lib/session.js';
import { CompareTable, useComparison } from './CompareTable.js';
import { RankingResults } from './RankingResults.js';

interface Props extends PanelPlace {
  ranking: RankingActivity;
  session: Session;
}

export function RankingPanel({ ranking, session, ...place }: Props) {
  const { outbox, conn } = session;
  const results = conn.view.rankings.value.get(ranking.id);
  // The plenary's harvested statements, by the room they came from.
  const harvested = [...conn.view.statements.value.values()].filter(
    (s) => s.source && s.status === 'approved',
  );
  const rooms = [...new Set(harvested.map((s) => s.source!.roomName))].sort();
  const [from, setFrom] = useState('');
  const fill = () => {
    const picked = harvested
      .filter((s) => from === '' || s.source!.roomName === from)
      .sort((a, b) => a.createdAt - b.createdAt)
      .slice(0, RANKING_LIMITS.items);
    const items: RankingItem[] = picked.map((s) => ({
      id: nanoid(10),
      label: s.text.replace(/\s+/g, ' ').slice(0, RANKING_LIMITS.labelLength),
      source: sourceLabel(s.source!),
    }));
    outbox.push({ type: 'activity.update', activityId: ranking.id, config: { items } });
  };
  // Per location next to the plenary (RANK-11): the plenary's chair only.
  const plenary = conn.view.room.value?.kind === 'plenary';
  const compare = plenary && ranking.config.compare === true;
  const voters = results?.rounds.at(-1)?.voters ?? 0;
  const comparison = useComparison(conn, ranking.id, compare, voters);
  return (
    <>
      <h2 id="ranking-heading" class="section-title">
        {ranking.title}{' '}
        <span class="badge" data-testid="ranking-state" data-state={ranking.state}>
          {t(`ranking.state.${ranking.state}`)}
        </span>
      </h2>
      <ShowOnScreen id={ranking.id} {...place} />
      {ranking.state === 'draft' && (
        <div class="ranking-fill">
          <label for="ranking-fill-from">{t('ranking.settings.fillFrom')}</label>
          <select
            id="ranking-fill-from"
            data-testid="ranking-fill-from"
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
          >
            <option value="">{t('ranking.settings.fillAll')}</option>
            {rooms.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
          <Button testId="ranking-fill" disabled={harvested.length === 0} onClick={fill}>
            {t('ranking.settings.fill')}
          </Button>
          {harvested.length === 0 && <p class="muted">{t('ranking.settings.fillNone')}</p>}
        </div>
      )}
      <ol class="ranking-panel__items" data-testid="ranking-panel-items">
        {ranking.config.items.map((i) => (
          <li key={i.id}>
            {i.label}
            {i.source && <span class="muted"> · {i.source}</span>}
          </li>
        ))}
      </ol>
      <RunControls
        {...place}
        run={ranking}
        outbox={outbox}
        canStart={ranking.config.items.length >= 2}
        newRound={t('ranking.control.newRound')}
      />
      <section aria-labelledby="ranking-results-heading">
        <h3 id="ranking-results-heading" class="section-title section-title--small">
          {t('ranking.results')}
        </h3>
        {results && <RankingResults ranking={ranking} results={results} />}
        {plenary && (
          <p class="actions">
            <Button
              testId="ranking-compare-toggle"
              pressed={compare}
              onClick={() =>
                outbox.push({
                  type: 'activity.update',
                  activityId: ranking.id,
                  config: { compare: !compare },
                })
              }
            >
              {compare ? '✓ ' : ''}
              {t('rotx.compare.toggle')}
            </Button>
          </p>
        )}
        {compare && <CompareTable data={comparison} />}
      </section>
    </>
  );
}
