// A kind's settings form around its draft (draft.tsx): the heading, the title field, the save
// row with a quiet "saved", and the moderation choice. Saving sends the changed title and the
// config patch the kind works out as one activity.update.
import type { ComponentChildren } from 'preact';
import { LIMITS } from '../../shared/limits.js';
import type { Moderation } from '../../shared/model.js';
import type { ActivityUpdate } from '../../shared/protocol.js';
import { RadioGroup } from '../components/form/Choice.js';
import { TextField } from '../components/form/Field.js';
import { ConsoleSection } from '../components/form/Section.js';
import { t, type MessageKey } from '../lib/i18n.js';
import type { Outbox } from '../lib/outbox.js';
import { pushUpdate, useSettingsDraft, type SettingsDraft } from './draft.js';

type Titled = { title: string };
type Activity = { id: string; title: string };

/** A settings draft with the activity it edits and the outbox its update goes to. */
export interface SettingsState<D extends Titled> extends SettingsDraft<D> {
  activity: Activity;
  outbox: Outbox;
}

/** The draft of `activity`'s settings form (see useSettingsDraft), ready for SettingsForm. */
export function useSettingsForm<A extends Activity, D extends Titled>(
  activity: A,
  outbox: Outbox,
  draftOf: (a: A) => D,
  same?: (a: D, b: D) => boolean,
): SettingsState<D> {
  return { ...useSettingsDraft(activity, draftOf, same), activity, outbox };
}

interface SaveRowProps {
  form: SettingsDraft<Titled>;
  blocked: boolean;
  testId?: string;
  label?: MessageKey;
}

/** The save button of a settings form, with a quiet "saved" after it. */
function SaveRow({ form, blocked, testId, label }: SaveRowProps) {
  return (
    <div class="settings__save">
      <button
        type="submit"
        class="btn btn--primary"
        data-testid={testId ?? 'save-settings-button'}
        disabled={!form.dirty || blocked}
      >
        {t(label ?? 'chair.save')}
      </button>
      <span role="status" class="muted">
        {form.saved && !form.dirty ? t('chair.saved') : ''}
      </span>
    </div>
  );
}

interface SettingsFormProps {
  form: SettingsState<Titled>;
  /** Default: "Instellingen van <title>". */
  heading?: ComponentChildren;
  /** The config fields to send: called on submit when the form has changes and can be saved. */
  patch: () => NonNullable<ActivityUpdate['config']>;
  /** Something keeps the form from being saved (a field out of range): the button is off. */
  blocked?: boolean;
  /** An empty title keeps the form from being saved too. */
  needsTitle?: boolean;
  /** The save button's test id and label. */
  saveId?: string;
  saveLabel?: MessageKey;
  /** Runs after the update is sent (the kind's own follow-up). */
  afterSave?: () => void;
  children: ComponentChildren;
}

/** A kind's settings form: the heading, its fields, and the save row. */
export function SettingsForm(props: SettingsFormProps) {
  const { form } = props;
  const { draft, base, activity } = form;
  const blocked = Boolean(props.blocked) || (props.needsTitle === true && !draft.title.trim());
  const submit = () => {
    if (!form.dirty || blocked) return;
    const title = draft.title !== base.title ? draft.title.trim() : null;
    pushUpdate(form.outbox, activity.id, title, props.patch());
    props.afterSave?.();
    form.markSaved();
  };
  return (
    <ConsoleSection
      id="settings"
      title={props.heading ?? t('chair.settingsOf', { title: activity.title })}
      onSubmit={submit}
      noValidate
    >
      {props.children}
      <SaveRow form={form} blocked={blocked} testId={props.saveId} label={props.saveLabel} />
    </ConsoleSection>
  );
}

interface TitleProps {
  form: SettingsDraft<Titled>;
  id: string;
  testId?: string;
  /** An empty title is marked invalid (the form will not save it). */
  required?: boolean;
}

/** The activity's title, as the agenda shows it. */
export function TitleField({ form, id, testId, required }: TitleProps) {
  const empty = form.draft.title.trim().length === 0;
  return (
    <TextField
      {...form.field(id, 'title', testId)}
      label={t('chair.activityTitle')}
      maxLength={LIMITS.titleLength}
      invalid={required ? empty : undefined}
    />
  );
}

interface ModerationProps {
  /** The radio group's name, and the prefix of its test ids when it has them. */
  name: string;
  testIds?: boolean;
  class?: string;
  value: Moderation;
  onChange: (m: Moderation) => void;
}

/** Pre- or post-moderation: first the chair, or straight onto the screen. */
export function ModerationField({ name, testIds, class: cls, value, onChange }: ModerationProps) {
  return (
    <RadioGroup
      legend={t('chair.moderation')}
      name={name}
      class={cls}
      options={['pre', 'post'] as const}
      value={value}
      labelOf={(m) => t(m === 'pre' ? 'chair.moderation.pre' : 'chair.moderation.post')}
      testIds={testIds ? name : undefined}
      onChange={onChange}
    />
  );
}
