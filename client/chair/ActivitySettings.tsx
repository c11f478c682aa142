// The settings form of the selected activity (its kind's, from kinds/chair.tsx) and its CSV.
import type { ActivityView, EventInfo, StatementView } from '../../shared/model.js';
import { lang, t } from '../lib/i18n.js';
import type { Outbox } from '../lib/outbox.js';
import { exportPath } from '../lib/route.js';
import { CHAIR_SETTINGS } from '../kinds/chair.js';
import { partFor } from '../lib/kind-table.js';

interface Props {
  selected: ActivityView;
  outbox: Outbox;
  /** The activity's statements, for the steps of a round that already hold contributions. */
  mine: StatementView[];
  event: EventInfo;
  chairKey: string;
  /** The room's agenda, in order. */
  agenda: ActivityView[];
}

/** The settings form of the selected activity and its own CSV download. */
export function ActivitySettings({ selected, outbox, mine, event, chairKey, agenda }: Props) {
  return (
    <>
      {partFor(CHAIR_SETTINGS, selected, { outbox, mine, event, chairKey, agenda })}
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
