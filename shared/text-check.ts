// Characters no text in Vonk may hold, and texts that show nothing. Used at every boundary:
// WebSocket frames, JSON and CSV bodies (ABUSE-5), and by the domain's text rules (ABUSE-6).

/**
 * C0 controls other than tab, line feed and carriage return (which cleaning folds), DEL and the
 * C1 controls. NUL among them: PostgreSQL cannot store it in text.
 */
// eslint-disable-next-line no-control-regex -- finding these characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Characters that take no room on a screen: spaces, format characters, fillers. */
const INVISIBLE = /[\s\p{Z}\p{Cf}\u115F\u1160\u2800\u3164\uFFA0]/gu;
/** Combining marks and variation selectors: nothing to show without a visible base. */
const MARKS = /\p{M}/gu;

/** Embeddings, overrides and isolates: they can turn the rest of a line around (ABUSE-7). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export const hasControl = (s: string): boolean => CONTROL.test(s);

/** Whether a text shows anything at all once its invisible characters are left out. */
export const hasVisible = (s: string): boolean =>
  s.replace(INVISIBLE, '').replace(MARKS, '').length > 0;

/** A text for an export file: without the controls that reorder what follows them. */
export const withoutBidiControls = (s: string): string => s.replace(BIDI_CONTROLS, '');

/**
 * The first string in a parsed JSON value (keys included) that holds a control character,
 * as a field path like `rooms.2.name`; null when there is none.
 */
export function findControl(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return hasControl(value) ? path || 'body' : null;
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, inner] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (hasControl(key)) return at;
    const hit = findControl(inner, at);
    if (hit) return hit;
  }
  return null;
}

export const CONTROL_MESSAGE = 'control characters (such as NUL) are not allowed';
