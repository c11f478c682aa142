// An event's accent colour, projector theme and logo, with a preview.
import { useEffect, useState } from 'preact/hooks';
import {
  PAGE_DEFAULT_ACCENT,
  PROJECTOR_PALETTES,
  pageAccent,
  projectorAccent,
  type ProjectorTheme,
} from '../../shared/brand.js';
import { isHexColor } from '../../shared/contrast.js';
import type { EventInfo } from '../../shared/model.js';
import { api, fetchEvent } from '../lib/api.js';
import { RadioGroup } from '../components/form/Choice.js';
import { FileField } from '../components/form/Field.js';
import { Section } from '../components/form/Section.js';
import { FormStatus, Submit } from '../components/form/Status.js';
import { errorKey, t, type MessageKey } from '../lib/i18n.js';
import './branding.css';

const LOGO_TYPES = 'image/png,image/jpeg,image/webp';

/** The message for a refused logo: the server's reason, in the page's language. */
function logoError(status: number, code: string): MessageKey {
  if (status === 413) return 'brand.logo.tooLarge';
  if (status === 415) return 'brand.logo.badType';
  return status === 0 ? 'conn.offline' : errorKey(code);
}

/**
 * The event's branding (BRAND-1..3): a logo, an accent colour with a preview of the colour the
 * screens will really use, and the projector's theme.
 */
