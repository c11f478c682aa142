// What a list of rooms will create, before anything is created (ROOM-9): the count, the rooms
// per arrangement, the first rows and every problem with its line.

import { t, type MessageKey } from '../lib/i18n.js';
import { FirstRows } from './import-parts.js';

export interface Problem {
  line: number;
  message: string;
}

export interface Preview {
  count: number;
  arrangements: { name: string | null; rooms: number }[];
  first: {
    name: string;
    location: string | null;
    arrangement: string | null;
    chairName: string | null;
  }[];
  problems: Problem[];
}

const COLUMNS: MessageKey[] = [
  'print.chairs.room',
  'report.room.location',
  'organizer.overview.arrangement',
  'report.room.chair',
];

export function RoomsPreview(props: { preview: Preview; busy: boolean; onCreate: () => void }) {
  const { preview } = props;
  const ok = preview.problems.length === 0 && preview.count > 0;
  return (
    <div class="rooms-preview" data-testid="rooms-preview">
      <h4>{t('organizer.preview.title')}</h4>
      <p data-testid="rooms-preview-count">{t('organizer.preview.count', { n: preview.count })}</p>
      {preview.arrangements.some((a) => a.name) && (
        <p data-testid="rooms-preview-arrangements">
          {t('organizer.preview.arrangements', { n: preview.arrangements.length })}:{' '}
          {preview.arrangements
            .map((a) => `${a.name ?? t('organizer.preview.none')} (${a.rooms})`)
            .join(', ')}
        </p>
      )}
      {preview.first.length > 0 && (
        <FirstRows
          class="rooms-preview__table"
          caption={t('organizer.preview.first', { n: preview.first.length })}
          columns={COLUMNS}
          rows={preview.first}
          cells={(r) => [r.name, r.location ?? '', r.arrangement ?? '', r.chairName ?? '']}
        />
      )}
      {preview.problems.length > 0 && (
        <div role="alert" class="field-error" data-testid="rooms-problems">
          <p>{t('organizer.rooms.nothingAdded')}</p>
          <ul>
            {preview.problems.map((p) => (
              <li key={`${p.line}-${p.message}`}>
                {t('organizer.rooms.problem', { line: p.line, message: p.message })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {ok && (
        <button
          type="button"
          class="btn btn--primary"
          disabled={props.busy}
          onClick={props.onCreate}
          data-testid="rooms-create"
        >
          {t('organizer.preview.create', { n: preview.count })}
        </button>
      )}
    </div>
  );
}
