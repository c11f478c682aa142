// A dilemma round's settings: title, dilemma, its steps (edit, add, remove) and moderation.
import { nanoid } from 'nanoid';
import { LIMITS } from '../../../shared/limits.js';
import type { Moderation, RoundActivity, RoundPhase } from '../../../shared/model.js';
import type { RoundConfigPatch } from '../../../shared/protocol.js';
import { sameJson } from '../../chair/draft.js';
import {
  ModerationField,
  SettingsForm,
  TitleField,
  useSettingsForm,
} from '../../chair/settings.js';
import { TextArea, TextField } from '../../components/form/Field.js';
import { t } from '../../lib/i18n.js';
import type { Outbox } from '../../lib/outbox.js';

interface Draft {
  title: string;
  dilemma: string;
  moderation: Moderation;
  phases: RoundPhase[];
}

const draftOf = (a: RoundActivity): Draft => ({
  title: a.title,
  dilemma: a.config.dilemma,
  moderation: a.config.moderation,
  phases: a.config.phases,
});

interface Props {
  round: RoundActivity;
  outbox: Outbox;
  /** Step ids that hold contributions: those steps cannot be removed (ROUND-6). */
  usedSteps: ReadonlySet<string>;
}

/** The dilemma and its steps: edit, add, remove. Mounted with key = activity id. */
export function RoundSettings({ round, outbox, usedSteps }: Props) {
  const form = useSettingsForm(round, outbox, draftOf, sameJson);
  const { draft, change } = form;
  const phases = draft.phases;
  const titlesOk = phases.every((p) => p.title.trim().length > 0);
  const setPhase = (i: number, patch: Partial<RoundPhase>) =>
    change({ phases: phases.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
  const addStep = () => {
    const title = t('round.phase.new', { n: phases.length + 1 });
    change({ phases: [...phases, { id: nanoid(10), title, prompt: '' }] });
  };

  return (
    <SettingsForm
      form={form}
      heading={t('chair.round.settings')}
      blocked={!titlesOk}
      patch={() =>
        form.changed<RoundConfigPatch>({ dilemma: 'trim', moderation: true, phases: true })
      }
      saveId="round-save-button"
      saveLabel="chair.round.save"
    >
      <TitleField form={form} id="round-title" />
      <TextArea
        {...form.field('round-dilemma', 'dilemma')}
        label={t('chair.round.dilemma')}
        rows={4}
        maxLength={LIMITS.dilemmaLength}
      />
      <ol class="round-steps-edit">
        {phases.map((p, i) => (
          <li key={p.id} class="round-steps-edit__item" data-testid="round-step-edit">
            <TextField
              id={`round-step-title-${p.id}`}
              label={t('chair.round.stepTitle', { n: i + 1 })}
              value={p.title}
              maxLength={LIMITS.phaseTitleLength}
              invalid={!p.title.trim()}
              onValue={(title) => setPhase(i, { title })}
            />
            <TextArea
              id={`round-step-prompt-${p.id}`}
              label={t('chair.round.stepPrompt', { n: i + 1 })}
              rows={2}
              value={p.prompt}
              maxLength={LIMITS.phasePromptLength}
              onValue={(prompt) => setPhase(i, { prompt })}
            />
            {usedSteps.has(p.id) ? (
              <p class="muted">{t('chair.round.stepHasItems')}</p>
            ) : (
              <button
                type="button"
                class="btn btn--small"
                data-testid="round-remove-step"
                disabled={phases.length <= 1}
                onClick={() => change({ phases: phases.filter((_, j) => j !== i) })}
              >
                {t('chair.round.removeStep', { n: i + 1 })}
              </button>
            )}
          </li>
        ))}
      </ol>
      <button
        type="button"
        class="btn"
        data-testid="round-add-step"
        disabled={phases.length >= LIMITS.roundPhasesMax}
        onClick={addStep}
      >
        {t('chair.round.addStep')}
      </button>
      <ModerationField name="round-moderation" {...form.pick('moderation')} />
    </SettingsForm>
  );
}