export function BrandingPanel(props: { code: string; headers: Record<string, string> }) {
  const { code, headers } = props;
  const [info, setInfo] = useState<EventInfo | null>(null);
  const [accent, setAccent] = useState('');
  const [theme, setTheme] = useState<ProjectorTheme>('dark');
  const [error, setError] = useState<MessageKey | null>(null);
  const [accentError, setAccentError] = useState(false);
  const [done, setDone] = useState<MessageKey | null>(null);
  const [busy, setBusy] = useState(false);

  const take = (e: EventInfo) => {
    setInfo(e);
    setAccent(e.accentColor ?? '');
    setTheme(e.projectorTheme);
  };
  const reload = async () => {
    const res = await fetchEvent(code);
    if (res.ok) take(res.data);
  };
  useEffect(() => void reload(), [code]);

  const begin = () => {
    setBusy(true);
    setError(null);
    setDone(null);
  };

  const upload = async (file: File, input: HTMLInputElement) => {
    begin();
    const res = await fetch(`/api/events/${encodeURIComponent(code)}/logo`, {
      method: 'PUT',
      headers: { ...headers, 'Content-Type': file.type || 'application/octet-stream' },
      body: file,
    }).catch(() => null);
    setBusy(false);
    input.value = '';
    if (!res) return setError('conn.offline');
    if (!res.ok) {
      const body = (await res.json().catch(() => null)) as { error?: { code?: string } } | null;
      return setError(logoError(res.status, body?.error?.code ?? 'internal'));
    }
    await reload();
    setDone('brand.logo.saved');
  };

  const removeLogo = async () => {
    begin();
    const res = await api<null>(`/api/events/${encodeURIComponent(code)}/logo`, {
      method: 'DELETE',
      headers,
    });
    setBusy(false);
    if (!res.ok && res.status !== 204) return setError(logoError(res.status, res.code));
    await reload();
    setDone('brand.logo.removed');
  };

  const pickAccent = (value: string) => {
    setAccent(value);
    setAccentError(false);
  };
  const trimmed = accent.trim().toLowerCase();
  const valid = trimmed === '' || isHexColor(trimmed);

  const save = async (e: Event) => {
    e.preventDefault();
    if (!valid) {
      setAccentError(true);
      document.getElementById('brand-accent-text')?.focus();
      return;
    }
    begin();
    const res = await api<unknown>(`/api/events/${encodeURIComponent(code)}`, {
      method: 'PATCH',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ accentColor: trimmed || null, projectorTheme: theme }),
    });
    setBusy(false);
    if (!res.ok) {
      if (res.status === 400 && 'field' in res && res.field === 'accentColor')
        return setAccentError(true);
      return setError(res.status === 0 ? 'conn.offline' : errorKey(res.code));
    }
    await reload();
    setDone('brand.saved');
  };

  const chosen = valid && trimmed ? trimmed : null;
  const phone = pageAccent(chosen);
  const beamer = projectorAccent(chosen, theme);
  const palette = PROJECTOR_PALETTES[theme];
  const adjusted = chosen !== null && (phone.accent !== chosen || beamer !== chosen);

  return (
    <Section id="branding" testId="branding-panel" title={t('brand.title')} hint={t('brand.intro')}>
      <h4>{t('brand.logo')}</h4>
      <div class="branding__logo">
        {info?.logoUrl ? (
          <>
            <span>{t('brand.logo.current')}</span>
            <img src={info.logoUrl} alt={info.name} data-testid="branding-logo" />
            <button
              type="button"
              class="btn btn--small"
              disabled={busy}
              onClick={() => void removeLogo()}
              data-testid="branding-logo-remove"
            >
              {t('brand.logo.remove')}
            </button>
          </>
        ) : (
          <span>{t('brand.logo.none')}</span>
        )}
      </div>
      <FileField
        id="branding-logo-file"
        label={t('brand.logo.file')}
        accept={LOGO_TYPES}
        disabled={busy}
        onFile={(file, input) => void upload(file, input)}
      />

      <form class="branding__form" onSubmit={(e) => void save(e)} noValidate>
        <h4>
          <label for="brand-accent-text">{t('brand.accent')}</label>
        </h4>
        <div class="branding__accent">
          <input
            type="color"
            aria-label={t('brand.accent.pick')}
            value={chosen ?? PAGE_DEFAULT_ACCENT}
            onInput={(e) => pickAccent(e.currentTarget.value)}
            data-testid="branding-accent-picker"
          />
          <input
            id="brand-accent-text"
            type="text"
            inputMode="text"
            autoComplete="off"
            spellcheck={false}
            maxLength={7}
            placeholder="#1a6b3c"
            value={accent}
            aria-describedby="brand-accent-hint"
            aria-invalid={accentError ? true : undefined}
            onInput={(e) => pickAccent(e.currentTarget.value)}
            data-testid="branding-accent-text"
          />
          <button
            type="button"
            class="btn btn--small"
            onClick={() => pickAccent('')}
            data-testid="branding-accent-reset"
          >
            {t('brand.accent.reset')}
          </button>
        </div>
        <p class="hint" id="brand-accent-hint">
          {t('brand.accent.text')}
        </p>
        {accentError && (
          <p class="field-error" role="alert" data-testid="branding-accent-error">
            {t('brand.accent.invalid')}
          </p>
        )}

        <RadioGroup
          class="branding__theme"
          legend={t('brand.theme')}
          name="brand-theme"
          options={['dark', 'light'] as const}
          labelOf={(th) => t(th === 'dark' ? 'brand.theme.dark' : 'brand.theme.light')}
          testIds="branding-theme"
          value={theme}
          onChange={setTheme}
        />

        <div class="branding__preview" data-testid="branding-preview">
          <p class="branding__preview-title">{t('brand.preview')}</p>
          <div class="branding__chips">
            <span class="branding__chip-label">{t('brand.preview.phone')}</span>
            <span
              class="branding__chip"
              style={{ background: phone.accent, color: phone.ink }}
              data-testid="branding-chip-phone"
              data-color={phone.accent}
            >
              {t('brand.preview.button')}
            </span>
            <span class="branding__chip-label">{t('brand.preview.projector')}</span>
            <span
              class="branding__chip"
              style={{ background: palette.bg, color: beamer, borderColor: beamer }}
              data-testid="branding-chip-projector"
              data-color={beamer}
            >
              {t('brand.preview.text')}
            </span>
          </div>
          <p data-testid="branding-adjusted" aria-live="polite">
            {chosen === null
              ? t('brand.accent.none')
              : adjusted
                ? t('brand.preview.adjusted', {
                    phone: phone.accent,
                    projector: beamer,
                    chosen,
                  })
                : t('brand.preview.same')}
          </p>
        </div>

        <Submit testId="branding-save" disabled={busy}>
          {t('brand.save')}
        </Submit>
      </form>
      <FormStatus testId="branding" done={done && t(done)} error={error && t(error)} />
    </Section>
  );
}
