// The chair's controls of an activity that runs in rounds (a poll, a ranking): start it, close
// and reopen it, reveal or hide its results, run a new round; and "show on screen".
import type { ComponentChildren } from 'preact';
import type { PollActivity } from '../../shared/model.js';
import type { RankingActivity } from '../../shared/ranking.js';
import { Button } from '../components/Button.js';
import { t } from '../lib/i18n.js';
import type { Outbox } from '../lib/outbox.js';

type RunAction = 'open' | 'close' | 'reveal' | 'hide' | 'newRound';

/** What the console gives a kind's panel beside the activity and the session. */
export interface PanelPlace {
  /** Whether this activity is what the projector and the phones show. */
  onScreen: boolean;
  onShow: (id: string) => void;
}

/** Each kind's start button, the start of its labels' keys and the row's class. */
const KINDS = {
  poll: {
    start: ['poll-start', 'chair.poll.start'],
    words: {
      close: 'chair.poll.close',
      reopen: 'chair.poll.reopen',
      reveal: 'chair.poll.reveal',
      hide: 'chair.poll.hide',
    },
    class: 'poll-panel__controls',
  },
  ranking: {
    start: ['ranking-open', 'ranking.control.open'],
    words: {
      close: 'ranking.control.close',
      reopen: 'ranking.control.reopen',
      reveal: 'ranking.control.reveal',
      hide: 'ranking.control.hide',
    },
    class: 'ranking-panel__actions',
  },
} as const;

interface Props extends PanelPlace {
  run: PollActivity | RankingActivity;
  outbox: Outbox;
  /** The new round's label ("Nieuwe ronde (2)"). */
  newRound: string;
  /** Whether it can start yet (a ranking needs two items). */
  canStart?: boolean;
}

/** Test ids: the start button's, then `<kind>-close`, `-reopen`, `-reveal` and `-new-round`. */
export function RunControls({ run, outbox, newRound, canStart = true, ...place }: Props) {
  const kind = KINDS[run.kind];
  const word = (w: 'close' | 'reopen' | 'reveal' | 'hide') => t(kind.words[w]);
  const control = (action: RunAction) =>
    outbox.push(
      run.kind === 'poll'
        ? { type: 'poll.control', pollId: run.id, action }
        : { type: 'ranking.control', rankingId: run.id, action },
    );
  // Starting puts it on screen too: nobody votes on what they cannot see.
  const open = () => {
    if (!place.onScreen) place.onShow(run.id);
    control('open');
  };
  const { state, revealed } = run;
  return (
    <div class={`actions ${kind.class}`}>
      {state === 'draft' && (
        <Button class="btn btn--ok" testId={kind.start[0]} disabled={!canStart} onClick={open}>
          {t(kind.start[1])}
        </Button>
      )}
      {state === 'open' && (
        <Button
          class="btn btn--danger"
          testId={`${run.kind}-close`}
          onClick={() => control('close')}
        >
          {word('close')}
        </Button>
      )}
      {state === 'closed' && (
        <Button testId={`${run.kind}-reopen`} onClick={() => control('open')}>
          {word('reopen')}
        </Button>
      )}
      {state !== 'draft' && (
        <>
          <Button
            class={revealed ? 'btn' : 'btn btn--primary'}
            testId={`${run.kind}-reveal`}
            pressed={revealed}
            onClick={() => control(revealed ? 'hide' : 'reveal')}
          >
            {word(revealed ? 'hide' : 'reveal')}
          </Button>
          <Button testId={`${run.kind}-new-round`} onClick={() => control('newRound')}>
            {newRound}
          </Button>
        </>
      )}
    </div>
  );
}

/** "Not on screen" and the button that puts it there; nothing while it is on screen. */
export function ShowOnScreen(p: PanelPlace & { id: string; children?: ComponentChildren }) {
  if (p.onScreen) return null;
  return (
    <p class="hint">
      {p.children}
      <Button class="btn btn--small" onClick={() => p.onShow(p.id)}>
        {t('chair.showOnScreen')}
      </Button>
    </p>
  );
}
