// One dilemma, written once, sent to many rooms (CONTENT-1…3): the question, two options with
// their drawbacks and the three step prompts; all parallel rooms or one arrangement. Sending an
// edited version again updates the rooms' copies, and asks first when rooms changed theirs.

import { useRef, useState } from 'preact/hooks';
import { defaultPhases } from '../../shared/round.js';
import { lang, t } from '../lib/i18n.js';
import { retryKey } from './retry-key.js';

interface Edited {
  id: string;
  name: string;
}

export function ContentPanel(props: {
  code: string;
  headers: Record<string, string>;
  arrangements: string[];
}) {
  const [question, setQuestion] = useState('');
  const [options, setOptions] = useState([
    { label: '', drawback: '' },
    { label: '', drawback: '' },
  ]);
  const [prompts, setPrompts] = useState(['', '', '']);
  const [target, setTarget] = useState('parallel');
  const [contentId, setContentId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [edited, setEdited] = useState<Edited[] | null>(null);
  const keys = useRef(retryKey());
  const steps = defaultPhases(lang.value);

  const send = async (overwrite?: 'all' | 'unedited') => {
    setBusy(true);
    setDone(null);
    setError(null);
    const sent = JSON.stringify({
      rooms: target === 'parallel' ? 'parallel' : { arrangement: target },
      ...(contentId ? { contentId } : {}),
      ...(overwrite ? { overwrite } : {}),
      content: {
        kind: 'dilemma',
        question,
        options,
        prompts: prompts.map((p, i) => p.trim() || steps[i]!.prompt),
      },
    });
    const res = await fetch(`/api/events/${props.code}/content`, {
      method: 'POST',
      headers: {
        ...props.headers,
        'Content-Type': 'application/json',
        'Idempotency-Key': keys.current.for(sent),
      },
      body: sent,
    }).catch(() => null);
    setBusy(false);
    if (!res) return setError(t('conn.offline'));
    const body = (await res.json().catch(() => null)) as {
      contentId?: string;
      rooms?: unknown[];
      error?: { code: string; message: string; rooms?: Edited[] };
    } | null;
    if (res.ok && body?.contentId) {
      keys.current.landed();
      setContentId(body.contentId);
      setEdited(null);
      setDone(body.rooms?.length ?? 0);
    } else if (body?.error?.code === 'local_edits') setEdited(body.error.rooms ?? []);
    else setError(body?.error?.message ?? t('error.internal'));
  };

  const setOption = (i: number, key: 'label' | 'drawback', value: string) =>
    setOptions(options.map((o, j) => (j === i ? { ...o, [key]: value } : o)));

  return (
    <form
      class="content-panel"
      aria-labelledby="content-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <h3 id="content-heading">{t('organizer.content.title')}</h3>
      <p class="hint">{t('organizer.content.hint')}</p>
      <label for="content-question">{t('organizer.content.question')}</label>
      <textarea
        id="content-question"
        rows={2}
        value={question}
        onInput={(e) => setQuestion(e.currentTarget.value)}
        data-testid="content-question"
      />
      {options.map((o, i) => (
        <fieldset key={i}>
          <legend>{t('organizer.content.option', { n: String.fromCharCode(65 + i) })}</legend>
          <label for={`content-option-${i}`}>{t('organizer.content.optionLabel')}</label>
          <input
            id={`content-option-${i}`}
            value={o.label}
            onInput={(e) => setOption(i, 'label', e.currentTarget.value)}
            data-testid={`content-option-${i}`}
          />
          <label for={`content-drawback-${i}`}>{t('report.poll.drawback')}</label>
          <input
            id={`content-drawback-${i}`}
            value={o.drawback}
            onInput={(e) => setOption(i, 'drawback', e.currentTarget.value)}
            data-testid={`content-drawback-${i}`}
          />
        </fieldset>
      ))}
      <fieldset>
        <legend>{t('organizer.content.steps')}</legend>
        {steps.map((s, i) => (
          <div key={s.id}>
            <label for={`content-prompt-${i}`}>{s.title}</label>
            <input
              id={`content-prompt-${i}`}
              value={prompts[i]}
              placeholder={s.prompt}
              onInput={(e) =>
                setPrompts(prompts.map((p, j) => (j === i ? e.currentTarget.value : p)))
              }
            />
          </div>
        ))}
      </fieldset>
      <label for="content-target">{t('organizer.content.to')}</label>
      <select
        id="content-target"
        value={target}
        onChange={(e) => setTarget(e.currentTarget.value)}
        data-testid="content-target"
      >
        <option value="parallel">{t('organizer.content.toAll')}</option>
        {props.arrangements.map((a) => (
          <option key={a} value={a}>
            {a}
          </option>
        ))}
      </select>
      <button type="submit" class="btn btn--primary" disabled={busy} data-testid="content-send">
        {t(contentId ? 'organizer.content.resend' : 'organizer.content.send')}
      </button>
      <div role="status" aria-live="polite">
        {done !== null && (
          <p data-testid="content-done">{t('organizer.content.done', { n: done })}</p>
        )}
      </div>
      {edited && (
        <div role="alert" class="content-panel__ask" data-testid="content-edited">
          <p>{t('organizer.content.edited', { n: edited.length })}</p>
          <ul>
            {edited.map((r) => (
              <li key={r.id}>{r.name}</li>
            ))}
          </ul>
          <button
            type="button"
            class="btn"
            onClick={() => void send('all')}
            data-testid="content-overwrite-all"
          >
            {t('organizer.content.overwriteAll')}
          </button>{' '}
          <button
            type="button"
            class="btn"
            onClick={() => void send('unedited')}
            data-testid="content-overwrite-unedited"
          >
            {t('organizer.content.overwriteUnedited')}
          </button>
        </div>
      )}
      {error && (
        <p role="alert" class="field-error" data-testid="content-error">
          {error}
        </p>
      )}
    </form>
  );
}
