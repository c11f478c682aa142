// Choices: one setting that is on or off, and one of a few options as a group of radio buttons
// under a legend. The label wraps its input, so the whole line is the target (A11Y-4).
import type { ComponentChildren } from 'preact';

interface CheckProps {
  testId?: string;
  checked: boolean;
  label: ComponentChildren;
  onChange: (on: boolean) => void;
  /** The label's class (default `choice`). */
  class?: string;
}

/** One setting that is on or off. */
export function CheckField({ testId, checked, label, onChange, class: cls }: CheckProps) {
  return (
    <label class={cls ?? 'choice'}>
      <input
        type="checkbox"
        data-testid={testId}
        checked={checked}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      {label}
    </label>
  );
}

interface RadioProps<T extends string> {
  legend: ComponentChildren;
  /** The group's name. */
  name: string;
  options: readonly T[];
  value: T;
  /** What an option says. */
  labelOf: (option: T) => ComponentChildren;
  onChange: (value: T) => void;
  /** The options' test ids are this with `-<option>`; none when left out. */
  testIds?: string;
  class?: string;
  disabled?: boolean;
}

/** One of a few options. */
export function RadioGroup<T extends string>(props: RadioProps<T>) {
  const { legend, name, options, value, labelOf, onChange, testIds } = props;
  return (
    <fieldset class={props.class} disabled={props.disabled}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o} class="choice">
          <input
            type="radio"
            name={name}
            value={o}
            data-testid={testIds && `${testIds}-${o}`}
            checked={value === o}
            onChange={() => onChange(o)}
          />
          {labelOf(o)}
        </label>
      ))}
    </fieldset>
  );
}
