// A slide's title and body as every screen shows it: plain text, line breaks kept (SLIDE-2).
import type { SlideActivity } from '../../../shared/model.js';
import { t } from '../../lib/i18n.js';

interface Props {
  slide: SlideActivity;
  /** The block's class: each screen sizes it in its own CSS. */
  class: string;
  /** The title's heading level on this page. */
  heading?: 'h1' | 'h2';
}

/** The title, then the body; the join slide on a small screen says to look at the big one. */
export function SlideText({ slide, class: cls, heading = 'h2' }: Props) {
  const H = heading;
  const join = slide.config.variant === 'join';
  return (
    <section class={cls} data-testid="slide" data-variant={slide.config.variant}>
      <H class={`${cls}-title`} data-testid="slide-title">
        {slide.title}
      </H>
      {join ? (
        <p class={`${cls}-body`} data-testid="slide-watch">
          {t('slide.watchScreen')}
        </p>
      ) : (
        slide.config.body && (
          <p class={`${cls}-body`} data-testid="slide-body">
            {slide.config.body}
          </p>
        )
      )}
    </section>
  );
}
