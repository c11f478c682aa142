// The phone's list of the other open Q&As, to ask in one that is not on screen.
import type { QaActivity } from '../../../shared/model.js';
import { t } from '../../lib/i18n.js';

interface Props {
  open: QaActivity[];
  onChoose: (id: string) => void;
  /** Folded away while a Q&A or wall is on screen; spread out when the screen shows nothing. */
  expanded: boolean;
}

/**
 * The other Q&As that take questions now, so a question for a later pitch can wait there. At
 * the top of the page, where it is found, but folded so it does not push the screen's own
 * activity out of sight.
 */
export function QaOthers({ open, onChoose, expanded }: Props) {
  if (open.length === 0) return null;
  return (
    <details class="qa-others" open={expanded} data-testid="qa-others">
      <summary class="qa-others__summary">
        {t(expanded ? 'qa.openList' : 'qa.otherOpen')} <span class="count-pill">{open.length}</span>
      </summary>
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
    </details>
  );
}
