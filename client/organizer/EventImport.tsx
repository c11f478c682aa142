// Recreating an event from its JSON export (EXPORT-5).
import { useState } from 'preact/hooks';
import { t } from '../lib/i18n.js';
import type { EventListItem } from './types.js';

/** Recreates an event from its JSON export (EXPORT-5): a new event, same rooms and agendas. */
export function EventImport(props: {
  headers: Record<string, string>;
  onImported: (event: EventListItem) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const pick = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setDone(null);
    setError(null);
    const text = await file.text();
    try {
      JSON.parse(text);
    } catch {
      setError(t('organizer.import.notJson'));
      return;
    }
    setBusy(true);
    const res = await fetch('/api/events/import', {
      method: 'POST',
      headers: { ...props.headers, 'Content-Type': 'application/json' },
      body: text,
    }).catch(() => null);
    setBusy(false);
    input.value = '';
    if (!res) return setError(t('conn.offline'));
    const body = (await res.json().catch(() => null)) as
      | (EventListItem & { rooms: unknown[]; error?: undefined })
      | { error: { code: string; message: string } }
      | null;
    if (res.ok && body && !body.error) {
      setDone(t('organizer.import.done', { name: body.name, n: body.rooms.length }));
      props.onImported(body);
    } else {
      const message = body?.error?.message ?? t('error.internal');
      setError(t('organizer.import.failed', { message }));
    }
  };

  return (
    <section class="event-import" aria-labelledby="event-import-heading">
      <h2 id="event-import-heading">{t('organizer.import.title')}</h2>
      <p class="hint" id="event-import-hint">
        {t('organizer.import.hint')}
      </p>
      <label for="event-import-file">{t('organizer.import.file')}</label>
      <input
        id="event-import-file"
        type="file"
        accept=".json,application/json"
        aria-describedby="event-import-hint"
        disabled={busy}
        onChange={(e) => void pick(e)}
        data-testid="event-import-file"
      />
      <div role="status" aria-live="polite">
        {busy && <p>{t('common.loading')}</p>}
        {done && <p data-testid="event-import-done">{done}</p>}
      </div>
      {error && (
        <p role="alert" class="field-error" data-testid="event-import-error">
          {error}
        </p>
      )}
    </section>
  );
}
