// A live, scaled, inert mirror of the projector, and what ← / → would put on screen next.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ActivityView } from '../../shared/model.js';
import { t } from '../lib/i18n.js';
import { kindLabel } from '../kinds/index.js';

interface Props {
  /** The room's projector page: the mirror loads exactly that, so it cannot differ from it. */
  projectorUrl: string;
  activities: ActivityView[];
  /** What the screen shows (or is about to, once the room confirms). */
  current: string | null;
}

const W = 1920;
const H = 1080;

/**
 * A live, read-only mirror of the beamer (CHAIR-7): the projector page itself in a frame scaled
 * down to the column, inert and hidden from screen readers (a text says what it is), with what
 * ← and → would put on screen next to it.
 */
export function Mirror({ projectorUrl, activities, current }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const fit = () => setScale(el.clientWidth / W);
    fit();
    const ro = new ResizeObserver(fit);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const at = activities.findIndex((a) => a.id === current);
  const prev = at < 0 ? activities[0] : activities[at - 1];
  const next = at < 0 ? activities[0] : activities[at + 1];
  const name = (a: ActivityView | undefined, none: 'chair.mirror.end' | 'chair.mirror.start') =>
    a ? `${a.title} (${t(kindLabel(a))})` : t(none);
  return (
    <section class="mirror" aria-labelledby="mirror-heading" data-testid="mirror">
      <h2 id="mirror-heading" class="section-title">
        {t('chair.mirror.title')}
      </h2>
      <p class="vh" id="mirror-label">
        {t('chair.mirror.label')}
      </p>
      <div
        class="mirror__frame"
        ref={box}
        style={{ height: `${Math.round(H * scale)}px` }}
        aria-describedby="mirror-label"
      >
        {scale > 0 && (
          <iframe
            src={projectorUrl}
            title={t('chair.mirror.title')}
            width={W}
            height={H}
            tabIndex={-1}
            aria-hidden="true"
            inert
            data-testid="mirror-frame"
            style={{ transform: `scale(${scale})` }}
          />
        )}
      </div>
      <dl class="mirror__steps">
        <div data-testid="mirror-prev">
          <dt>{t('chair.mirror.prev')}</dt>
          <dd>{name(prev, 'chair.mirror.start')}</dd>
        </div>
        <div data-testid="mirror-next">
          <dt>{t('chair.mirror.next')}</dt>
          <dd>{name(next, 'chair.mirror.end')}</dd>
        </div>
      </dl>
    </section>
  );
}
