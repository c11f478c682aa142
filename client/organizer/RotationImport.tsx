// Importing an explicit rotation plan (ROT-3, ROT-20…ROT-22): paste or pick a CSV or JSON,
// "Controleren" shows what would be created and every problem with its line (nothing is
// created), "Invoeren" replaces the plan; the table above then shows the new plan.

import { useState } from 'preact/hooks';
import type { PlanProblem, PlanRow, RotationPlan } from '../../shared/rotation.js';
import { CheckField } from '../components/form/Choice.js';
import { useFormRequest } from '../components/form/request.js';
import { Section } from '../components/form/Section.js';
import { FormStatus, Submit } from '../components/form/Status.js';
import { errorKey, t, type MessageKey } from '../lib/i18n.js';
import { FirstRows, listType, PasteOrPick, ProblemList } from './import-parts.js';

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
  const [preview, setPreview] = useState<Preview | null>(null);
  const [problems, setProblems] = useState<PlanProblem[]>([]);
  const req = useFormRequest();

  const edit = (value: string) => {
    setText(value);
    setPreview(null);
    setProblems([]);
    req.reset();
  };

  const send = async (previewOnly: boolean) => {
    setProblems([]);
    const query = [previewOnly ? 'preview' : '', share ? 'share=1' : ''].filter(Boolean).join('&');
    const path = `/api/events/${props.code}/rotation/import?${query}`;
    const reply = await req.send<Preview & ImportAnswer>(path, {
      headers: props.headers,
      body: text,
      type: listType(text),
    });
    if (!reply) return;
    if (!reply.ok) {
      const err = reply.error;
      const listed = (err?.problems ?? []) as PlanProblem[];
      if (listed.length > 0) return setProblems(listed);
      return req.setError(err?.message ?? t(errorKey(err?.code ?? 'internal')));
    }
    if (previewOnly) {
      setPreview(reply.body);
      setProblems(reply.body.problems);
      return;
    }
    setPreview(null);
    setText('');
    req.setDone(t('rotx.import.done', { groups: reply.body.plan?.groups.length ?? 0 }));
    props.onDone(reply.body);
  };

  const good = preview !== null && preview.problems.length === 0 && preview.visits > 0;
  return (
    <Section
      id="rotation-import"
      level={4}
      testId="rotation-import"
      title={t('rotx.import.title')}
      hint={t('rotx.import.hint')}
      onSubmit={() => void send(true)}
    >
      <PasteOrPick
        prefix="rotation"
        fileLabel={t('rotx.import.file')}
        pasteLabel={t('rotx.import.paste')}
        accept=".csv,.json,.txt,text/csv,application/json"
        placeholder="groep;ronde;locatie;begin;eind;adres"
        value={text}
        onValue={edit}
      />
      <CheckField
        class="rotation-import__share"
        checked={share}
        label={t('rotx.import.share')}
        onChange={(on) => {
          setShare(on);
          setPreview(null);
        }}
      />
      <p class="actions">
        <Submit plain testId="rotation-check" disabled={req.busy || !text.trim()}>
          {t('rotx.import.check')}
        </Submit>
      </p>
      {preview && good && (
        <ImportPreview
          preview={preview}
          hasPlan={props.hasPlan}
          busy={req.busy}
          onGo={() => void send(false)}
        />
      )}
      <FormStatus testId="rotation" done={req.done} doneAs="imported" />
      <ProblemList
        testId="rotation-problems"
        itemTestId="rotation-problem"
        error={req.error}
        problems={problems}
        intro={t('rotx.import.problems')}
        say={(p) => `${t('rotx.import.line')} ${p.line}: ${p.message}`}
      />
    </Section>
  );
}

const COLUMNS: MessageKey[] = [
  'rotation.group',
  'rotx.import.slot',
  'report.room.location',
  'rotx.import.time',
];

/** What the plan would be: the counts and its first rows, and the button that imports it. */
function ImportPreview(props: {
  preview: Preview;
  hasPlan: boolean;
  busy: boolean;
  onGo: () => void;
}) {
  const { preview, hasPlan, busy, onGo } = props;
  return (
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
      <FirstRows
        class="rotation-panel__table"
        caption={t('rotx.import.first', { n: preview.first.length })}
        columns={COLUMNS}
        rows={preview.first}
        cells={(r) => [
          r.group,
          r.slot,
          r.location,
          r.start ? t('rotation.time', { start: r.start, end: r.end ?? '' }) : '',
        ]}
      />
      {hasPlan && <p class="hint">{t('rotx.import.replaces')}</p>}
      <button
        type="button"
        class="btn btn--primary"
        disabled={busy}
        data-testid="rotation-go"
        onClick={onGo}
      >
        {t('rotx.import.go')}
      </button>
    </div>
  );
}
