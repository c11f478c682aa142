// The "?" dialog that lists every keyboard shortcut of the console (CHAIR-9).
import { useEffect, useRef } from 'preact/hooks';
import { t, type MessageKey } from '../lib/i18n.js';
import '../components/dialog.css';

const ROWS: [string, MessageKey][] = [
  ['A', 'chair.help.a'],
  ['R', 'chair.help.r'],
  ['E', 'chair.help.e'],
  ['↑ ↓', 'chair.help.upDown'],
  ['← →', 'chair.help.leftRight'],
  ['PgUp PgDn Home End', 'deckshow.help.keys'],
  ['Enter', 'chair.help.enter'],
  ['Shift+Enter', 'chair.help.shiftEnter'],
  ['Esc', 'chair.help.esc'],
  ['?', 'chair.help.question'],
];

/** Every shortcut of the console in one list, opened with "?" or its button (CHAIR-9). */
export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      class="dialog shortcut-help"
      aria-labelledby="shortcut-help-title"
      data-testid="shortcut-help"
      onClose={onClose}
    >
      <h2 id="shortcut-help-title">{t('chair.help.title')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('chair.help.key')}</th>
            <th scope="col">{t('chair.help.does')}</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map(([key, does]) => (
            <tr key={key}>
              <td>
                <kbd>{key}</kbd>
              </td>
              <td>{t(does)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="dialog__actions">
        <button type="button" class="btn" data-testid="shortcut-help-close" onClick={onClose}>
          {t('common.close')}
        </button>
      </p>
    </dialog>
  );
}
