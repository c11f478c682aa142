// A plain button of the screens: its classes, its test id, whether it is pressed (a toggle says
// so with aria-pressed), disabled, and what it does. Type "button" unless it submits its form.
import type { ComponentChildren } from 'preact';

export interface ButtonProps {
  class?: string;
  testId?: string;
  /** A toggle: on or off, said with aria-pressed. */
  pressed?: boolean;
  submit?: boolean;
  disabled?: boolean;
  /** Its place in a row of such buttons (data-index). */
  index?: number;
  onClick?: () => void;
  children: ComponentChildren;
}

export function Button(p: ButtonProps) {
  return (
    <button
      type={p.submit ? 'submit' : 'button'}
      class={p.class ?? 'btn'}
      data-testid={p.testId}
      data-index={p.index}
      aria-pressed={p.pressed === undefined ? undefined : p.pressed ? 'true' : 'false'}
      disabled={p.disabled}
      onClick={p.onClick}
    >
      {p.children}
    </button>
  );
}
