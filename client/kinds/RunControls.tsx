// The chair's controls of an activity that runs in rounds (a poll, a ranking): start it, close
// and reopen it, reveal or hide its results, run a new round. Each kind names its buttons.
import type { ComponentChildren } from 'preact';
import { Button } from '../components/Button.js';
import { t, type MessageKey } from '../lib/i18n.js';

export type RunAction = 'open' | 'close' | 'reveal' | 'hide' | 'newRound';

/** What the console gives a kind's panel beside the activity and the session. */
export interface PanelPlace {
  /** Whether this activity is what the projector and the phones show. */
  onScreen: boolean;
  onShow: (id: string) => void;
}

interface Props extends PanelPlace {
  id: string;
  state: 'draft' | 'open' | 'closed';
  revealed: boolean;
  /** The test ids are `<prefix>-close`, `-reopen`, `-reveal` and `-new-round`. */
  prefix: string;
  /** The start button (draft only): its test id, its label, whether it can start yet. */
  start: { testId: string; label: MessageKey; disabled?: boolean };
  labels: { close: MessageKey; reopen: MessageKey; reveal: MessageKey; hide: MessageKey };
  newRound: string;
  class: string;
  control: (action: RunAction) => void;
}

export function RunControls({ state, revealed, prefix, start, labels, control, ...p }: Props) {
  // Starting puts it on screen too: nobody votes on what they cannot see.
  const open = () => {
    if (!p.onScreen) p.onShow(p.id);
    control('open');
  };
  return (
    <div class={`actions ${p.class}`}>
      {state === 'draft' && (
        <Button class="btn btn--ok" testId={start.testId} disabled={start.disabled} onClick={open}>
          {t(start.label)}
        </Button>
      )}
      {state === 'open' && (
        <Button class="btn btn--danger" testId={`${prefix}-close`} onClick={() => control('close')}>
          {t(labels.close)}
        </Button>
      )}
      {state === 'closed' && (
        <Button testId={`${prefix}-reopen`} onClick={() => control('open')}>
          {t(labels.reopen)}
        </Button>
      )}
      {state !== 'draft' && (
        <>
          <Button
            class={revealed ? 'btn' : 'btn btn--primary'}
            testId={`${prefix}-reveal`}
            pressed={revealed}
            onClick={() => control(revealed ? 'hide' : 'reveal')}
          >
            {t(revealed ? labels.hide : labels.reveal)}
          </Button>
          <Button testId={`${prefix}-new-round`} onClick={() => control('newRound')}>
            {p.newRound}
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
