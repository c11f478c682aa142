// The end of a form: its submit button, and what became of the last submission: a quiet status
// line (aria-live) for success and an alert for a failure.
import type { ComponentChildren } from 'preact';
import { t } from '../../lib/i18n.js';

interface SubmitProps {
  testId?: string;
  disabled?: boolean;
  /** A plain button instead of the primary one. */
  plain?: boolean;
  describedBy?: string;
  children: ComponentChildren;
}

/** The form's submit button. */
export function Submit({ testId, disabled, plain, describedBy, children }: SubmitProps) {
  return (
    <button
      type="submit"
      class={plain ? 'btn' : 'btn btn--primary'}
      disabled={disabled}
      aria-describedby={describedBy}
      data-testid={testId}
    >
      {children}
    </button>
  );
}

interface StatusProps {
  /** Prefix of the test ids: `<testId>-status`, `<testId>-<doneAs>`, `<testId>-error`. */
  testId: string;
  /** What the last submission did, when it worked. */
  done?: ComponentChildren;
  /** The done line's test id suffix (default `done`). */
  doneAs?: string;
  /** Why the last submission failed. */
  error?: ComponentChildren;
  /** Waiting for the answer: says "loading". */
  busy?: boolean;
}

/** Success in a polite live region, failure as an alert. */
export function FormStatus({ testId, done, doneAs, error, busy }: StatusProps) {
  return (
    <>
      <div role="status" aria-live="polite" data-testid={`${testId}-status`}>
        {busy && <p>{t('common.loading')}</p>}
        {done && <p data-testid={`${testId}-${doneAs ?? 'done'}`}>{done}</p>}
      </div>
      {error && (
        <p role="alert" class="field-error" data-testid={`${testId}-error`}>
          {error}
        </p>
      )}
    </>
  );
}
