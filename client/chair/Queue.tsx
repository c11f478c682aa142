// The statements waiting for the chair: approve, reject, edit, by mouse or keyboard.
import type { ComponentChildren } from 'preact';
import { LIMITS } from '../../shared/limits.js';
import type { PollActivity, StatementView } from '../../shared/model.js';
import { WhyOption } from '../components/WhyOption.js';
import { t } from '../lib/i18n.js';
import { ModerationQueue } from './ModerationQueue.js';

interface Props {
  queue: StatementView[];
  selectedId: string | null;
  /** Acted on here, waiting for the server: shown, but no longer selectable. */
  inProgress: ReadonlySet<string>;
  editingId: string | null;
  hasActivity: boolean;
  /** The poll whose whys are in the queue: each shows the option it argues for. */
  poll?: PollActivity | undefined;
  onSelect: (id: string) => void;
  onModerate: (s: StatementView, action: 'approve' | 'reject') => void;
  onEdit: (id: string | null) => void;
  onSaveEdit: (s: StatementView, text: string) => void;
}

export function Queue(props: Props) {
  const { poll } = props;
  return (
    <ModerationQueue
      {...props}
      items={props.queue}
      prefix=""
      title="chair.queue"
      hint="chair.shortcuts"
      hintId="shortcuts"
      empty={props.hasActivity ? 'chair.queueEmpty' : 'chair.noActivity'}
      maxLength={LIMITS.statementMaxLength}
      above={(s) =>
        poll && s.optionIds?.length ? (
          <WhyOption poll={poll} optionIds={s.optionIds} />
        ) : (
          s.choice !== undefined && (
            <p class="why-choice" data-testid="why-choice">
              {t('chair.whyOption', { option: s.choice })}
            </p>
          )
        )
      }
    />
  );
}

/** The queue's column of the console: where "skip to the queue" lands, the phone's queue tab. */
export function QueueSection({ children }: { children: ComponentChildren }) {
  return (
    <section
      class="chair__col"
      id="queue"
      tabIndex={-1}
      aria-labelledby="queue-heading"
      data-tab="queue"
    >
      {children}
    </section>
  );
}
