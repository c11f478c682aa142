// The language switch (Dutch, English), labelled in the language it switches to.
import { otherLanguage, switchLanguage, t } from '../lib/i18n.js';

/** Labelled in the language it switches to, so someone who cannot read the current one finds it. */
export function LangSwitch() {
  return (
    <button type="button" class="btn lang-switch" lang={otherLanguage()} onClick={switchLanguage}>
      {t('lang.switch')}
    </button>
  );
}
