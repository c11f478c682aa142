// On the plenary: how many harvest items are new to this chair, and new harvest put on screen by
// itself.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ActivityView, StatementView } from '../../shared/model.js';
import { Button } from '../components/Button.js';
import { t } from '../lib/i18n.js';
import { readJson, readString, writeJson, writeString } from '../lib/storage.js';

const isIdList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');

export interface HarvestWatch {
  /** The plenary's harvest wall, once the first item arrived. */
  wall: ActivityView | undefined;
  /** Items on it the chair has not looked at yet. */
  fresh: number;
  auto: boolean;
  setAuto: (on: boolean) => void;
}

/**
 * What reached the plenary from the rooms and the plenary chair has not seen (CHAIR-11). Seen
 * means: the harvest wall was open in the console or on screen while the item was there. Kept
 * per browser, so a reload does not make everything new again. With "auto" on, new items put
 * the harvest wall on screen.
 */
export function useHarvestWatch(opts: {
  storageKey: string;
  activities: ActivityView[];
  statements: Iterable<StatementView>;
  looking: (wallId: string) => boolean;
  show: (id: string) => void;
}): HarvestWatch {
  const wall = opts.activities.find((a) => a.kind === 'wall' && a.config.harvest);
  const [seen, setSeen] = useState<ReadonlySet<string>>(
    () => new Set(readJson(`${opts.storageKey}.seen`, isIdList) ?? []),
  );
  const [auto, setAutoState] = useState(() => readString(`${opts.storageKey}.auto`) === '1');
  const items = wall
    ? [...opts.statements].filter((s) => s.activityId === wall.id && s.status === 'approved')
    : [];
  const unseen = items.filter((s) => !seen.has(s.id));
  const looking = wall !== undefined && opts.looking(wall.id);
  const lastFresh = useRef(0);
  useEffect(() => {
    if (!wall || unseen.length === 0) {
      lastFresh.current = 0;
      return;
    }
    if (looking) {
      const next = new Set([...seen, ...unseen.map((s) => s.id)]);
      setSeen(next);
      writeJson(`${opts.storageKey}.seen`, [...next]);
    } else if (auto && unseen.length > lastFresh.current) {
      opts.show(wall.id);
    }
    lastFresh.current = unseen.length;
  });
  return {
    wall,
    fresh: looking ? 0 : unseen.length,
    auto,
    setAuto(on) {
      setAutoState(on);
      writeString(`${opts.storageKey}.auto`, on ? '1' : null);
    },
  };
}

/** The plenary chair's notice: new harvest came in, look at it or put it on screen. */
export function HarvestNotice({
  watch,
  onOpen,
  onShow,
}: {
  watch: HarvestWatch;
  onOpen: (id: string) => void;
  onShow: (id: string) => void;
}) {
  const { wall } = watch;
  if (!wall) return null;
  return (
    <div class="harvest-notice" data-fresh={watch.fresh > 0 ? 'true' : 'false'}>
      <p role="status" class="harvest-notice__text" data-testid="harvest-notice">
        {watch.fresh > 0 ? t('chair.harvestNew', { n: watch.fresh, title: wall.title }) : ''}
      </p>
      {watch.fresh > 0 && (
        <>
          <Button class="btn btn--small" testId="harvest-open" onClick={() => onOpen(wall.id)}>
            {t('chair.harvestOpen')}
          </Button>
          <Button
            class="btn btn--small btn--primary"
            testId="harvest-show"
            onClick={() => onShow(wall.id)}
          >
            {t('chair.harvestShow')}
          </Button>
        </>
      )}
      <label class="harvest-notice__auto">
        <input
          type="checkbox"
          data-testid="harvest-auto"
          checked={watch.auto}
          onChange={(e) => watch.setAuto(e.currentTarget.checked)}
        />{' '}
        {t('chair.harvestAuto')}
      </label>
    </div>
  );
}
