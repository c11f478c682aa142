// Escaping for server-rendered HTML (pages, the printed report): every piece of user text goes
// through it.

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
