// A live, scaled, inert mirror of the projector, and rendered previews of what ← / → would put
// on screen next.
import type { ActivityView } from '../../shared/model.js';
import { t } from '../lib/i18n.js';
import type { ViewStore } from '../lib/store.js';
import { kindLabel } from '../kinds/index.js';
import { PreviewFrame } from './PreviewFrame.js';

interface Props {
  /** The room's projector page: the mirror loads exactly that, so it cannot differ from it. */
  projectorUrl: string;
  activities: ActivityView[];
  /** What the screen shows (or is about to, once the room confirms). */
  current: string | null;
  /** The chair's view: the previews are drawn from it, filtered to what the hall may see. */
  view: ViewStore;
}

/**
 * A live, read-only mirror of the beamer (CHAIR-7): the projector page itself in a frame scaled
 * down to the column, inert and hidden from screen readers (a text says what it is). Beside it
 * what ← and → would put on screen, each rendered by the projector's own components from the
 * chair's data as the public would see it (CHAIR-12).
 */
export function Mirror({ projectorUrl, activities, current, view }: Props) {
  const at = activities.findIndex((a) => a.id === current);
  const prev = at < 0 ? activities[0] : activities[at - 1];
  const next = at < 0 ? activities[0] : activities[at + 1];
  const step = (
    a: ActivityView | undefined,
    which: 'prev' | 'next',
    none: 'chair.mirror.end' | 'chair.mirror.start',
  ) => (
    <div class="mirror__step">
      <dl class="mirror__steps">
        <div data-testid={`mirror-${which}`}>
          <dt>{t(which === 'prev' ? 'chair.mirror.prev' : 'chair.mirror.next')}</dt>
          <dd>{a ? `${a.title} (${t(kindLabel(a))})` : t(none)}</dd>
        </div>
      </dl>
      {a && (
        <PreviewFrame
          key={a.id}
          projectorUrl={projectorUrl}
          title={t('chair.mirror.preview', { title: a.title })}
          testId={`preview-${which}-frame`}
          preview={{ activity: a, view }}
        />
      )}
    </div>
  );
  return (
    <section class="mirror" aria-labelledby="mirror-heading" data-testid="mirror">
      <h2 id="mirror-heading" class="section-title">
        {t('chair.mirror.title')}
      </h2>
      <p class="vh" id="mirror-label">
        {t('chair.mirror.label')}
      </p>
      <div aria-describedby="mirror-label">
        <PreviewFrame
          projectorUrl={projectorUrl}
          title={t('chair.mirror.title')}
          testId="mirror-frame"
        />
      </div>
      <div class="mirror__next">
        {step(prev, 'prev', 'chair.mirror.start')}
        {step(next, 'next', 'chair.mirror.end')}
      </div>
    </section>
  );
}
