// Adding rooms from a CSV or JSON list, after a preview (ROOM-9).
import { useState } from 'preact/hooks';
import { errorKey, t } from '../lib/i18n.js';
import { RoomsPreview, type Preview, type Problem } from './RoomsPreview.js';

/** Paste or pick a CSV (or JSON) of rooms; see what it creates first (ROOM-9), then create. */
export function RoomsImport(props: {
  code: string;
  headers: Record<string, string>;
  onDone: () => void;
}) {
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);

  const edit = (value: string) => {
    setText(value);
    setPreview(null);
  };
  const pick = async (e: Event) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (file) edit(await file.text());
  };
  const json = () => text.trim().startsWith('[') || text.trim().startsWith('{');

  const look = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setProblems([]);
    setError(null);
    setAdded(null);
    const res = await fetch(`/api/events/${props.code}/rooms?preview`, {
      method: 'POST',
      headers: { ...props.headers, 'Content-Type': json() ? 'application/json' : 'text/csv' },
      body: text,
    }).catch(() => null);
    setBusy(false);
    if (!res) return setError(t('conn.offline'));
    const body = (await res.json().catch(() => null)) as
      (Preview & { error?: undefined }) | { error: { code: string } } | null;
    if (res.ok && body && !body.error) setPreview(body);
    else setError(t(errorKey(body?.error?.code ?? 'internal')));
  };

  const create = async () => {
    setBusy(true);
    const res = await fetch(`/api/events/${props.code}/rooms`, {
      method: 'POST',
      headers: { ...props.headers, 'Content-Type': json() ? 'application/json' : 'text/csv' },
      body: text,
    }).catch(() => null);
    setBusy(false);
    setPreview(null);
    if (!res) return setError(t('conn.offline'));
    const body = (await res.json().catch(() => null)) as {
      rooms?: unknown[];
      error?: { code: string; problems?: Problem[] };
    } | null;
    if (res.ok) {
      setAdded(body?.rooms?.length ?? 0);
      setText('');
      props.onDone();
    } else if (body?.error?.problems) setProblems(body.error.problems);
    else setError(t(errorKey(body?.error?.code ?? 'internal')));
  };

  return (
    <form class="rooms-import" onSubmit={look} aria-labelledby="import-heading">
      <h3 id="import-heading">{t('organizer.rooms.import')}</h3>
      <p class="hint" id="import-hint">
        {t('organizer.rooms.importHint')}
      </p>
      <label for="rooms-file">{t('organizer.rooms.file')}</label>
      <input
        id="rooms-file"
        type="file"
        accept=".csv,.json,text/csv,application/json"
        onChange={pick}
        data-testid="rooms-file"
      />
      <label for="rooms-text">{t('organizer.rooms.paste')}</label>
      <textarea
        id="rooms-text"
        rows={6}
        value={text}
        aria-describedby="import-hint"
        data-testid="rooms-input"
        onInput={(e) => edit((e.target as HTMLTextAreaElement).value)}
      />
      <button
        type="submit"
        class="btn btn--primary"
        disabled={busy || !text.trim()}
        data-testid="rooms-submit"
      >
        {t('organizer.preview.look')}
      </button>
      {preview && <RoomsPreview preview={preview} busy={busy} onCreate={() => void create()} />}
      <div role="status" aria-live="polite">
        {added !== null && (
          <p data-testid="rooms-added">{t('organizer.rooms.added', { n: added })}</p>
        )}
      </div>
      {(problems.length > 0 || error) && (
        <div role="alert" class="field-error" data-testid="rooms-problems">
          {error && <p>{error}</p>}
          {problems.length > 0 && <p>{t('organizer.rooms.nothingAdded')}</p>}
          <ul>
            {problems.map((p) => (
              <li key={`${p.line}-${p.message}`}>
                {t('organizer.rooms.problem', { line: p.line, message: p.message })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
