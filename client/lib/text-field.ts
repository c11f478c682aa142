// Whether a key goes to a text field: then the screen's own keys (the agenda's ← / →, a deck's
// slide keys) leave it alone.

export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
