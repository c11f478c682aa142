// The phone during a poll: the question, the ballot, your vote, the results once shown.
import { useEffect, useRef } from 'preact/hooks';
import type { PollActivity, PollChoice } from '../../../shared/model.js';
import { useAnnounceNew } from '../../components/Announcer.js';
import { PollResults } from '../../components/PollResults.js';
import { WhyOption } from '../../components/WhyOption.js';
import { t } from '../../lib/i18n.js';
import { currentVote, lastRounds, optionLetter, resultSummary } from '../../lib/poll.js';
import type { Session } from '../../lib/session.js';
import { approvedFor } from '../../lib/store.js';
import { ChoiceBallot } from './ChoiceBallot.js';
import { CloudBallot } from './CloudBallot.js';
import { MineList } from '../../participant/MineList.js';
import { useRefusal } from '../../participant/sent.js';
import { ScaleBallot } from './ScaleBallot.js';
import { WhyForm } from './WhyForm.js';

/** What a participant's vote looks like in words: "A. De zorg toch aanbieden", "4", "zorg, tijd". */
function describeChoice(poll: PollActivity, choice: PollChoice): string {
  if (choice.value !== undefined) return String(choice.value);
  if (choice.words) return choice.words.join(', ');
  const { options } = poll.config;
  return (choice.optionIds ?? [])
    .map((id) => {
      const i = options.findIndex((o) => o.id === id);
      return i < 0 ? id : `${optionLetter(i)}. ${options[i]?.label ?? ''}`;
    })
    .join(', ');
}

/** The phone during a poll: the question, the ballot, what you chose, and the results once shown. */
export function PollView({ poll, session }: { poll: PollActivity; session: Session }) {
  const { conn, outbox } = session;
  const [problem, setProblem] = useRefusal(
    outbox,
    (cmd) => cmd.type === 'poll.vote' && cmd.pollId === poll.id,
    poll.id,
  );

  let pending: PollChoice | undefined;
  for (const cmd of outbox.pending.value) {
    if (cmd.type === 'poll.vote' && cmd.pollId === poll.id) pending = cmd;
  }
  const confirmed = currentVote(conn.view.mine.value.votes, poll);
  // The confirmation sits under the ballot: bring it into view when a vote has just landed.
  const status = useRef<HTMLDivElement>(null);
  const wasSending = useRef(false);
  useEffect(() => {
    if (wasSending.current && !pending) status.current?.scrollIntoView({ block: 'nearest' });
    wasSending.current = pending !== undefined;
  });
  const shown = pending ?? confirmed;
  // Round 2 and later: what you chose the round before, until you vote again (POLL-15).
  const earlier = conn.view.mine.value.votes.get(poll.id);
  const previous =
    !shown && earlier && poll.round > 1 && earlier.round === poll.round - 1 ? earlier : undefined;
  const results = conn.view.polls.value.get(poll.id);
  const open = poll.state === 'open';
  const round = lastRounds(results).now;
  // Live results show on the phone only after your own vote, so nobody just follows the crowd
  // (POLL-14); the chair can choose to show them always.
  const herding = open && !confirmed && poll.config.resultsMode === 'live';
  useAnnounceNew(
    `results:${poll.id}`,
    results && round
      ? [
          {
            key: `results:${poll.id}:${round.round}`,
            text: t('announce.result', { summary: resultSummary(poll, results) }),
          },
        ]
      : [],
  );
  const vote = (choice: PollChoice) => {
    setProblem(null);
    outbox.push({ type: 'poll.vote', pollId: poll.id, ...choice });
  };
  const whys = poll.config.showWhy ? approvedFor(conn.view.statements.value, poll.id) : [];
  const kind = poll.config.pollKind;
  const Ballot = kind === 'scale' ? ScaleBallot : kind === 'cloud' ? CloudBallot : ChoiceBallot;

  return (
    <section
      class="poll"
      aria-labelledby="poll-question"
      data-testid="poll"
      data-state={poll.state}
    >
      {poll.round > 1 && <p class="badge">{t('poll.round', { n: poll.round })}</p>}
      <h1 id="poll-question" class="prompt">
        {poll.config.question}
      </h1>
      {poll.state === 'draft' && (
        <p class="waiting" data-testid="poll-waiting">
          {t('poll.waiting')}
        </p>
      )}
      {poll.state === 'closed' && <p class="closed">{t('poll.closed')}</p>}
      {open && previous && kind !== 'cloud' && (
        <p class="revote" data-testid="revote-reminder">
          {t('poll.revote', { n: previous.round, choice: describeChoice(poll, previous) })}
        </p>
      )}
      {open && <Ballot poll={poll} shown={shown} sending={pending !== undefined} onVote={vote} />}
      {problem && (
        <p class="field-error" data-testid="vote-error">
          {t(problem)}
        </p>
      )}
      {shown && kind !== 'cloud' && (
        <div
          ref={status}
          class={pending ? 'vote-status' : 'vote-status vote-status--sent'}
          data-testid="vote-status"
          data-state={pending ? 'sending' : 'sent'}
          role="status"
        >
          <p>{t(pending ? 'poll.sending' : 'poll.voted')}</p>
          <p>{t('poll.youChose', { choice: describeChoice(poll, shown) })}</p>
          {open && !pending && <p class="vote-status__note">{t('poll.canChange')}</p>}
        </div>
      )}
      {confirmed && poll.config.askWhy && poll.state !== 'draft' && (
        <WhyForm key={`${poll.id}:${poll.round}`} poll={poll} outbox={outbox} />
      )}
      <MineList activityId={poll.id} session={session} />
      {herding ? (
        <p class="muted" data-testid="results-after-vote">
          {t('poll.resultsAfterVote')}
        </p>
      ) : results ? (
        <section class="poll__results" aria-labelledby="results-heading">
          <h2 id="results-heading" class="section-title">
            {t('poll.results')}
          </h2>
          <PollResults poll={poll} results={results} cloudLimit={30} />
        </section>
      ) : (
        poll.state === 'closed' && <p class="muted">{t('poll.resultsLater')}</p>
      )}
      {whys.length > 0 && (
        <section aria-labelledby="whys-heading">
          <h2 id="whys-heading" class="section-title">
            {t('poll.why.heading')}
          </h2>
          <ul class="whys">
            {whys.map((s) => (
              <li key={s.id} class="wall-item" data-testid="why-item">
                <WhyOption poll={poll} optionIds={s.optionIds} />
                <p class="wall-item__text">{s.text}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
