// A part of a page with its heading, labelled by it, and an optional hint under the heading that
// its fields can point at; as a form when it has a submit action.
import type { ComponentChildren } from 'preact';

interface SectionProps {
  /** The heading's id: the section is labelled by it. */
  id: string;
  title: ComponentChildren;
  level?: 2 | 3 | 4;
  headingClass?: string;
  hint?: ComponentChildren;
  /** The hint's id, for the fields it describes. */
  hintId?: string;
  class?: string;
  testId?: string;
  /** Given: the section is a form, and this runs on submit (the page does not reload). */
  onSubmit?: (e: Event) => void;
  /** The form's fields are checked by the form, not by the browser's bubbles. */
  noValidate?: boolean;
  children?: ComponentChildren;
}

export function Section(props: SectionProps) {
  const { id, title, level = 2, hint, hintId, onSubmit } = props;
  const Heading = `h${level}` as 'h2';
  const body = (
    <>
      <Heading id={id} class={props.headingClass}>
        {title}
      </Heading>
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
      {props.children}
    </>
  );
  const common = { class: props.class, 'aria-labelledby': id, 'data-testid': props.testId };
  if (!onSubmit) return <section {...common}>{body}</section>;
  const submit = (e: Event) => {
    e.preventDefault();
    onSubmit(e);
  };
  return (
    <form {...common} onSubmit={submit} noValidate={props.noValidate}>
      {body}
    </form>
  );
}
