// The phone's form to post a statement on a wall or into a round's step.
import type { RoundActivity, WallActivity } from '../../shared/model.js';
import { t } from '../lib/i18n.js';
import type { Outbox } from '../lib/outbox.js';
import { ComposerFields, useCompose } from './compose.js';

interface Props {
  /** A wall, or a dilemma round (which posts into its current step). */
  activity: WallActivity | RoundActivity;
  outbox: Outbox;
  /** Where the unsent text lives, so a dropped connection or a reload never loses it. */
  draftKey: string;
}

export function Composer({ activity, outbox, draftKey }: Props) {
  const round = activity.kind === 'round' ? activity.config : null;
  const prompt = round
    ? (round.phases[round.phase]?.prompt ?? '')
    : (activity as WallActivity).config.prompt;
  const c = useCompose({
    outbox,
    draftKey,
    maxLength: activity.config.maxLength,
    refused: (cmd) => (cmd.type === 'statement.submit' ? cmd.text : null),
    send: (text, name) =>
      outbox.push({
        type: 'statement.submit',
        activityId: activity.id,
        text,
        name,
        ...(round ? { phase: round.phase } : {}),
      }),
  });

  const title =
    prompt.trim().length > 0
      ? prompt
      : round
        ? (round.phases[round.phase]?.title ?? '')
        : t('wall.prompt.default');
  if (!activity.config.open) {
    return (
      <section class="composer" aria-labelledby="prompt">
        <h1 id="prompt" class="prompt">
          {title}
        </h1>
        <p class="closed" data-testid="composer-closed">
          {t(round ? 'round.closed' : 'wall.closed')}
        </p>
      </section>
    );
  }

  return (
    <section class="composer" aria-labelledby="prompt">
      <form onSubmit={c.submit} noValidate>
        <h1 id="prompt" class="prompt">
          <label for="statement-input">{title}</label>
        </h1>
        <ComposerFields
          c={c}
          ids={['statement-input', 'char-count', 'composer-problem', 'name-input']}
          testIds={['statement-input', 'composer-error', 'name-input', 'send-button', 'sent-note']}
          rows={4}
          placeholder={t(round ? 'round.placeholder' : 'wall.placeholder')}
          sendLabel="wall.send"
        />
      </form>
    </section>
  );
}
