// A dilemma round on the phone: post into the current step, read the earlier ones.
import { useState } from 'preact/hooks';
import type { RoundActivity, StatementView } from '../../../shared/model.js';
import { useAnnounceNew } from '../../components/Announcer.js';
import { Button } from '../../components/Button.js';
import { t } from '../../lib/i18n.js';
import type { Session } from '../../lib/session.js';
import { approvedFor } from '../../lib/store.js';
import { Composer } from '../../participant/Composer.js';
import { MineList } from '../../participant/MineList.js';
import { PhoneList } from '../../participant/lists.js';

interface Props {
  round: RoundActivity;
  session: Session;
  draftKey: string;
}

/**
 * A dilemma round on the phone: the dilemma, where the round is ("Stap 2 van 3 · …"), the
 * composer for the current step, and the approved contributions. Earlier steps can be read.
 */
export function RoundView({ round, session, draftKey }: Props) {
  const { dilemma, phases, phase } = round.config;
  const [browsing, setBrowsing] = useState<number | null>(null);
  const viewing = browsing !== null && browsing < phase ? browsing : phase;
  const step = phases[viewing];
  const items = approvedFor(session.conn.view.statements.value, round.id).filter(
    (s) => s.phase === viewing,
  );
  const current = phases[phase];
  const stepText = current
    ? t('round.stepOf', { n: phase + 1, total: phases.length, title: current.title })
    : '';
  useAnnounceNew(`round-step:${round.id}`, [
    { key: `round-step:${round.id}:${phase}`, text: t('announce.step', { step: stepText }) },
  ]);
  useAnnounceNew(
    `round:${round.id}`,
    approvedFor(session.conn.view.statements.value, round.id).map((s) => ({
      key: `statement:${s.id}`,
      text: t('announce.statement', { text: s.text }),
    })),
    (n) => t('announce.many', { n }),
  );
  return (
    <div class="round">
      <p class="round__step" data-testid="round-step">
        {stepText}
      </p>
      {dilemma && (
        <div class="round__dilemma" data-testid="round-dilemma">
          <p class="round__kicker">{t('round.dilemma')}</p>
          <p class="round__dilemma-text">{dilemma}</p>
        </div>
      )}
      {viewing === phase ? (
        <>
          <Composer key={phase} activity={round} outbox={session.outbox} draftKey={draftKey} />
          <MineList activityId={round.id} session={session} />
        </>
      ) : (
        <section class="round__earlier-step" aria-labelledby="round-earlier-title">
          <h1 id="round-earlier-title" class="prompt">
            {t('round.step', { n: viewing + 1, total: phases.length })} · {step?.title}
          </h1>
          {step?.prompt && <p class="round__prompt">{step.prompt}</p>}
          <p class="muted">{t('round.readOnly')}</p>
          <button
            type="button"
            class="btn btn--wide"
            data-testid="round-back"
            onClick={() => setBrowsing(null)}
          >
            {t('round.backToNow')}
          </button>
        </section>
      )}
      <Contributions items={items} />
      {phase > 0 && (
        <nav class="round__nav" aria-labelledby="round-earlier-heading">
          <h2 id="round-earlier-heading" class="section-title">
            {t('round.earlier')}
          </h2>
          <ul class="round__steps">
            {phases.slice(0, phase).map((p, i) => (
              <li key={p.id}>
                <Button
                  class="btn btn--wide round__step-button"
                  testId="round-earlier"
                  pressed={viewing === i}
                  onClick={() => setBrowsing(i)}
                >
                  {t('chair.round.stepButton', { n: i + 1, title: p.title })}
                </Button>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}

function Contributions({ items }: { items: StatementView[] }) {
  return (
    <PhoneList
      id="round-items-heading"
      title="round.contributions"
      empty="round.empty"
      count={items.length}
      testId="round-items"
    >
      {items.map((s) => (
        <li key={s.id} class="wall-item" data-testid="round-item" data-id={s.id}>
          <p class="wall-item__text">{s.text}</p>
          <p class="wall-item__name">{s.name ?? t('wall.anonymous')}</p>
        </li>
      ))}
    </PhoneList>
  );
}
