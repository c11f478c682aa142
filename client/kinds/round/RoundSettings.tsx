// A dilemma round's settings: title, dilemma, its steps (edit, add, remove) and moderation.
import { nanoid } from 'nanoid';
import { LIMITS } from '../../../shared/limits.js';
import type { Moderation, RoundActivity, RoundPhase } from '../../../shared/model.js';
import type { RoundConfigPatch } from '../../../shared/protocol.js';
import { t } from '../../lib/i18n.js';
import type { Outbox } from '../../lib/outbox.js';
import { ModerationField, pushUpdate, SaveRow, useSettingsDraft } from '../../chair/draft.js';

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

const same = (a: Draft, b: Draft) => JSON.stringify(a) === JSON.stringify(b);

interface Props {
  round: RoundActivity;
  outbox: Outbox;
  /** Step ids that hold contributions: those steps cannot be removed (ROUND-6). */
  usedSteps: ReadonlySet<string>;
}

/** The dilemma and its steps: edit, add, remove. Mounted with key = activity id. */
export function RoundSettings({ round, outbox, usedSteps }: Props) {
  const form = useSettingsDraft(round, draftOf, same);
  const { base, draft, change } = form;
  const titlesOk = draft.phases.every((p) => p.title.trim().length > 0);
  const setPhase = (i: number, patch: Partial<RoundPhase>) =>
    change({ phases: draft.phases.map((p, j) => (j === i ? { ...p, ...patch } : p)) });

  const save = (e: Event) => {
    e.preventDefault();
    if (!form.dirty || !titlesOk) return;
    const config: RoundConfigPatch = {};
    if (draft.dilemma !== base.dilemma) config.dilemma = draft.dilemma.trim();
    if (draft.moderation !== base.moderation) config.moderation = draft.moderation;
    if (JSON.stringify(draft.phases) !== JSON.stringify(base.phases)) config.phases = draft.phases;
    pushUpdate(outbox, round.id, draft.title !== base.title ? draft.title.trim() : null, config);
    form.markSaved();
  };

  return (
    <form class="settings" onSubmit={save} aria-labelledby="settings-heading" noValidate>
      <h2 id="settings-heading" class="section-title">
        {t('chair.round.settings')}
      </h2>
      <label for="round-title">{t('chair.activityTitle')}</label>
      <input
        id="round-title"
        type="text"
        value={draft.title}
        maxLength={LIMITS.titleLength}
        onInput={(e) => change({ title: e.currentTarget.value })}
      />
      <label for="round-dilemma">{t('chair.round.dilemma')}</label>
      <textarea
        id="round-dilemma"
        data-testid="round-dilemma-input"
        rows={4}
        value={draft.dilemma}
        maxLength={LIMITS.dilemmaLength}
        onInput={(e) => change({ dilemma: e.currentTarget.value })}
      />
      <ol class="round-steps-edit">
        {draft.phases.map((p, i) => (
          <li key={p.id} class="round-steps-edit__item" data-testid="round-step-edit">
            <label for={`round-step-title-${p.id}`}>
              {t('chair.round.stepTitle', { n: i + 1 })}
            </label>
            <input
              id={`round-step-title-${p.id}`}
              type="text"
              value={p.title}
              maxLength={LIMITS.phaseTitleLength}
              aria-invalid={p.title.trim() ? 'false' : 'true'}
              onInput={(e) => setPhase(i, { title: e.currentTarget.value })}
            />
            <label for={`round-step-prompt-${p.id}`}>
              {t('chair.round.stepPrompt', { n: i + 1 })}
            </label>
            <textarea
              id={`round-step-prompt-${p.id}`}
              rows={2}
              value={p.prompt}
              maxLength={LIMITS.phasePromptLength}
              onInput={(e) => setPhase(i, { prompt: e.currentTarget.value })}
            />
            {usedSteps.has(p.id) ? (
              <p class="muted">{t('chair.round.stepHasItems')}</p>
            ) : (
              <button
                type="button"
                class="btn btn--small"
                data-testid="round-remove-step"
                disabled={draft.phases.length <= 1}
                onClick={() => change({ phases: draft.phases.filter((_, j) => j !== i) })}
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
        disabled={draft.phases.length >= LIMITS.roundPhasesMax}
        onClick={() =>
          change({
            phases: [
              ...draft.phases,
              {
                id: nanoid(10),
                title: t('round.phase.new', { n: draft.phases.length + 1 }),
                prompt: '',
              },
            ],
          })
        }
      >
        {t('chair.round.addStep')}
      </button>
      <ModerationField
        name="round-moderation"
        value={draft.moderation}
        onChange={(moderation) => change({ moderation })}
      />
      <SaveRow
        form={form}
        blocked={!titlesOk}
        testId="round-save-button"
        label="chair.round.save"
      />
    </form>
  );
}
