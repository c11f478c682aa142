// The chair's agenda: every activity with its kind, state and waiting count, the button that
// puts it on screen, its settings, and one add button per kind (from kinds/index.ts).
import type { ActivityKind, ActivityView } from '../../shared/model.js';
import { KIND_ORDER, KINDS, kindOf } from '../kinds/index.js';
import { t } from '../lib/i18n.js';

interface Props {
  activities: ActivityView[];
  /** What the projector and phones show (or are about to). */
  current: string | null;
  /** Whose settings, queue and wall are open on this laptop. */
  selectedId: string | null;
  pendingByActivity: ReadonlyMap<string, number>;
  /** The plenary's harvest wall and how many items on it are new to this chair. */
  fresh?: { id: string; n: number } | undefined;
  onShow: (id: string | null) => void;
  onSelect: (id: string) => void;
  onAdd: (kind: ActivityKind) => void;
}

export function Agenda(props: Props) {
  const { activities, current, selectedId, pendingByActivity } = props;
  return (
    <section class="agenda" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading" class="section-title">
        {t('chair.agenda')}
      </h2>
      <p class="hint">{t('chair.agendaHint')}</p>
      <ol class="agenda__list">
        {activities.map((a) => {
          const onScreen = a.id === current;
          const pending = pendingByActivity.get(a.id) ?? 0;
          const kind = kindOf(a);
          const note = kind.note?.(a);
          return (
            <li key={a.id} class={a.id === selectedId ? 'agenda__row is-selected' : 'agenda__row'}>
              <button
                type="button"
                class={onScreen ? 'agenda__show is-current' : 'agenda__show'}
                data-testid="agenda-item"
                data-id={a.id}
                data-current={onScreen ? 'true' : 'false'}
                aria-current={onScreen ? 'true' : undefined}
                aria-describedby={onScreen ? 'on-screen-label' : undefined}
                onClick={() => props.onShow(a.id)}
              >
                <span class="agenda__title">
                  {a.title}
                  <span class="agenda__kind">
                    {t(kind.label(a))}
                    {note !== undefined && ` · ${note}`}
                  </span>
                </span>
                {onScreen && <span class="badge badge--live">{t('chair.onScreen')}</span>}
                {kind.open?.(a) && (
                  <span class="badge badge--open" data-testid="qa-open-badge">
                    {t('chair.qa.openBadge')}
                  </span>
                )}
                {props.fresh?.id === a.id && props.fresh.n > 0 && (
                  <span class="badge badge--live" data-testid="harvest-new">
                    {t('chair.harvestNewBadge', { n: props.fresh.n })}
                  </span>
                )}
                {pending > 0 && (
                  <span class="badge">{t('chair.pendingCount', { n: pending })}</span>
                )}
              </button>
              <button
                type="button"
                class="btn btn--small agenda__settings"
                aria-pressed={a.id === selectedId ? 'true' : 'false'}
                aria-label={t('chair.settingsOf', { title: a.title })}
                onClick={() => props.onSelect(a.id)}
              >
                {t('chair.settings')}
              </button>
            </li>
          );
        })}
      </ol>
      <span id="on-screen-label" class="vh">
        {t('chair.onScreen')}
      </span>
      <div class="agenda__actions">
        {KIND_ORDER.map((k) => {
          const { add } = KINDS[k];
          return (
            <button
              key={k}
              type="button"
              class={add.primary ? 'btn btn--primary' : 'btn'}
              data-testid={add.testId}
              onClick={() => props.onAdd(k)}
            >
              {t(add.label)}
            </button>
          );
        })}
        <button
          type="button"
          class="btn"
          data-testid="clear-screen-button"
          disabled={current === null}
          onClick={() => props.onShow(null)}
        >
          {t('chair.clearScreen')}
        </button>
      </div>
    </section>
  );
}
