// The phone's points ballot (RANK-2): 100 points over the list, a number per item with − and +.
import { RANKING_POINTS, type RankingItem } from '../../../shared/ranking.js';
import { t } from '../../lib/i18n.js';

interface PointsProps {
  items: RankingItem[];
  points: Record<string, number>;
  onChange: (id: string, n: number) => void;
}

/** A number per item with − and + in steps of 5; typing works too. */
export function PointsBallot({ items, points, onChange }: PointsProps) {
  const clamp = (n: number) => Math.max(0, Math.min(RANKING_POINTS, Math.round(n)));
  return (
    <ul class="rank-list" data-testid="ranking-points">
      {items.map((item) => {
        const n = points[item.id] ?? 0;
        const inputId = `pts-${item.id}`;
        return (
          <li key={item.id} class="rank-item rank-item--points">
            <label class="rank-item__label" for={inputId}>
              {item.label}
            </label>
            <span class="rank-item__buttons">
              <button
                type="button"
                class="rank-item__btn"
                aria-label={`− 5 · ${item.label}`}
                onClick={() => onChange(item.id, clamp(n - 5))}
              >
                −
              </button>
              <input
                id={inputId}
                class="rank-item__points"
                type="number"
                inputMode="numeric"
                min={0}
                max={RANKING_POINTS}
                step={1}
                value={n}
                aria-label={t('ranking.pointsFor', { label: item.label })}
                data-testid="ranking-points-input"
                onInput={(e) =>
                  onChange(item.id, clamp(Number((e.currentTarget as HTMLInputElement).value) || 0))
                }
              />
              <button
                type="button"
                class="rank-item__btn"
                aria-label={`+ 5 · ${item.label}`}
                onClick={() => onChange(item.id, clamp(n + 5))}
              >
                +
              </button>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
