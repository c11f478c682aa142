// A poll on the beamer: the options while voting, then the results' chart, fitted to the stage.
import { useRef } from 'preact/hooks';
import { PROJECTOR_BODY_MIN } from '../../../shared/brand.js';
import type { PollActivity, StatementView } from '../../../shared/model.js';
import { PollResults } from '../../components/PollResults.js';
import { WhyOption } from '../../components/WhyOption.js';
import { t, type MessageKey } from '../../lib/i18n.js';
import { lastRounds, optionLetter } from '../../lib/poll.js';
import type { ViewStore } from '../../lib/store.js';
import { approvedFor } from '../../lib/store.js';
import { fitFont, useFit } from '../../projector/fit.js';
import { ProjectorWall } from '../wall/ProjectorWall.js';

/** The largest font as a fraction of the screen height; the smallest is the hall minimum. */
const MAX_FRACTION = 0.05;

function statusKey(poll: PollActivity, revealed: boolean): MessageKey | null {
  if (poll.state === 'draft') return 'projector.poll.waiting';
  if (poll.state === 'open') return 'projector.poll.voteNow';
  return revealed ? 'projector.poll.closed' : 'projector.poll.hidden';
}

/** While the results are not shown, the room reads the question and the options. */
function Preview({ poll }: { poll: PollActivity }) {
  const c = poll.config;
  if (c.pollKind === 'cloud') {
    return <p class="projector-poll__invite">{t('projector.poll.cloudEmpty')}</p>;
  }
  if (c.pollKind === 'scale') {
    return (
      <ol
        class="projector-scale"
        aria-label={t('poll.scaleHint', { min: c.scale.min, max: c.scale.max })}
      >
        {Array.from({ length: c.scale.max - c.scale.min + 1 }, (_, i) => (
          <li key={i} class="projector-scale__value">
            {c.scale.min + i}
          </li>
        ))}
        <li class="projector-scale__ends">
          <span>{c.scale.minLabel}</span>
          <span>{c.scale.maxLabel}</span>
        </li>
      </ol>
    );
  }
  return (
    <ol class="projector-options" data-testid="projector-options">
      {c.options.map((o, i) => (
        <li key={o.id} class="projector-option">
          <p class="projector-option__label">
            <span class="projector-option__letter">{optionLetter(i)}</span>
            {o.label}
          </p>
          {o.drawback && (
            <p class="projector-option__drawback">
              {t('poll.drawback')} {o.drawback}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}

/**
 * The why cards beside the results (POLL-13), paged like the wall, grouped by option (in the
 * options' order) and each marked with its option's letter, as the bars are.
 */
function Whys({ poll, whys }: { poll: PollActivity; whys: StatementView[] }) {
  const index = (s: StatementView) => {
    const i = poll.config.options.findIndex((o) => s.optionIds?.includes(o.id));
    return i < 0 ? poll.config.options.length : i;
  };
  const byOption = [...whys].sort((a, b) => index(a) - index(b));
  return (
    <aside
      class="projector-poll__whys"
      aria-label={t('poll.why.heading')}
      data-testid="projector-whys"
    >
      <ProjectorWall
        items={byOption}
        maxFraction={0.07}
        keepOrder
        badge={(s) => <WhyOption poll={poll} optionIds={s.optionIds} short />}
      />
    </aside>
  );
}

export function ProjectorPoll({ poll, view }: { poll: PollActivity; view: ViewStore }) {
  const results = view.polls.value.get(poll.id);
  const whys = poll.config.showWhy ? approvedFor(view.statements.value, poll.id) : [];
  const status = statusKey(poll, results !== undefined);
  const stage = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  // Counts change the width of bars, not their height: only what changes the text refits.
  const words = lastRounds(results).now?.words?.map((w) => `${w.word}:${w.count}`);
  const signature = JSON.stringify([poll.config, poll.round, !!results, whys.length, words]);
  useFit(stage, signature, (el) => {
    const vh = document.documentElement.clientHeight;
    if (!content.current) return;
    fitFont(el, content.current, vh * PROJECTOR_BODY_MIN, vh * MAX_FRACTION);
  });
  return (
    <div
      class="projector-poll"
      data-testid="projector-poll"
      data-state={poll.state}
      data-revealed={results ? 'true' : 'false'}
    >
      <h1 class="projector__prompt">{poll.config.question}</h1>
      <div class={whys.length > 0 ? 'projector-poll__body has-whys' : 'projector-poll__body'}>
        <div class="projector-poll__main" ref={stage}>
          <div ref={content}>
            {results ? (
              <PollResults poll={poll} results={results} cloudLimit={50} />
            ) : (
              <Preview poll={poll} />
            )}
          </div>
        </div>
        {whys.length > 0 && <Whys poll={poll} whys={whys} />}
      </div>
      {status && (
        <p class="projector-poll__status" data-testid="projector-poll-status">
          {poll.round > 1 && `${t('poll.round', { n: poll.round })} · `}
          {t(status)}
        </p>
      )}
    </div>
  );
}
