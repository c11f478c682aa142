// The event's time plan (CLOCK-6): opening, round 1, …, plenary, each a label and a start
// time, optionally an end. Saved as a whole; every screen of the event gets it live.

import { useEffect, useState } from 'preact/hooks';
import type { PlanItem } from '../../shared/clock.js';
import { useFormRequest } from '../components/form/request.js';
import { Section } from '../components/form/Section.js';
import { FormStatus, Submit } from '../components/form/Status.js';
import { t, type MessageKey } from '../lib/i18n.js';

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
  const req = useFormRequest();

  useEffect(() => {
    if (props.plan) setRows(props.plan.map(toRow));
  }, [props.plan]);

  const edit = (key: number, patch: Partial<Row>) => {
    req.setDone(null);
    setRows((now) => now.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  };

  const save = async () => {
    const items = rows.map((r) => ({
      label: r.label,
      start: r.start,
      ...(r.end ? { end: r.end } : {}),
    }));
    const reply = await req.send<{ items: PlanItem[] }>(`/api/events/${props.code}/plan`, {
      method: 'PUT',
      headers: props.headers,
      json: { items },
    });
    if (!reply) return;
    if (!reply.ok) return req.fail(reply);
    props.onSaved(reply.body.items);
    req.setDone(t('plan.saved'));
  };

  /** One of a row's inputs: named by the column and the row's number (there is no label). */
  const cell = (r: Row, i: number, col: 'label' | 'start' | 'end', name: MessageKey) => (
    <td>
      <input
        type={col === 'label' ? 'text' : 'time'}
        aria-label={t(name, { n: i + 1 })}
        data-testid={`plan-${col}`}
        maxLength={col === 'label' ? 80 : undefined}
        required={col !== 'end'}
        value={r[col]}
        onInput={(e) => edit(r.key, { [col]: e.currentTarget.value })}
      />
    </td>
  );
  const add = () =>
    setRows((now) => [
      ...now,
      { key: nextKey++, label: '', start: now.at(-1)?.end || now.at(-1)?.start || '', end: '' },
    ]);

  return (
    <Section
      id="plan-panel"
      testId="plan-panel"
      title={t('plan.title')}
      onSubmit={() => void save()}
    >
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
                {cell(r, i, 'label', 'plan.labelOf')}
                {cell(r, i, 'start', 'plan.startOf')}
                {cell(r, i, 'end', 'plan.endOf')}
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
        <button type="button" class="btn" data-testid="plan-add" onClick={add}>
          {t('plan.add')}
        </button>
        <Submit testId="plan-save" disabled={req.busy}>
          {t('plan.save')}
        </Submit>
      </p>
      <FormStatus testId="plan" done={req.done} doneAs="saved" error={req.error} />
    </Section>
  );
}
