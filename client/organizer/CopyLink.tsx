// A link on the event card with its address and a button that copies it (ORG-2).

import { useState } from 'preact/hooks';
import { t } from '../lib/i18n.js';
import type { MessageKey } from '../../shared/i18n/index.js';

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission (or not a secure context): the old way still works.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'sr-only';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

export function CopyLink(props: { label: MessageKey; url: string; testId: string }) {
  const [done, setDone] = useState(false);
  const label = t(props.label);
  return (
    <li>
      <a href={props.url} target="_blank" rel="noopener" data-testid={props.testId}>
        {label}
      </a>{' '}
      <code class="event-row__url">{props.url}</code>{' '}
      <button
        type="button"
        class="copy-btn"
        aria-label={t('organizer.copy.label', { what: label })}
        data-testid={`${props.testId}-copy`}
        onClick={() =>
          void copy(props.url).then((ok) => {
            setDone(ok);
            if (ok) setTimeout(() => setDone(false), 2000);
          })
        }
      >
        {done ? t('organizer.copy.done') : t('organizer.copy')}
      </button>
    </li>
  );
}
