// The plenary's ranking next to the locations' (RANK-9, RANK-11): a row per item in the
// plenary's order, the plenary's place and each location's place there ("–": not on its list).
// The chair's "Per locatie" and, large, the plenary's projector. Fetched over HTTP (the
// locations are other rooms), again at most every 3 s while the plenary's result changes.
import './compare.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatNumber } from '../../../shared/format.js';
import type { CompareCell, RankingComparison } from '../../../shared/ranking-compare.js';
import { lang, t } from '../../lib/i18n.js';

const EVERY_MS = 3000;
/** The beamer shows this many locations; the report has them all. */
const BIG_COLUMNS = 6;

export type Loaded = RankingComparison | null | 'failed' | undefined;

/** The comparison while `on`; `trigger` (the plenary's voters) changing asks again. */
export function useComparison(
  who: { eventCode: string; key?: string | undefined },
  rankingId: string,
  on: boolean,
  trigger: number,
) {
  const [data, setData] = useState<Loaded>(undefined);
  const last = useRef(0);
  useEffect(() => {
    if (!on) return;
    let gone = false;
    const load = async () => {
      last.current = Date.now();
      const key = who.key ? `?k=${encodeURIComponent(who.key)}` : '';
      const res = await fetch(
        `/api/events/${who.eventCode}/rankings/${rankingId}/compare${key}`,
      ).catch(() => null);
      const body = res?.ok
        ? ((await res.json().catch(() => null)) as { comparison: RankingComparison | null } | null)
        : null;
      if (!gone) setData(body ? body.comparison : 'failed');
    };
    const wait = Math.max(0, last.current + EVERY_MS - Date.now());
    const timer = setTimeout(() => void load(), wait);
    return () => {
      gone = true;
      clearTimeout(timer);
    };
  }, [on, rankingId, trigger]);
  return data;
}

const mean = (c: CompareCell) => (c.mean === null ? '–' : formatNumber(c.mean, lang.value, 1));

export function CompareTable({ data, big }: { data: Loaded; big?: boolean }) {
  if (data === undefined) return <p class="muted">{t('rotx.compare.loading')}</p>;
  if (data === 'failed') return <p class="muted">{t('rotx.compare.failed')}</p>;
  if (data === null) return <p class="muted">{t('rotx.compare.none')}</p>;
  const columns = big ? data.columns.slice(0, BIG_COLUMNS) : data.columns;
  const more = data.columns.length - columns.length;
  const cell = (c: CompareCell | null, k: number) =>
    c === null ? (
      <td key={k} class="rank-compare__none">
        –
      </td>
    ) : (
      <td key={k}>
        <strong>{c.place}</strong>
        {!big && <span class="muted"> ({mean(c)})</span>}
      </td>
    );
  return (
    <div
      class={big ? 'rank-compare rank-compare--big' : 'rank-compare'}
      {...(big ? {} : { tabIndex: 0, role: 'region', 'aria-label': t('rotx.compare.toggle') })}
    >
      <table class="rank-compare__table" data-testid="ranking-compare">
        <thead>
          <tr>
            <th scope="col">{t('ranking.result.item')}</th>
            <th scope="col" class="rank-compare__plenary">
              {t('rotx.compare.plenary')}
            </th>
            {columns.map((col) => (
              <th scope="col" key={col.roomId}>
                {col.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row) => (
            <tr key={row.label} data-testid="ranking-compare-row">
              <th scope="row">{row.label}</th>
              {[row.plenary, ...row.locations.slice(0, columns.length)].map(cell)}
            </tr>
          ))}
        </tbody>
      </table>
      <p class="rank-compare__note">
        {t(big ? 'rotx.compare.places' : `rotx.compare.hint.${data.mode}`)}
        {more > 0 && ` ${t('rotx.compare.more', { n: more })}`}
      </p>
    </div>
  );
}
