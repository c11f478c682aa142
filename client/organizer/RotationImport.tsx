// Importing an explicit rotation plan (ROT-3, ROT-20…ROT-22): paste or pick a CSV or JSON,
// "Controleren" shows what would be created and every problem with its line (nothing is
// created), "Invoeren" replaces the plan; the table above then shows the new plan.

import { useState } from 'preact/hooks';
import type { PlanProblem, PlanRow, RotationPlan } from '../../shared/rotation.js';
import { errorKey, t } from '../lib/i18n.js';

interface Preview {
  groups: number;
  slots: number;
  locations: number;
  visits: number;
  first: PlanRow[];
  problems: PlanProblem[];
}

export interface ImportAnswer {
  plan: RotationPlan | null;
}

export function RotationImport(props: {
  code: string;
  headers: Record<string, string>;
  hasPlan: boolean;
  onDone: (answer: ImportAnswer) => void;
}) {
  const [text, setText] = useState('');
  const [share, setShare] = useState(false);
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [problems, setProblems] = useState<PlanProblem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<number | null>(null);

  const edit = (value: string) => {
    setText(value);
    setPreview(null);
    setProblems([]);
    setDone(null);
  };
  const pick = async (e: Event) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (file) edit(await file.text());
  };

  const send = async (previewOnly: boolean) => {
    setBusy(true);
    setError(null);
    setProblems([]);
    setDone(null);
    const json = /^\s*[[{]/.test(text);
    const query = [previewOnly ? 'preview' : '', share ? 'share=1' : ''].filter(Boolean).join('&');
    const res = await fetch(`/api/events/${props.code}/rotation/import?${query}`, {
      method: 'POST',
      headers: { ...props.headers, 'Content-Type': json ? 'application/json' : 'text/csv' },
      body: text,
    }).catch(() => null);
    setBusy(false);
    if (!res) return setError(t('conn.offline'));
    const body = (await res.json().catch(() => null)) as
      | (Preview & ImportAnswer & { error?: undefined })
      | { error: { code: string; message?: string; problems?: PlanProblem[] } }
      | null;
    if (!body || body.error || !res.ok) {
      const err = body?.error;
      if (err?.problems?.length) return setProblems(err.problems);
      return setError(err?.message ?? t(errorKey(err?.code ?? 'internal')));
    }
    if (previewOnly) {
      setPreview(body);
      setProblems(body.problems);
      return;
    }
    setPreview(null);
    setText('');
    setDone(body.plan?.groups.length ?? 0);
    props.onDone(body);
  };

  const good = preview !== null && preview.problems.length === 0 && preview.visits > 0;
  return (
    <form
      class="rotation-import"
      aria-labelledby="rotation-import-heading"
      data-testid="rotation-import"
      onSubmit={(e) => {
        e.preventDefault();
        void send(true);
      }}
    >
      <h4 id="rotation-import-heading">{t('rotx.import.title')}</h4>
      <p class="hint" id="rotation-import-hint">
        {t('rotx.import.hint')}
      </p>
      <label for="rotation-file">{t('rotx.import.file')}</label>
      <input
        id="rotation-file"
        type="file"
        accept=".csv,.json,.txt,text/csv,application/json"
        onChange={pick}
        data-testid="rotation-file"
      />
      <label for="rotation-text">{t('rotx.import.paste')}</label>
      <textarea
        id="rotation-text"
        rows={6}
        value={text}
        aria-describedby="rotation-import-hint"
        placeholder={'groep;ronde;locatie;begin;eind;adres'}
        data-testid="rotation-input"
        onInput={(e) => edit(e.currentTarget.value)}
      />
      <label class="rotation-import__share">
        <input
          type="checkbox"
          checked={share}
          onChange={(e) => {
            setShare(e.currentTarget.checked);
            setPreview(null);
          }}
        />{' '}
        {t('rotx.import.share')}
      </label>
      <p class="actions">
        <button
          type="submit"
          class="btn"
          disabled={busy || !text.trim()}
          data-testid="rotation-check"
        >
          {t('rotx.import.check')}
        </button>
      </p>
      {preview && good && (
        <div class="rotation-import__preview" data-testid="rotation-preview">
          <p>
            <strong>{t('rotx.import.preview')}</strong>
          </p>
          <p data-testid="rotation-preview-counts">
            {t('rotx.import.counts', {
              groups: preview.groups,
              slots: preview.slots,
              locations: preview.locations,
              visits: preview.visits,
            })}
          </p>
          <table class="rotation-panel__table">
            <caption>{t('rotx.import.first', { n: preview.first.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('rotation.group')}</th>
                <th scope="col">{t('rotx.import.slot')}</th>
                <th scope="col">{t('report.room.location')}</th>
                <th scope="col">{t('rotx.import.time')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.first.map((r) => (
                <tr key={`${r.group}-${r.slot}`}>
                  <th scope="row">{r.group}</th>
                  <td>{r.slot}</td>
                  <td>{r.location}</td>
                  <td>{r.start ? t('rotation.time', { start: r.start, end: r.end ?? '' }) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {props.hasPlan && <p class="hint">{t('rotx.import.replaces')}</p>}
          <button
            type="button"
            class="btn btn--primary"
            disabled={busy}
            data-testid="rotation-go"
            onClick={() => void send(false)}
          >
            {t('rotx.import.go')}
          </button>
        </div>
      )}
      <div role="status" aria-live="polite">
        {done !== null && (
          <p data-testid="rotation-imported">{t('rotx.import.done', { groups: done })}</p>
        )}
      </div>
      {(problems.length > 0 || error) && (
        <div role="alert" class="field-error" data-testid="rotation-problems">
          {error && <p>{error}</p>}
          {problems.length > 0 && <p>{t('rotx.import.problems')}</p>}
          <ul>
            {problems.map((p) => (
              <li key={`${p.line}-${p.message}`} data-testid="rotation-problem">
                {t('rotx.import.line')} {p.line}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
