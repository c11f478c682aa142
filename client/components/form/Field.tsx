// A labelled form control: the label, the control and one line under it (a hint, or an error in
// its place), tied together by ids so a screen reader reads them as one (WCAG 1.3.1, 3.3.1).
// Every form of the chair and the organizer builds its fields from these.
import type {
  ComponentChildren,
  InputHTMLAttributes,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
  VNode,
} from 'preact';

export interface FieldProps {
  /** The control's id; the label points at it. */
  id: string;
  label: ComponentChildren;
  /** The control's test id (default: its id). */
  testId?: string;
  /** A line under the control, which describes it. */
  hint?: ComponentChildren;
  /** Shown instead of the hint, as an error. Given (even false): the control has aria-invalid. */
  error?: ComponentChildren;
  /** The id of the line under the control (default: the control's id with `-hint`). */
  noteId?: string;
  /** aria-invalid when nothing under the control says why (the reason is said elsewhere). */
  invalid?: boolean;
  /** The error is an alert: read out at once when it appears. */
  alert?: boolean;
  /** Further ids the control is described by (a section's hint). */
  describedBy?: string;
  /** The field in a div of this class (true: a plain div). */
  wrap?: string | true;
}

/** What ties a control to its label and the line under it. */
export interface Wiring {
  id: string;
  'data-testid'?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: 'true' | 'false';
}

const FIELD_KEYS = [
  'label',
  'testId',
  'hint',
  'error',
  'noteId',
  'invalid',
  'alert',
  'describedBy',
  'wrap',
] as const;

/** Splits a field component's props into the field's and the control's own attributes. */
function split<P extends FieldProps>(props: P): [FieldProps, Omit<P, keyof FieldProps>] {
  const control = { ...props } as Record<string, unknown>;
  const field: Record<string, unknown> = { id: props.id };
  for (const k of FIELD_KEYS) {
    if (k in control) field[k] = control[k];
    delete control[k];
  }
  delete control.id;
  return [field as unknown as FieldProps, control as Omit<P, keyof FieldProps>];
}

/** A label, the control `children` draws with the wiring it is given, and the line under it. */
export function Field(props: FieldProps & { children: (wiring: Wiring) => VNode }) {
  const { id, label, testId, hint, error, invalid, alert, describedBy, wrap } = props;
  const noteId = props.noteId ?? `${id}-hint`;
  const note = error ? (
    <p id={noteId} class="field-error" role={alert ? 'alert' : undefined}>
      {error}
    </p>
  ) : hint ? (
    <p id={noteId} class="hint">
      {hint}
    </p>
  ) : null;
  const described = [describedBy, note ? noteId : null].filter(Boolean).join(' ');
  const bad = invalid ?? ('error' in props ? Boolean(error) : undefined);
  const wiring: Wiring = {
    id,
    'data-testid': testId ?? id,
    'aria-describedby': described || undefined,
    'aria-invalid': bad === undefined ? undefined : bad ? 'true' : 'false',
  };
  const body = (
    <>
      <label for={id}>{label}</label>
      {props.children(wiring)}
      {note}
    </>
  );
  return wrap ? <div class={wrap === true ? undefined : wrap}>{body}</div> : body;
}

type Own = keyof FieldProps | 'value' | 'onInput' | 'children';
/** The text and its edit, apart or as one pair (what useState gives). */
type Valued =
  | { value: string; onValue: (value: string) => void; state?: undefined }
  | { state: readonly [string, (value: string) => void]; value?: undefined; onValue?: undefined };

/** The value and edit of a field, from either form. */
function valued(p: Valued): [string, (value: string) => void] {
  return p.state ? [p.state[0], p.state[1]] : [p.value, p.onValue];
}

export type TextFieldProps = FieldProps & Omit<InputHTMLAttributes, Own> & Valued;

/** A one-line text input (or another `type` of input that holds text). */
export function TextField(props: TextFieldProps) {
  const [field, { value: _v, onValue: _o, state: _s, type, ...attrs }] = split(props);
  const [value, onValue] = valued(props);
  return (
    <Field {...field}>
      {(w) => (
        <input
          type={type ?? 'text'}
          {...attrs}
          {...w}
          value={value}
          onInput={(e) => onValue(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}

/** A whole number typed as text (it stays text while typed; the form checks it). */
export function NumberField(props: TextFieldProps) {
  return <TextField type="number" inputMode="numeric" {...props} />;
}

export type TextAreaProps = FieldProps & Omit<TextareaHTMLAttributes, Own> & Valued;

/** Text of several lines. */
export function TextArea(props: TextAreaProps) {
  const [field, { value: _v, onValue: _o, state: _s, ...attrs }] = split(props);
  const [value, onValue] = valued(props);
  return (
    <Field {...field}>
      {(w) => (
        <textarea {...attrs} {...w} value={value} onInput={(e) => onValue(e.currentTarget.value)} />
      )}
    </Field>
  );
}

export type SelectFieldProps<T extends string> = FieldProps &
  Omit<SelectHTMLAttributes, Own | 'onChange'> & {
    value: T;
    options: readonly T[];
    /** What an option says. */
    labelOf: (option: T) => ComponentChildren;
    onChange: (value: T) => void;
  };

/** One choice from a list. */
export function SelectField<T extends string>(props: SelectFieldProps<T>) {
  const [field, { value, options, labelOf, onChange, ...attrs }] = split(props);
  return (
    <Field {...field}>
      {(w) => (
        <select
          {...attrs}
          {...w}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value as T)}
        >
          {options.map((o) => (
            <option key={o} value={o}>
              {labelOf(o)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export type FileFieldProps = FieldProps &
  Omit<InputHTMLAttributes, Own | 'type' | 'onChange'> & {
    /** The file picked; the input is handed over so it can be emptied after an upload. */
    onFile: (file: File, input: HTMLInputElement) => void;
  };

/** A file to pick (`accept` says which kinds). */
export function FileField(props: FileFieldProps) {
  const [field, { onFile, ...attrs }] = split(props);
  return (
    <Field {...field}>
      {(w) => (
        <input
          type="file"
          {...attrs}
          {...w}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) onFile(file, e.currentTarget);
          }}
        />
      )}
    </Field>
  );
}
