// A poll's settings: kind, question, options or scale, results mode, why; locked once open.
import { LIMITS } from '../../../shared/limits.js';
import {
  POLL_KINDS,
  type PollActivity,
  type PollConfig,
  type PollOption,
  type ResultsMode,
} from '../../../shared/model.js';
import { translate } from '../../../shared/i18n/index.js';
import { t, type MessageKey } from '../../lib/i18n.js';
import type { Outbox } from '../../lib/outbox.js';
import { sameJson } from '../../chair/draft.js';
import { SettingsForm, TitleField, useSettingsForm } from '../../chair/settings.js';
import { CheckField, RadioGroup } from '../../components/form/Choice.js';
import { SelectField, TextArea, TextField } from '../../components/form/Field.js';
import { PollOptions } from './PollOptions.js';

/** What the form edits; numbers stay text while typed. */
interface Draft {
  title: string;
  question: string;
  pollKind: PollConfig['pollKind'];
  options: PollOption[];
  maxPicks: string;
  min: string;
  max: string;
  minLabel: string;
  maxLabel: string;
  resultsMode: ResultsMode;
  askWhy: boolean;
}

/**
 * The server fills a new poll with "Wat kies jij?" and "Keuze 1", "Keuze 2" so it can run as it
 * is. The form shows those as placeholders, not as text the chair has to delete (CHAIR-10).
 */
const isDefault = (value: string, key: 'poll.question.default' | 'poll.option.default', n = 0) =>
  (['nl', 'en'] as const).some((l) => translate(l, key, { n }) === value);

function draftOf(a: PollActivity): Draft {
  const c = a.config;
  const fresh = a.state === 'draft';
  return {
    title: a.title,
    question: fresh && isDefault(c.question, 'poll.question.default') ? '' : c.question,
    pollKind: c.pollKind,
    options: c.options.map((o, i) =>
      fresh && isDefault(o.label, 'poll.option.default', i + 1) ? { ...o, label: '' } : o,
    ),
    maxPicks: String(c.maxPicks),
    min: String(c.scale.min),
    max: String(c.scale.max),
    minLabel: c.scale.minLabel,
    maxLabel: c.scale.maxLabel,
    resultsMode: c.resultsMode,
    askWhy: c.askWhy,
  };
}

const int = (s: string) => (/^-?\d+$/.test(s.trim()) ? Number.parseInt(s, 10) : NaN);

function configOf(d: Draft): Partial<PollConfig> {
  return {
    question: d.question.trim(),
    pollKind: d.pollKind,
    options: d.options.map((o) => ({ ...o, label: o.label.trim() })),
    maxPicks: int(d.maxPicks),
    scale: {
      min: int(d.min),
      max: int(d.max),
      minLabel: d.minLabel.trim(),
      maxLabel: d.maxLabel.trim(),
    },
    resultsMode: d.resultsMode,
    askWhy: d.askWhy,
  };
}

/** What keeps the form from being saved, as a message for the chair; null when it can be. */
function problemOf(d: Draft): MessageKey | null {
  if (!d.title.trim() || !d.question.trim()) return 'wall.empty';
  const choice = d.pollKind !== 'scale' && d.pollKind !== 'cloud';
  if (choice && (d.options.length < 2 || d.options.some((o) => !o.label.trim()))) {
    return 'chair.poll.needOptions';
  }
  const [min, max, picks] = [int(d.min), int(d.max), int(d.maxPicks)];
  const scaleOk = min < max && max - min <= LIMITS.scaleSpan && min >= LIMITS.scaleLowest;
  if (!scaleOk) return 'chair.poll.scaleRange';
  if (!(picks >= 1 && picks <= LIMITS.optionsPerPoll)) return 'chair.poll.maxPicks';
  return null;
}

/** The config fields that differ from what the server has. */
function patchOf(draft: Draft, base: Draft): Partial<PollConfig> {
  const next = configOf(draft);
  const was = configOf(base);
  const out: Partial<PollConfig> = {};
  for (const key of Object.keys(next) as (keyof PollConfig)[]) {
    if (JSON.stringify(next[key]) !== JSON.stringify(was[key])) {
      (out as Record<string, unknown>)[key] = next[key];
    }
  }
  return out;
}

/** The settings of one poll. Mounted with key = activity id, so switching polls starts fresh. */
export function PollSettings({ poll, outbox }: { poll: PollActivity; outbox: Outbox }) {
  const form = useSettingsForm(poll, outbox, draftOf, sameJson);
  const { base, draft, change } = form;
  const fixed = poll.state !== 'draft';
  const kind = draft.pollKind;
  const problem = problemOf(draft);
  const text = (id: string, label: MessageKey, key: 'minLabel' | 'maxLabel') => (
    <TextField id={id} label={t(label)} maxLength={LIMITS.scaleLabelLength} {...form.bind(key)} />
  );
  const number = (id: string, label: MessageKey, key: 'min' | 'max' | 'maxPicks') => (
    <TextField
      type="number"
      inputMode="numeric"
      wrap
      id={id}
      label={t(label)}
      disabled={fixed}
      {...form.bind(key)}
    />
  );
  // A dilemma hides its results and asks why by default; follow that when switching.
  const pickKind = (pollKind: Draft['pollKind']) => {
    const dilemma = pollKind === 'dilemma';
    change({ pollKind, resultsMode: dilemma ? 'hidden' : 'live', askWhy: dilemma });
  };

  return (
    <SettingsForm form={form} blocked={problem !== null} patch={() => patchOf(draft, base)}>
      {fixed && <p class="hint">{t('chair.poll.fixed')}</p>}
      <TitleField form={form} id="set-title" testId="title-input" />
      <TextArea
        {...form.field('set-question', 'question', 'question-input')}
        label={t('chair.poll.question')}
        rows={3}
        placeholder={t('poll.question.default')}
        maxLength={LIMITS.questionLength}
        invalid={!draft.question.trim() && form.dirty}
      />
      <SelectField
        id="set-kind"
        testId="kind-select"
        label={t('chair.poll.kind')}
        disabled={fixed}
        options={POLL_KINDS}
        labelOf={(k) => t(`chair.poll.kind.${k}`)}
        value={kind}
        onChange={pickKind}
      />
      {kind !== 'scale' && kind !== 'cloud' && (
        <PollOptions
          options={draft.options}
          drawbacks={kind === 'dilemma'}
          fixed={fixed}
          onChange={(options) => change({ options })}
        />
      )}
      {kind === 'multiple' && number('set-picks', 'chair.poll.maxPicks', 'maxPicks')}
      {kind === 'scale' && (
        <fieldset>
          <legend>{t('chair.poll.kind.scale')}</legend>
          <div class="settings__pair">
            {number('set-min', 'chair.poll.scaleMin', 'min')}
            {number('set-max', 'chair.poll.scaleMax', 'max')}
          </div>
          {text('set-minl', 'chair.poll.scaleMinLabel', 'minLabel')}
          {text('set-maxl', 'chair.poll.scaleMaxLabel', 'maxLabel')}
        </fieldset>
      )}
      {problem && <p class="field-error">{t(problem)}</p>}
      <RadioGroup
        legend={t('chair.poll.resultsMode')}
        name="results-mode"
        options={['live', 'always', 'hidden'] as const}
        labelOf={(m) => t(`chair.poll.resultsMode.${m}`)}
        testIds="results"
        {...form.pick('resultsMode')}
      />
      <CheckField label={t('chair.poll.askWhy')} {...form.flag('askWhy', 'ask-why-checkbox')} />
    </SettingsForm>
  );
}
