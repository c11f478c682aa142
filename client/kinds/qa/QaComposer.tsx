// The phone's form to ask a question in a Q&A, with the optional name.
import type { QaActivity } from '../../../shared/model.js';
import { t } from '../../lib/i18n.js';
import type { Outbox } from '../../lib/outbox.js';
import { ComposerFields, useCompose } from '../../participant/compose.js';

/** Ask a question in one Q&A. The draft is kept per Q&A, so switching pitches loses nothing. */
export function QaComposer({
  qa,
  outbox,
  draftKey,
}: {
  qa: QaActivity;
  outbox: Outbox;
  draftKey: string;
}) {
  const { maxLength, speaker } = qa.config;
  const c = useCompose({
    outbox,
    draftKey,
    maxLength,
    refused: (cmd) => (cmd.type === 'question.ask' && cmd.activityId === qa.id ? cmd.text : null),
    send: (text, name) => outbox.push({ type: 'question.ask', activityId: qa.id, text, name }),
    deps: [qa.id],
  });

  if (!qa.config.open) {
    return (
      <p class="closed" data-testid="qa-closed">
        {t('qa.closed')}
      </p>
    );
  }
  return (
    <form class="composer qa-composer" onSubmit={c.submit} noValidate>
      <label class="qa-composer__label" for="question-input">
        {speaker ? t('qa.askTo', { speaker }) : t('qa.ask')}
      </label>
      <ComposerFields
        c={c}
        ids={['question-input', 'qa-count', 'qa-problem', 'qa-name-input']}
        testIds={['question-input', 'question-error', 'question-name-input', 'ask-button']}
        rows={3}
        placeholder={t('qa.placeholder')}
        sendLabel="qa.send"
      />
    </form>
  );
}
