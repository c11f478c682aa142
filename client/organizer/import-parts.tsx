// What the organizer's imports share (rooms, a rotation plan): a list pasted or picked from a
// file, sent as CSV or JSON by its first character, and the problems it has, each with its line.
import type { ComponentChildren } from 'preact';
import { FileField, TextArea } from '../components/form/Field.js';
import { t, type MessageKey } from '../lib/i18n.js';

/** CSV or JSON, by the text's first character. */
export const listType = (text: string): string =>
  /^\s*[[{]/.test(text) ? 'application/json' : 'text/csv';

interface PasteProps {
  /**
   * `<prefix>-file` and `<prefix>-text` are the ids, `<prefix>-input` the text's test id; the
   * text is described by the form's hint, `<prefix>-import-hint`.
   */
  prefix: string;
  fileLabel: ComponentChildren;
  pasteLabel: ComponentChildren;
  accept: string;
  placeholder?: string;
  value: string;
  onValue: (text: string) => void;
}

/** A list to paste, or to pick from a file (its text then lands in the box). */
export function PasteOrPick(p: PasteProps) {
  return (
    <>
      <FileField
        id={`${p.prefix}-file`}
        label={p.fileLabel}
        accept={p.accept}
        onFile={(file) => void file.text().then(p.onValue)}
      />
      <TextArea
        id={`${p.prefix}-text`}
        testId={`${p.prefix}-input`}
        label={p.pasteLabel}
        rows={6}
        describedBy={`${p.prefix}-import-hint`}
        placeholder={p.placeholder}
        value={p.value}
        onValue={p.onValue}
      />
    </>
  );
}

export interface LineProblem {
  line: number;
  message: string;
}

interface ProblemsProps {
  testId: string;
  error: string | null;
  problems: LineProblem[];
  /** Said above the problems: nothing was created. */
  intro: ComponentChildren;
  /** One problem as a sentence. */
  say: (p: LineProblem) => ComponentChildren;
  itemTestId?: string;
}

/** Why nothing was created: the request's error, or every problem with its line. */
export function ProblemList({ testId, error, problems, intro, say, itemTestId }: ProblemsProps) {
  if (problems.length === 0 && !error) return null;
  return (
    <div role="alert" class="field-error" data-testid={testId}>
      {error && <p>{error}</p>}
      {problems.length > 0 && <p>{intro}</p>}
      <ul>
        {problems.map((p) => (
          <li key={`${p.line}-${p.message}`} data-testid={itemTestId}>
            {say(p)}
          </li>
        ))}
      </ul>
    </div>
  );
}

interface FirstRowsProps<R> {
  class: string;
  caption: ComponentChildren;
  /** The columns' headings. */
  columns: readonly MessageKey[];
  rows: R[];
  /** A row's cells: the first names the row. */
  cells: (row: R) => ComponentChildren[];
}

/** The first rows of what an import would create, as a table. */
export function FirstRows<R>(p: FirstRowsProps<R>) {
  return (
    <table class={p.class}>
      <caption>{p.caption}</caption>
      <thead>
        <tr>
          {p.columns.map((key) => (
            <th key={key} scope="col">
              {t(key)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {p.rows.map((r, n) => {
          const [name, ...rest] = p.cells(r);
          return (
            <tr key={n}>
              <th scope="row">{name}</th>
              {rest.map((c, i) => (
                <td key={i}>{c}</td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
