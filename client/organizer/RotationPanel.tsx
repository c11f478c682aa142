// The event's rotation plan as a table (ROT-4): a row per group, a column per slot, each cell the
// group's location, which the organizer can fix; "next slot" moves every phone that follows its
// group (ROT-6). Generating the carousel from the rooms' arrangements is one button (ROT-2).

import { useEffect, useState } from 'preact/hooks';
import type { RotationPlan } from '../../shared/rotation.js';
import { t } from '../lib/i18n.js';
import { RotationImport } from './RotationImport.js';
import './rotation.css';

interface Answer {
  plan: RotationPlan | null;
  slot: number | null;
  rooms: { id: string; name: string; location: string | null }[];
}

export function RotationPanel(props: { code: string; headers: Record<string, string> }) {
  const [data, setData] = useState<Answer | null>(null);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const base = `/api/events/${props.code}/rotation`;

  const call = async (path: string, method: string, body?: unknown) => {
    setBusy(true);
    setError(null);
    setNote(null);
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { ...props.headers, 'Content-Type': 'application/json' },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    }).catch(() => null);
    setBusy(false);
    if (!res) return setError(t('conn.offline'));
    const answer = (await res.json().catch(() => null)) as
      (Answer & { error?: undefined }) | { error: { message: string } } | null;
    if (!res.ok || !answer || answer.error) {
      return setError(t('rotation.failed', { message: answer?.error?.message ?? res.status }));
    }
    setData(answer);
    if (method !== 'GET') setNote(t('rotation.saved'));
  };

  useEffect(() => {
    void call('', 'GET');
  }, [props.code]);

  const plan = data?.plan ?? null;
  const place = (id: string) => {
    const r = data?.rooms.find((x) => x.id === id);
    return r ? (r.location ?? r.name) : id;
  };

  return (
    <section class="rotation-panel" aria-labelledby="rotation-heading" data-testid="rotation-panel">
      <h3 id="rotation-heading">{t('rotation.title')}</h3>
      {!plan ? (
        <p class="muted">{t('rotation.none')}</p>
      ) : (
        <p data-testid="rotation-now">{t('rotation.now', { slot: (data?.slot ?? 0) + 1 })}</p>
      )}
      <p class="actions">
        <button
          type="button"
          class="btn"
          data-testid="rotation-generate"
          disabled={busy}
          onClick={() => void call('/generate', 'POST', {})}
        >
          {t('rotation.generate')}
        </button>
        {plan && (
          <button
            type="button"
            class="btn btn--primary"
            data-testid="rotation-next"
            disabled={busy}
            onClick={() => void call('/next', 'POST', {})}
          >
            {t('rotation.next')}
          </button>
        )}
        {note && (
          <span role="status" data-testid="rotation-saved">
            {note}
          </span>
        )}
      </p>
      {error && (
        <p class="field-error" role="alert" data-testid="rotation-error">
          {error}
        </p>
      )}
      {plan && data && (
        <div
          class="rotation-panel__scroll"
          tabIndex={0}
          role="region"
          aria-labelledby="rotation-heading"
        >
          <table class="rotation-panel__table" data-testid="rotation-table">
            <thead>
              <tr>
                <th scope="col">{t('rotation.group')}</th>
                <th scope="col">{t('rotation.code')}</th>
                {plan.slots.map((s) => (
                  <th scope="col" key={s.index}>
                    {t('rotation.slotHead', { slot: s.index + 1 })}
                    {s.start && (
                      <span class="muted">
                        {' '}
                        {t('rotation.time', { start: s.start, end: s.end ?? '' })}
                      </span>
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {plan.groups.map((g) => (
                <tr key={g.id} data-testid="rotation-row">
                  <th scope="row">{g.name}</th>
                  <td>
                    <code>{g.code}</code>
                  </td>
                  {plan.slots.map((s) => {
                    const at = plan.visits.find((x) => x.groupId === g.id && x.slot === s.index);
                    return (
                      <td key={s.index} class={s.index === data.slot ? 'is-now' : undefined}>
                        <select
                          aria-label={t('rotation.fixLabel', { group: g.name, slot: s.index + 1 })}
                          data-testid="rotation-cell"
                          value={at?.roomId ?? ''}
                          disabled={busy}
                          onChange={(e) =>
                            void call('/visits', 'PATCH', {
                              groupId: g.id,
                              slot: s.index,
                              roomId: e.currentTarget.value,
                            })
                          }
                        >
                          {!at && <option value="">—</option>}
                          {data.rooms.map((r) => (
                            <option key={r.id} value={r.id}>
                              {place(r.id)}
                            </option>
                          ))}
                        </select>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <RotationImport
        code={props.code}
        headers={props.headers}
        hasPlan={!!plan}
        onDone={(answer) => setData(answer as Answer)}
      />
    </section>
  );
}
