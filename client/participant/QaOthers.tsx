import type { QaActivity } from '../../shared/model.js';
import { t } from '../lib/i18n.js';

/** The other Q&As that take questions now, so a question for a later pitch can wait there. */
export function QaOthers({
  open,
  onChoose,
}: {
  open: QaActivity[];
  onChoose: (id: string) => void;
}) {
  if (open.length === 0) return null;
  return (
    <nav class="qa-others" aria-labelledby="qa-others-heading">
      <h2 id="qa-others-heading" class="section-title">
        {t('qa.otherOpen')}
      </h2>
      <ul class="qa-others__list">
        {open.map((qa) => (
          <li key={qa.id}>
            <button
              type="button"
              class="btn btn--wide qa-others__btn"
              data-testid="qa-other"
              data-id={qa.id}
              onClick={() => onChoose(qa.id)}
            >
              {t('qa.openOther', { pitch: qa.config.pitch || qa.title })}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
