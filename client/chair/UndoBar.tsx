// The bar that offers to undo the chair's last moderation for a few seconds.
import { useEffect } from 'preact/hooks';
import { t } from '../lib/i18n.js';
import { UNDO_MS, type Moderator } from './moderation.js';

export function UndoBar({ moderator }: { moderator: Moderator }) {
  const offer = moderator.undo.value;
  useEffect(() => {
    if (!offer) return;
    const timer = setTimeout(() => moderator.dismiss(offer), UNDO_MS);
    return () => clearTimeout(timer);
  }, [offer]);
  return (
    <div class="undo-region" role="status">
      {offer && (
        <p class="undo">
          <span>{t(offer.done)}</span>
          <button
            type="button"
            class="btn undo__button"
            data-testid="undo-button"
            onClick={() => moderator.undoLast()}
          >
            {t('chair.undo')}
          </button>
        </p>
      )}
    </div>
  );
}
