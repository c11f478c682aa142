// The event's time plan (CLOCK-6): opening, round 1, …, plenary, each a label and a start
// time, optionally an end. Saved as a whole; every screen of the event gets it live.

import { useEffect, useState } from 'preact/hooks';
import type { PlanItem } from '../../shared/clock.js';
import { t } from '../lib/i18n.js';

interface Row {
  key: number;
  label: string;
  start: string;
  end: string;
}
let nextKey = 1;
const toRow = (p: PlanItem): Row => ({
  key: nextKey++,
  label: p.label,
  start: p.start,
  end: p.end ?? '',
});

/** The event's saved plan, loaded once per event, and the zone its times are in (CLOCK-7). */
export function usePlan(
  code: string,
): [PlanItem[] | null, (items: PlanItem[]) => void, string | undefined] {
  const [plan, setPlan] = useState<PlanItem[] | null>(null);
  const [zone, setZone] = useState<string | undefined>(undefined);
  useEffect(() => {
    void (async () => {
      const res = await fetch(`/api/events/${code}/plan`).catch(() => null);
      const body = res?.ok
        ? ((await res.json()) as { items: PlanItem[]; timeZone?: string })
        : null;
      setPlan(body?.items ?? []);
      setZone(body?.timeZone);
    })();
  }, [code]);
  return [plan, setPlan, zone];
}

export function PlanPanel(props: {
  code: string;
  headers: Record<string, string>;
  plan: PlanItem[] | null;
  /** The event's zone: times are entered and shown in it, whatever the laptop's (CLOCK-7). */
  timeZone: string | undefined;
  onSaved: (items: PlanItem[]) => void;
}) {
  const [rows, setRows] = useState<Row[]>([]);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (props.plan) setRows(props.plan.map(toRow));
  }, [props.plan]);

  const edit = (key: number, patch: Partial<Row>) => {
    setSaved(false);
    setRows((now) => now.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  };

  const save = async (e: Event) => {
    e.preventDefault();
    setSaved(false);
    setError(null);
    setBusy(true);
    const items = rows.map((r) => ({
      label: r.label,
      start: r.start,
      ...(r.end ? { end: r.end } : {}),
    }));
    const res = await fetch(`/api/events/${props.code}/plan`, {
      method: 'PUT',
      headers: { ...props.headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ items }),
    }).catch(() => null);
    setBusy(false);
    if (!res) return setError(t('conn.offline'));
    const body = (await res.json().catch(() => null)) as
      { items: PlanItem[]; error?: undefined } | { error: { message: string } } | null;
    if (!res.ok || !body || body.error) {
      return setError(body?.error?.message ?? t('error.internal'));
    }
    props.onSaved(body.items);
    setSaved(true);
  };

  return (
    <form
      class="plan-panel"
      aria-labelledby="plan-heading"
      data-testid="plan-panel"
      onSubmit={save}
    >
      <h3 id="plan-heading">{t('plan.title')}</h3>
      <p class="muted">{t('plan.explain')}</p>
      {props.timeZone && (
        <p class="muted" data-testid="plan-zone">
          {t('orgx.plan.zone', { zone: props.timeZone })}
        </p>
      )}
      {rows.length > 0 && (
        <table class="plan-panel__table">
          <thead>
            <tr>
              <th scope="col">{t('plan.label')}</th>
              <th scope="col">{t('plan.start')}</th>
              <th scope="col">{t('plan.end')}</th>
              <th scope="col">
                <span class="sr-only">{t('plan.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.key} data-testid="plan-row">
                <td>
                  <input
                    type="text"
                    aria-label={t('plan.labelOf', { n: i + 1 })}
                    data-testid="plan-label"
                    maxLength={80}
                    required
                    value={r.label}
                    onInput={(e) => edit(r.key, { label: e.currentTarget.value })}
                  />
                </td>
                <td>
                  <input
                    type="time"
                    aria-label={t('plan.startOf', { n: i + 1 })}
                    data-testid="plan-start"
                    required
                    value={r.start}
                    onInput={(e) => edit(r.key, { start: e.currentTarget.value })}
                  />
                </td>
                <td>
                  <input
                    type="time"
                    aria-label={t('plan.endOf', { n: i + 1 })}
                    data-testid="plan-end"
                    value={r.end}
                    onInput={(e) => edit(r.key, { end: e.currentTarget.value })}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    class="btn"
                    aria-label={t('plan.removeOf', { n: i + 1 })}
                    onClick={() => setRows((now) => now.filter((x) => x.key !== r.key))}
                  >
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="actions">
        <button
          type="button"
          class="btn"
          data-testid="plan-add"
          onClick={() =>
            setRows((now) => [
              ...now,
              {
                key: nextKey++,
                label: '',
                start: now.at(-1)?.end || now.at(-1)?.start || '',
                end: '',
              },
            ])
          }
        >
          {t('plan.add')}
        </button>
        <button type="submit" class="btn btn--primary" data-testid="plan-save" disabled={busy}>
          {t('plan.save')}
        </button>
        {saved && (
          <span role="status" data-testid="plan-saved">
            {t('plan.saved')}
          </span>
        )}
      </p>
      {error && (
        <p class="field-error" role="alert" data-testid="plan-error">
          {error}
        </p>
      )}
    </form>
  );
}
