// A dilemma round on the beamer: the dilemma, the steps, the current step's contributions.
import type { RoundActivity, StatementView } from '../../../shared/model.js';
import { t } from '../../lib/i18n.js';
import { approvedFor } from '../../lib/store.js';
import { ProjectorWall } from '../wall/ProjectorWall.js';

interface Props {
  round: RoundActivity;
  statements: ReadonlyMap<string, StatementView>;
}

/** The round on the beamer: the dilemma, the steps with the current one lit, its prompt large. */
export function ProjectorRound({ round, statements }: Props) {
  const { dilemma, phases, phase } = round.config;
  const step = phases[phase];
  const items = approvedFor(statements, round.id).filter((s) => s.phase === phase);
  return (
    <div class="projector-round" data-testid="projector-round">
      {dilemma && (
        <p class="projector-round__dilemma" data-testid="projector-dilemma">
          {dilemma}
        </p>
      )}
      <ol class="projector-round__steps" aria-label={t('round.steps')}>
        {phases.map((p, i) => (
          <li
            key={p.id}
            class={i === phase ? 'projector-round__step is-current' : 'projector-round__step'}
            data-testid="projector-step"
            aria-current={i === phase ? 'step' : undefined}
          >
            <span class="projector-round__n">{i + 1}</span> {p.title}
          </li>
        ))}
      </ol>
      <h1 class="projector__prompt" data-testid="projector-round-prompt">
        {step?.prompt || step?.title}
      </h1>
      <ProjectorWall items={items} maxFraction={0.07} empty="round.empty" />
    </div>
  );
}
