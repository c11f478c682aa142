// Adding one agenda template to every parallel room at once (ROOM-7).
import { useRef, useState } from 'preact/hooks';
import { t } from '../lib/i18n.js';
import { retryKey } from './retry-key.js';

const TEMPLATES = ['rondetafel', 'pitch', 'muur'] as const;

/** Adds one agenda template to every parallel room at once (ROOM-7). */
export function TemplatePanel(props: {
  code: string;
  headers: Record<string, string>;
  onDone: () => void;
}) {
  const [template, setTemplate] = useState<(typeof TEMPLATES)[number]>('rondetafel');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const keys = useRef(retryKey());

  const apply = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setDone(null);
    setError(null);
    const body = JSON.stringify({ template, rooms: 'parallel' });
    const res = await fetch(`/api/events/${props.code}/template`, {
      method: 'POST',
      headers: {
        ...props.headers,
        'Content-Type': 'application/json',
        'Idempotency-Key': keys.current.for(body),
      },
      body,
    }).catch(() => null);
    setBusy(false);
    if (!res) return setError(t('conn.offline'));
    const answer = (await res.json().catch(() => null)) as {
      rooms?: unknown[];
      error?: { code: string; message: string };
    } | null;
    if (res.ok) {
      keys.current.landed();
      setDone(answer?.rooms?.length ?? 0);
      props.onDone();
    } else if (answer?.error?.code === 'agenda_full') {
      const room = /"([^"]+)"/.exec(answer.error.message)?.[1] ?? '';
      setError(t('organizer.template.full', { room }));
    } else setError(answer?.error?.message ?? t('error.internal'));
  };

  return (
    <form class="template-panel" onSubmit={apply} aria-labelledby="template-heading">
      <h3 id="template-heading">{t('organizer.template.title')}</h3>
      <p class="hint" id="template-hint">
        {t('organizer.template.hint')}
      </p>
      <fieldset>
        <legend>{t('organizer.template.choose')}</legend>
        {TEMPLATES.map((name) => (
          <label key={name} class="choice">
            <input
              type="radio"
              name="template"
              value={name}
              checked={template === name}
              onChange={() => setTemplate(name)}
              data-testid={`template-${name}`}
            />{' '}
            {t(`template.${name}`)}
          </label>
        ))}
      </fieldset>
      <button
        type="submit"
        class="btn btn--primary"
        disabled={busy}
        aria-describedby="template-hint"
        data-testid="template-apply"
      >
        {t('organizer.template.apply')}
      </button>
      <div role="status" aria-live="polite">
        {done !== null && (
          <p data-testid="template-done">{t('organizer.template.done', { n: done })}</p>
        )}
      </div>
      {error && (
        <p role="alert" class="field-error" data-testid="template-error">
          {error}
        </p>
      )}
    </form>
  );
}
