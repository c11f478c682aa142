import type { ActivityView, EventInfo, StatementView } from '../../shared/model.js';
import { lang, t } from '../lib/i18n.js';
import type { Outbox } from '../lib/outbox.js';
import { exportPath } from '../lib/route.js';
import { PollSettings } from './PollSettings.js';
import { QaSettings } from './QaSettings.js';
import { RoundSettings } from './RoundSettings.js';
import { WallSettings } from './WallSettings.js';

interface Props {
  selected: ActivityView;
  outbox: Outbox;
  /** The activity's statements, for the steps of a round that already hold contributions. */
  mine: StatementView[];
  event: EventInfo;
  chairKey: string;
}

/** The settings form of the selected activity and its own CSV download. */
export function ActivitySettings({ selected, outbox, mine, event, chairKey }: Props) {
  return (
    <>
      {selected?.kind === 'wall' && (
        <WallSettings key={selected.id} activity={selected} outbox={outbox} />
      )}
      {selected?.kind === 'poll' && (
        <PollSettings key={selected.id} poll={selected} outbox={outbox} />
      )}
      {selected?.kind === 'qa' && (
        <QaSettings key={selected.id} activity={selected} outbox={outbox} />
      )}
      {selected?.kind === 'round' && (
        <RoundSettings
          key={selected.id}
          round={selected}
          outbox={outbox}
          usedSteps={
            new Set(
              mine.flatMap((s) =>
                s.phase === undefined ? [] : [selected.config.phases[s.phase]?.id ?? ''],
              ),
            )
          }
        />
      )}
      {selected && (
        <p class="activity-export">
          <a
            href={exportPath(event.code, 'csv', chairKey, lang.value === 'nl', selected.id)}
            download
            data-testid="activity-export-link"
          >
            {t('chair.exportActivity', { title: selected.title })}
          </a>
        </p>
      )}
    </>
  );
}
