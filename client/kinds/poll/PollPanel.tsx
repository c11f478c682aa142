// The chair's poll controls (start, close, reveal, hide, run again) and its live results.
import { useEffect, useState } from 'preact/hooks';
import type { PollActivity, PollConfig } from '../../../shared/model.js';
import type { PollAction } from '../../../shared/protocol.js';
import { PollResults } from '../../components/PollResults.js';
import { Check } from '../../chair/draft.js';
import { t } from '../../lib/i18n.js';
import type { Session } from '../../lib/session.js';
import { CloudWords } from './CloudWords.js';
import { PollIntegrity } from './PollIntegrity.js';

interface Props {
  poll: PollActivity;
  session: Session;
  /** Whether this poll is what the projector and the phones show. */
  onScreen: boolean;
  onShow: (id: string) => void;
}

/** Running a poll: start, close, reveal, run again; the live results the chair always sees. */
export function PollPanel({ poll, session, onScreen, onShow }: Props) {
  const { outbox, conn } = session;
  const results = conn.view.polls.value.get(poll.id);
  const control = (action: PollAction) =>
    outbox.push({ type: 'poll.control', pollId: poll.id, action });
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
  const start = () => {
    if (!onScreen) onShow(poll.id);
    control('open');
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
      {!onScreen && (
        <p class="hint">
          {t('chair.poll.notOnScreen')}{' '}
          <button type="button" class="btn btn--small" onClick={() => onShow(poll.id)}>
            {t('chair.showOnScreen')}
          </button>
        </p>
      )}
      <div class="actions poll-panel__controls">
        {poll.state === 'draft' && (
          <button type="button" class="btn btn--ok" data-testid="poll-start" onClick={start}>
            {t('chair.poll.start')}
          </button>
        )}
        {poll.state === 'open' && (
          <button
            type="button"
            class="btn btn--danger"
            data-testid="poll-close"
            onClick={() => control('close')}
          >
            {t('chair.poll.close')}
          </button>
        )}
        {poll.state === 'closed' && (
          <button
            type="button"
            class="btn"
            data-testid="poll-reopen"
            onClick={() => control('open')}
          >
            {t('chair.poll.reopen')}
          </button>
        )}
        {poll.state !== 'draft' && (
          <>
            <button
              type="button"
              class={poll.revealed ? 'btn' : 'btn btn--primary'}
              data-testid="poll-reveal"
              aria-pressed={poll.revealed ? 'true' : 'false'}
              onClick={() => control(poll.revealed ? 'hide' : 'reveal')}
            >
              {t(poll.revealed ? 'chair.poll.hide' : 'chair.poll.reveal')}
            </button>
            <button
              type="button"
              class="btn"
              data-testid="poll-new-round"
              onClick={() => control('newRound')}
            >
              {t('chair.poll.newRound', { n: poll.round + 1 })}
            </button>
          </>
        )}
      </div>
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
