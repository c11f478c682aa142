// A part of a page with its heading, labelled by it, and an optional hint under the heading that
// its fields can point at; as a form when it has a submit action.
import type { ComponentChildren } from 'preact';

interface SectionProps {
  /** The heading's id is `<id>-heading` (the section is labelled by it), the hint's `<id>-hint`. */
  id: string;
  title: ComponentChildren;
  /** The heading's level (default 3). */
  level?: 2 | 3 | 4;
  headingClass?: string;
  hint?: ComponentChildren;
  /** The section's class (default: its id). */
  class?: string;
  testId?: string;
  /** Given: the section is a form, and this runs on submit (the page does not reload). */
  onSubmit?: (e: Event) => unknown;
  /** The form's fields are checked by the form, not by the browser's bubbles. */
  noValidate?: boolean;
  children?: ComponentChildren;
}

/** A part of the chair's console: its heading is an h2 in the console's style. */
export function ConsoleSection(props: Omit<SectionProps, 'level' | 'headingClass'>) {
  return <Section {...props} level={2} headingClass="section-title" />;
}

export function Section(props: SectionProps) {
  const { title, level = 3, hint, onSubmit } = props;
  const id = `${props.id}-heading`;
  const Heading = `h${level}` as 'h2';
  const body = (
    <>
      <Heading id={id} class={props.headingClass}>
        {title}
      </Heading>
      {hint && (
        <p class="hint" id={`${props.id}-hint`}>
          {hint}
        </p>
      )}
      {props.children}
    </>
  );
  const common = {
    class: props.class ?? props.id,
    'aria-labelledby': id,
    'data-testid': props.testId,
  };
  if (!onSubmit) return <section {...common}>{body}</section>;
  const submit = (e: Event) => {
    e.preventDefault();
    void onSubmit(e);
  };
  return (
    <form {...common} onSubmit={submit} noValidate={props.noValidate}>
      {body}
    </form>
  );
}
