// The organizer's form to create an event (or the demo event).
import { useState } from 'preact/hooks';
import { LIMITS } from '../../shared/limits.js';
import { LANGUAGES, type Language } from '../../shared/model.js';
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
    <section aria-labelledby="new-heading" class="organizer__new">
      <h2 id="new-heading">{t('organizer.newEvent')}</h2>
      <form class="create-form" onSubmit={submit} noValidate>
        <div class="field">
          <label for="event-name">{t('organizer.eventName')}</label>
          <input
            id="event-name"
            data-testid="event-name-input"
            type="text"
            value={name}
            maxLength={LIMITS.eventNameLength}
            aria-invalid={missing ? 'true' : 'false'}
            aria-describedby={missing ? 'event-name-error' : undefined}
            onInput={(e) => setName(e.currentTarget.value)}
          />
          {missing && (
            <p id="event-name-error" class="field-error" role="alert">
              {t('organizer.nameRequired')}
            </p>
          )}
        </div>
        <div class="field">
          <label for="event-language">{t('organizer.language')}</label>
          <select
            id="event-language"
            data-testid="event-language-select"
            value={language}
            onChange={(e) => setLanguage(e.currentTarget.value as Language)}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(l === 'nl' ? 'lang.name.nl' : 'lang.name.en')}
              </option>
            ))}
          </select>
        </div>
        <div class="create-form__actions">
          <button
            type="submit"
            class="btn btn--primary"
            data-testid="create-button"
            disabled={busy}
          >
            {t('organizer.create')}
          </button>
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
    </section>
  );
}
