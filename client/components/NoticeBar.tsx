// The one place where refused commands and other surprises are told.
import { useEffect } from 'preact/hooks';
import { t } from '../lib/i18n.js';
import { clearNotice, notice } from '../lib/notice.js';

const SHOW_MS = 8_000;

/** The one place refused commands and other surprises are told; it is always in the DOM so
 * screen readers announce what appears in it. */
export function NoticeBar() {
  const current = notice.value;
  useEffect(() => {
    if (!current) return;
    const timer = setTimeout(() => {
      if (notice.value === current) clearNotice();
    }, SHOW_MS);
    return () => clearTimeout(timer);
  }, [current]);
  return (
    <div class="notice-region" role="alert">
      {current && (
        <p class="notice" data-testid="notice">
          <span>{t(current.key, current.params)}</span>
          <button type="button" class="btn notice__close" onClick={clearNotice}>
            {t('common.close')}
          </button>
        </p>
      )}
    </div>
  );
}
