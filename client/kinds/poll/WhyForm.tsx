// The phone's optional why after a vote (POLL-8).
import { useState } from 'preact/hooks';
import { LIMITS } from '../../../shared/limits.js';
import type { PollActivity } from '../../../shared/model.js';
import { t } from '../../lib/i18n.js';
import type { Outbox } from '../../lib/outbox.js';
import { charCount } from '../../lib/text.js';

/** The optional short why after a vote (a few lines, folded to one by the server). Mounted per round, so a new round asks again. */
export function WhyForm({ poll, outbox }: { poll: PollActivity; outbox: Outbox }) {
  const [text, setText] = useState('');
  const [sent, setSent] = useState(false);
  const id = `why-${poll.id}`;
  const body = text.trim();
  const tooLong = charCount(body) > LIMITS.whyLength;
  if (sent) {
    return (
      <p class="vote-status vote-status--sent" role="status" data-testid="why-sent">
        {t('poll.why.sent')}
      </p>
    );
  }
  return (
    <form
      class="why"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (body.length === 0 || tooLong) return;
        outbox.push({ type: 'statement.submit', activityId: poll.id, text: body });
        setSent(true);
      }}
    >
      <label for={id}>{t('poll.why.label')}</label>
      <textarea
        id={id}
        rows={3}
        data-testid="why-input"
        value={text}
        aria-invalid={tooLong ? 'true' : 'false'}
        aria-describedby={`${id}-count`}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <p id={`${id}-count`} class={tooLong ? 'count count--over' : 'count'} data-testid="why-count">
        {tooLong
          ? t('wall.tooLong', { n: charCount(body) - LIMITS.whyLength })
          : t('wall.charsLeft', { n: LIMITS.whyLength - charCount(body) })}
      </p>
      <button
        type="submit"
        class="btn btn--wide"
        data-testid="why-button"
        disabled={body.length === 0 || tooLong}
      >
        {t('poll.why.send')}
      </button>
    </form>
  );
}
