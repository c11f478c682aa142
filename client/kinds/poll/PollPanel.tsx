// The chair's poll controls (start, close, reveal, hide, run again) and its live results.
import { useEffect, useState } from 'preact/hooks';
import type { PollActivity, PollConfig } from '../../../shared/model.js';
import { PollResults } from '../../components/PollResults.js';
import { Check } from '../../chair/draft.js';
import { t } from '../../lib/i18n.js';
import { RunControls, ShowOnScreen, type PanelPlace } from '../RunControls.js';
import type { Session } from '../../lib/session.js';
import { CloudWords } from './CloudWords.js';
import { PollIntegrity } from './PollIntegrity.js';

interface Props extends PanelPlace {
  poll: PollActivity;
  session: Session;
}

/** Running a poll: start, close, reveal, run again; the live results the chair always sees. */
export function PollPanel({ poll, session, ...place }: Props) {
  const { outbox, conn } = session;
  const results = conn.view.polls.value.get(poll.id);
  // A toggle shows what was asked for until the server agrees (or refuses), not the old value.
  const [wanted, setWanted] = useState<Partial<PollConfig>>({});
  useEffect(() => {
    const config = poll.config as unknown as Record<string, unknown>;
    const left = Object.entries(wanted).filter(([k, v]) => config[k] !== v);
    if (left.length !== Object.keys(wanted).length) setWanted(Object.fromEntries(left));
  }, [poll.config]);
  useEffect(
    () =>
      outbox.onSettled((s) => {
        if (s.kind === 'error' && s.cmd.type === 'activity.update') setWanted({});
      }),
    [outbox],
  );
  const c = { ...poll.config, ...wanted };
  const toggle = (config: Partial<PollConfig>) => {
    setWanted({ ...wanted, ...config });
    outbox.push({ type: 'activity.update', activityId: poll.id, config });
  };

  return (
    <>
      <h2 id="poll-heading" class="section-title">
        {poll.title}{' '}
        <span class="badge" data-testid="poll-state" data-state={poll.state}>
          {t(`chair.poll.state.${poll.state}`)}
        </span>{' '}
        {poll.round > 1 && <span class="badge">{t('poll.round', { n: poll.round })}</span>}
      </h2>
      <p class="poll-panel__question">{c.question}</p>
      <ShowOnScreen id={poll.id} {...place}>
        {t('chair.poll.notOnScreen')}{' '}
      </ShowOnScreen>
      <RunControls
        {...place}
        run={poll}
        outbox={outbox}
        newRound={t('chair.poll.newRound', { n: poll.round + 1 })}
      />
      {poll.state !== 'draft' && (
        <p class="poll-panel__reveal" data-testid="poll-revealed" role="status">
          {t(poll.revealed ? 'chair.poll.revealed' : 'chair.poll.notRevealed')}
        </p>
      )}
      <section class="poll-panel__results" aria-labelledby="results-heading">
        <h3 id="results-heading" class="section-title section-title--small">
          {t('chair.poll.results')}
        </h3>
        <PollResults poll={poll} results={results} cloudLimit={40} />
        {c.pollKind === 'cloud' && <CloudWords poll={poll} results={results} outbox={outbox} />}
        <PollIntegrity poll={poll} results={results} outbox={outbox} />
      </section>
      <fieldset class="poll-panel__display">
        <legend>{t('chair.poll.display')}</legend>
        <Check
          testId="show-percentages"
          checked={c.showPercentages}
          label={t('chair.poll.showPercentages')}
          onChange={(showPercentages) => toggle({ showPercentages })}
        />
        <Check
          testId="show-counts"
          checked={c.showCounts}
          label={t('chair.poll.showCounts')}
          onChange={(showCounts) => toggle({ showCounts })}
        />
        {c.askWhy && (
          <Check
            testId="show-why"
            checked={c.showWhy}
            label={t('chair.poll.showWhy')}
            onChange={(showWhy) => toggle({ showWhy })}
          />
        )}
      </fieldset>
    </>
  );
}
