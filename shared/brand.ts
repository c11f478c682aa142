// The colours of the screens and the event's accent colour (rules BRAND-1 to BRAND-3). The
// projector's two themes live here as data so a unit test can hold every text/background pair
// to 7:1 (WCAG AAA, for a hall where the back row sits 20 m from a washed-out beamer), and
// client/projector/theme.css must declare the same values (a test compares them).

import { contrastRatio, isHexColor, mix } from './contrast.js';

export type ProjectorTheme = 'dark' | 'light';
export const PROJECTOR_THEMES: readonly ProjectorTheme[] = ['dark', 'light'];

export function isProjectorTheme(v: unknown): v is ProjectorTheme {
  return v === 'dark' || v === 'light';
}

/** One theme: each name is a CSS custom property `--p-<name>` in theme.css. */
export interface ProjectorPalette {
  bg: string;
  ink: string;
  soft: string;
  accent: string;
  surface: string;
  'surface-2': string;
  track: string;
  hearts: string;
  room: string;
  /** The join panel (address, QR, code). */
  'panel-bg': string;
  'panel-ink': string;
  'panel-soft': string;
  /** The card of the question on stage. */
  'card-bg': string;
  'card-ink': string;
  'card-soft': string;
  'card-accent': string;
}

export const PROJECTOR_PALETTES: Record<ProjectorTheme, ProjectorPalette> = {
  dark: {
    bg: '#0b0b10',
    ink: '#ffffff',
    soft: '#e6e6ee',
    accent: '#ffd23f',
    surface: '#1b1b26',
    'surface-2': '#262636',
    track: '#23232f',
    hearts: '#ffa3b1',
    room: '#9cd3ff',
    'panel-bg': '#ffffff',
    'panel-ink': '#0b0b10',
    'panel-soft': '#4a4a55',
    'card-bg': '#ffffff',
    'card-ink': '#0b0b10',
    'card-soft': '#3d4250',
    'card-accent': '#0b3d91',
  },
  light: {
    bg: '#ffffff',
    ink: '#0b0b10',
    soft: '#2e3240',
    accent: '#0b3d91',
    surface: '#eef0f4',
    'surface-2': '#e3e6ee',
    track: '#d4d8e2',
    hearts: '#8a0b24',
    room: '#083d6b',
    'panel-bg': '#0b0b10',
    'panel-ink': '#ffffff',
    'panel-soft': '#c9ccd6',
    'card-bg': '#0b0b10',
    'card-ink': '#ffffff',
    'card-soft': '#c9ccd6',
    'card-accent': '#ffd23f',
  },
};

type Slot = keyof ProjectorPalette;

/** Every text colour of the projector with every background it is drawn on. */
export const PROJECTOR_TEXT_PAIRS: readonly (readonly [text: Slot, background: Slot])[] = [
  ...(['ink', 'soft', 'accent'] as const).flatMap((fg) =>
    (['bg', 'surface', 'surface-2'] as const).map((bg) => [fg, bg] as const),
  ),
  ['ink', 'track'],
  ['hearts', 'surface'],
  ['hearts', 'surface-2'],
  ['room', 'surface'],
  ['room', 'surface-2'],
  ['panel-ink', 'panel-bg'],
  ['panel-soft', 'panel-bg'],
  ['card-ink', 'card-bg'],
  ['card-soft', 'card-bg'],
  ['card-accent', 'card-bg'],
];

/**
 * The smallest text on the projector as a fraction of the screen height, for a back row 20 m
 * away (docs/ACCESSIBILITY.md): body text 4.3 %, supporting text 2.6 %. theme.css has them in vh.
 */
export const PROJECTOR_BODY_MIN = 0.043;
export const PROJECTOR_SUPPORT_MIN = 0.026;

/** The projector's minimum: WCAG's enhanced contrast (AAA) for all text. */
export const PROJECTOR_MIN_CONTRAST = 7;
/** The participant page's minimum: WCAG AA for normal text. */
export const PAGE_MIN_CONTRAST = 4.5;

/** The participant page's paper, and the text drawn on accent-coloured buttons. */
export const PAGE_PAPER = '#ffffff';
export const PAGE_DEFAULT_ACCENT = '#0b3d91';

/**
 * The colour nearest to `color` that reaches `min` against every one of `backgrounds`, moving it
 * towards black or white (whichever the backgrounds leave room for). An unchanged colour when
 * it already passes. Never fails: black or white always passes against the palettes here.
 */
export function adjustForContrast(color: string, backgrounds: string[], min: number): string {
  const passes = (c: string) => backgrounds.every((bg) => contrastRatio(c, bg) >= min);
  if (passes(color)) return color;
  const towards = ['#000000', '#ffffff']
    .filter((end) => passes(end))
    .sort(
      (a, b) =>
        Math.min(...backgrounds.map((bg) => contrastRatio(b, bg))) -
        Math.min(...backgrounds.map((bg) => contrastRatio(a, bg))),
    );
  for (const end of towards) {
    // 1 % steps: the first that passes is the closest to the organizer's choice.
    for (let i = 1; i <= 100; i++) {
      const c = mix(color, end, i / 100);
      if (passes(c)) return c;
    }
  }
  return towards[0] ?? '#000000';
}

/** The accent as the participant page uses it: link text on white, button fill under white text. */
export function pageAccent(accent: string | null): { accent: string; ink: string } {
  const base = accent && isHexColor(accent) ? accent.toLowerCase() : PAGE_DEFAULT_ACCENT;
  return { accent: adjustForContrast(base, [PAGE_PAPER], PAGE_MIN_CONTRAST), ink: PAGE_PAPER };
}

/** The accent as the projector uses it: text on the stage and on the items' surfaces. */
export function projectorAccent(accent: string | null, theme: ProjectorTheme): string {
  const p = PROJECTOR_PALETTES[theme];
  if (!accent || !isHexColor(accent)) return p.accent;
  return adjustForContrast(
    accent.toLowerCase(),
    [p.bg, p.surface, p['surface-2']],
    PROJECTOR_MIN_CONTRAST,
  );
}

/** Where an event's logo is served; the hash changes with the image, so it can be cached long. */
export const logoPath = (code: string, hash: string): string => `/api/events/${code}/logo/${hash}`;
