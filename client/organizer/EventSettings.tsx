// An event's name and end, as the organizer edits them.
import { useEffect, useState } from 'preact/hooks';
import { formatDateTime } from '../../shared/format.js';
import type { EventInfo } from '../../shared/model.js';
import { lang, t } from '../lib/i18n.js';

/** `datetime-local` value for a moment, in the browser's time zone. */
function toLocalInput(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * The event's name and when it ends; everything of it is deleted RETENTION_DAYS after that
 * (ROOM-5), and the page says on which day.
 */
export function EventSettings(props: {
  code: string;
  name: string;
  endsAt: number | null;
  headers: Record<string, string>;
  onSaved: (name: string, endsAt: number | null) => void;
}) {
  const [name, setName] = useState(props.name);
  const [ends, setEnds] = useState(props.endsAt === null ? '' : toLocalInput(props.endsAt));
  const [deleteAt, setDeleteAt] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const loadDeleteAt = async () => {
    const res = await fetch(`/api/events/${props.code}?rooms=brief`).catch(() => null);
    const info = res?.ok ? ((await res.json()) as EventInfo) : null;
    setDeleteAt(info?.deleteAt ?? null);
  };
  useEffect(() => void loadDeleteAt(), [props.code]);

  const save = async (e: Event) => {
    e.preventDefault();
    setSaved(false);
    setError(null);
    const endsAt = ends ? new Date(ends).getTime() : null;
    if (endsAt !== null && Number.isNaN(endsAt)) return setError(t('organizer.settings.badDate'));
    setBusy(true);
    const res = await fetch(`/api/events/${props.code}`, {
      method: 'PATCH',
      headers: { ...props.headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: name.trim(), endsAt }),
    }).catch(() => null);
    setBusy(false);
    if (!res) return setError(t('conn.offline'));
    if (!res.ok) {
      const body = (await res.json().catch(() => null)) as { error?: { message: string } } | null;
      return setError(body?.error?.message ?? t('error.internal'));
    }
    setSaved(true);
    props.onSaved(name.trim(), endsAt);
    await loadDeleteAt();
  };

  return (
    <form class="event-settings" onSubmit={save} aria-labelledby="settings-heading">
      <h3 id="settings-heading">{t('organizer.settings.title')}</h3>
      <label for="settings-name">{t('organizer.settings.name')}</label>
      <input
        id="settings-name"
        type="text"
        required
        maxLength={120}
        value={name}
        onInput={(e) => setName((e.target as HTMLInputElement).value)}
        data-testid="settings-name"
      />
      <label for="settings-ends">{t('organizer.settings.endsAt')}</label>
      <input
        id="settings-ends"
        type="datetime-local"
        value={ends}
        aria-describedby="settings-delete"
        onInput={(e) => setEnds((e.target as HTMLInputElement).value)}
        data-testid="settings-ends"
      />
      <p class="hint" id="settings-delete" data-testid="settings-delete">
        {deleteAt === null
          ? t('organizer.settings.noEnd')
          : t('organizer.settings.deleteAt', { date: formatDateTime(deleteAt, lang.value) })}
      </p>
      <button
        type="submit"
        class="btn btn--primary"
        disabled={busy || !name.trim()}
        data-testid="settings-save"
      >
        {t('organizer.settings.save')}
      </button>
      <div role="status" aria-live="polite">
        {saved && <p data-testid="settings-saved">{t('organizer.settings.saved')}</p>}
      </div>
      {error && (
        <p role="alert" class="field-error" data-testid="settings-error">
          {error}
        </p>
      )}
    </form>
  );
}
