// The join-code form of the home page and of a code that turned out not to exist.
import { useRef, useState } from 'preact/hooks';
import { CODE_LENGTH, normalizeCode } from '../../shared/limits.js';
import { fetchEvent } from '../lib/api.js';
import { t, type MessageKey } from '../lib/i18n.js';
import { joinPath } from '../lib/route.js';

interface Props {
  initial?: string;
  initialError?: MessageKey | null;
}

/** Enter a join code. Used on the home page and for a code that turned out not to exist. */
export function CodeForm({ initial = '', initialError = null }: Props) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<MessageKey | null>(initialError);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const fail = (key: MessageKey) => {
    setError(key);
    input.current?.focus();
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const code = normalizeCode(value);
    if (code.length !== CODE_LENGTH) return fail('home.badCode');
    setBusy(true);
    const res = await fetchEvent(code);
    setBusy(false);
    if (res.ok) {
      window.location.assign(joinPath(code));
      return;
    }
    if (res.status === 404) fail('home.unknownCode');
    else if (res.status === 0) fail('conn.offline');
    else fail('error.internal');
  };

  const describedBy = error ? 'code-hint code-error' : 'code-hint';
  return (
    <form class="codeform" onSubmit={submit} noValidate>
      <label class="codeform__label" for="code-input">
        {t('home.codeLabel')}
      </label>
      <p class="hint" id="code-hint">
        {t('home.codeHint')}
      </p>
      <input
        ref={input}
        id="code-input"
        class="codeform__input"
        data-testid="code-input"
        type="text"
        value={value}
        onInput={(e) => setValue(e.currentTarget.value)}
        autoComplete="off"
        autoCapitalize="characters"
        autoCorrect="off"
        spellcheck={false}
        enterKeyHint="go"
        maxLength={16}
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={describedBy}
      />
      {error && (
        <p class="field-error" id="code-error" data-testid="code-error" role="alert">
          {t(error)}
        </p>
      )}
      <button
        type="submit"
        class="btn btn--primary btn--big"
        data-testid="join-button"
        disabled={busy}
      >
        {t('home.join')}
      </button>
    </form>
  );
}
