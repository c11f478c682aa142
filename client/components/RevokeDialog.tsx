// Making a new chair link (the old one stops working), after a confirming dialog. The overview
// owns one such dialog for all its rows and opens it with the row's room (ORG-8).
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../lib/i18n.js';
import './dialog.css';

/** The room (or event) whose chair link would be replaced. */
export interface RevokeTarget {
  /** Which room: a new target (another row) starts the dialog afresh. */
  id: string;
  /** For the dialog's title. */
  name: string;
  /** Makes the new link; resolves to its URL, or null when the server refused. */
  onRevoke: () => Promise<string | null>;
}

interface Props {
  /** The room asked about; null: the dialog is closed. */
  target: RevokeTarget | null;
  /** The dialog closed (cancel, Escape, close): the owner forgets the target. */
  onClose: () => void;
}

/**
 * Replacing a chair link cannot be undone: the old link and the printed sheet stop working and
 * the chair using it is signed out. So it asks first, says exactly that, and then shows the new
 * link with a copy button, instead of doing it on one click without a word (CHAIR-4).
 */
export function RevokeDialog({ target, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, setState] = useState<
    { kind: 'ask' } | { kind: 'busy' } | { kind: 'done'; url: string } | { kind: 'failed' }
  >({ kind: 'ask' });
  const [copied, setCopied] = useState(false);
  const id = target?.id ?? null;
  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (id === null) {
      if (el.open) el.close();
      return;
    }
    setState({ kind: 'ask' });
    setCopied(false);
    if (!el.open) el.showModal();
  }, [id]);
  const confirm = async () => {
    if (!target) return;
    setState({ kind: 'busy' });
    const url = await target.onRevoke();
    setState(url ? { kind: 'done', url } : { kind: 'failed' });
  };
  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // No clipboard (http, or refused): the link is selected in its field to copy by hand.
      const field = dialog.current?.querySelector('input');
      field?.select();
    }
  };
  const titleId = 'revoke-title';
  return (
    <dialog
      ref={dialog}
      class="dialog"
      aria-labelledby={titleId}
      data-testid="revoke-dialog"
      onClose={onClose}
    >
      <h2 id={titleId}>
        {t('chair.revoke.title')} <span class="dialog__name">{target?.name ?? ''}</span>
      </h2>
      {state.kind === 'done' ? (
        <>
          <p role="status">{t('chair.revoke.done')}</p>
          <p class="dialog__link">
            <input
              type="text"
              readOnly
              value={state.url}
              aria-label={t('organizer.chairLink')}
              data-testid="revoke-new-link"
              onFocus={(e) => e.currentTarget.select()}
            />
            <button
              type="button"
              class="btn btn--primary"
              data-testid="revoke-copy"
              onClick={() => void copy(state.url)}
            >
              {copied ? t('chair.copied') : t('chair.copy')}
            </button>
          </p>
          <p class="dialog__actions">
            <button type="button" class="btn" onClick={() => dialog.current?.close()}>
              {t('common.close')}
            </button>
          </p>
        </>
      ) : (
        <>
          <p data-testid="revoke-explain">{t('chair.revoke.explain')}</p>
          {state.kind === 'failed' && (
            <p class="field-error" role="alert">
              {t('chair.revoke.failed')}
            </p>
          )}
          <p class="dialog__actions">
            <button
              type="button"
              class="btn btn--danger"
              data-testid="revoke-confirm"
              disabled={state.kind === 'busy'}
              onClick={() => void confirm()}
            >
              {t('chair.revoke.confirm')}
            </button>
            <button type="button" class="btn" onClick={() => dialog.current?.close()}>
              {t('chair.cancel')}
            </button>
          </p>
        </>
      )}
    </dialog>
  );
}
