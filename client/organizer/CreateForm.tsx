// The organizer's form to create an event (or the demo event).
import { useState } from 'preact/hooks';
import { LIMITS } from '../../shared/limits.js';
import { LANGUAGES, type Language } from '../../shared/model.js';
import { SelectField, TextField } from '../components/form/Field.js';
import { Section } from '../components/form/Section.js';
import { Submit } from '../components/form/Status.js';
import { lang, t } from '../lib/i18n.js';

interface Props {
  onCreate: (name: string, language: Language) => Promise<boolean>;
  onDemo: () => Promise<boolean>;
}

export function CreateForm({ onCreate, onDemo }: Props) {
  const [name, setName] = useState('');
  const [language, setLanguage] = useState<Language>(lang.value);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<boolean>, clear: boolean) => {
    setBusy(true);
    const ok = await action();
    setBusy(false);
    if (ok && clear) setName('');
  };

  const submit = (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const trimmed = name.trim();
    if (!trimmed) {
      setMissing(true);
      return;
    }
    setMissing(false);
    void run(() => onCreate(trimmed, language), true);
  };

  return (
    <Section level={2} id="new" class="organizer__new" title={t('organizer.newEvent')}>
      <form class="create-form" onSubmit={submit} noValidate>
        <TextField
          wrap="field"
          id="event-name"
          testId="event-name-input"
          label={t('organizer.eventName')}
          maxLength={LIMITS.eventNameLength}
          alert
          noteId="event-name-error"
          error={missing && t('organizer.nameRequired')}
          state={[name, setName]}
        />
        <SelectField
          wrap="field"
          id="event-language"
          testId="event-language-select"
          label={t('organizer.language')}
          options={LANGUAGES}
          labelOf={(l) => t(l === 'nl' ? 'lang.name.nl' : 'lang.name.en')}
          value={language}
          onChange={setLanguage}
        />
        <div class="create-form__actions">
          <Submit testId="create-button" disabled={busy}>
            {t('organizer.create')}
          </Submit>
          <button
            type="button"
            class="btn"
            data-testid="demo-button"
            disabled={busy}
            onClick={() => void run(onDemo, false)}
          >
            {t('organizer.demo')}
          </button>
        </div>
      </form>
    </Section>
  );
}
