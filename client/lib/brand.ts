// The event's branding on the screens (rules BRAND-1 to BRAND-3): the projector's theme and
// accent, the participant page's accent. The colours are adjusted by shared/brand.ts, so an
// organizer's choice can never push the contrast below what the screen needs.

import {
  isProjectorTheme,
  pageAccent,
  projectorAccent,
  type ProjectorTheme,
} from '../../shared/brand.js';
import { queryParam } from './route.js';

/** `?theme=light|dark` on the projector link; any other value is ignored. */
export function themeOverride(): ProjectorTheme | null {
  const v = queryParam('theme');
  return isProjectorTheme(v) ? v : null;
}

/** Sets the projector's theme and accent on <html>; returns the theme in use. */
export function applyProjectorBrand(
  eventTheme: ProjectorTheme | null,
  accent: string | null,
): ProjectorTheme {
  const theme = themeOverride() ?? eventTheme ?? 'dark';
  const root = document.documentElement;
  root.dataset.theme = theme;
  if (accent) root.style.setProperty('--p-accent', projectorAccent(accent, theme));
  else root.style.removeProperty('--p-accent');
  return theme;
}

/** The participant page: the accent on buttons and links, kept at 4.5:1 (BRAND-3). */
export function applyPageAccent(accent: string | null): void {
  const root = document.documentElement;
  if (!accent) {
    root.style.removeProperty('--accent');
    root.style.removeProperty('--accent-ink');
    return;
  }
  const page = pageAccent(accent);
  root.style.setProperty('--accent', page.accent);
  root.style.setProperty('--accent-ink', page.ink);
}
