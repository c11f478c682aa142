import { useState } from 'preact/hooks';
import { LIMITS } from '../../shared/limits.js';
import type { PollActivity } from '../../shared/model.js';
import { t } from '../lib/i18n.js';
import type { Outbox } from '../lib/outbox.js';
import { charCount } from '../lib/text.js';

/** The optional one line after a vote. Mounted per round, so a new round asks again. */
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
      <input
        id={id}
        type="text"
        data-testid="why-input"
        value={text}
        enterKeyHint="send"
        aria-invalid={tooLong ? 'true' : 'false'}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      {tooLong && (
        <p class="field-error" role="alert">
          {t('wall.tooLong', { n: charCount(body) - LIMITS.whyLength })}
        </p>
      )}
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
