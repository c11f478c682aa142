// The chair's round controls: the current step, next and previous, open or closed (ROUND-3).
import type { RoundActivity } from '../../../shared/model.js';
import { Button } from '../../components/Button.js';
import { t } from '../../lib/i18n.js';
import type { Outbox } from '../../lib/outbox.js';

/** Leads the round: which step is current, next/previous, open or closed (ROUND-3). */
export function RoundPanel({ round, outbox }: { round: RoundActivity; outbox: Outbox }) {
  const { phases, phase, open } = round.config;
  const go = (n: number) => outbox.push({ type: 'round.control', activityId: round.id, phase: n });
  return (
    <section class="round-panel" aria-labelledby="round-panel-heading" data-testid="round-panel">
      <h2 id="round-panel-heading" class="section-title">
        {t('chair.round.heading')}
      </h2>
      <ol class="round-panel__steps">
        {phases.map((p, i) => (
          <li key={p.id}>
            <Button
              class={i === phase ? 'btn round-panel__step is-current' : 'btn round-panel__step'}
              testId="round-step-button"
              index={i}
              pressed={i === phase}
              onClick={() => go(i)}
            >
              {t('chair.round.stepButton', { n: i + 1, title: p.title })}
            </Button>
          </li>
        ))}
      </ol>
      <div class="actions">
        <Button testId="round-previous" disabled={phase <= 0} onClick={() => go(phase - 1)}>
          ← {t('chair.round.previous')}
        </Button>
        <Button
          class="btn btn--primary"
          testId="round-next"
          disabled={phase >= phases.length - 1}
          onClick={() => go(phase + 1)}
        >
          {t('chair.round.next')} →
        </Button>
        <Button
          testId="round-open-toggle"
          onClick={() =>
            outbox.push({
              type: 'round.control',
              activityId: round.id,
              ...(open ? { close: true as const } : { open: true as const }),
            })
          }
        >
          {t(open ? 'chair.round.close' : 'chair.round.open')}
        </Button>
      </div>
      <p class="muted" role="status" data-testid="round-open-state">
        {t(open ? 'chair.round.isOpen' : 'chair.round.isClosed')}
      </p>
    </section>
  );
}
