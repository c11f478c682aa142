import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  PAGE_MIN_CONTRAST,
  PAGE_PAPER,
  PROJECTOR_MIN_CONTRAST,
  PROJECTOR_PALETTES,
  PROJECTOR_TEXT_PAIRS,
  PROJECTOR_THEMES,
  adjustForContrast,
  pageAccent,
  projectorAccent,
} from '../../shared/brand.js';
import { contrastRatio, luminance, mix } from '../../shared/contrast.js';

describe('WCAG contrast', () => {
  it('[BRAND-1] computes the WCAG ratio: black on white is 21:1, a colour on itself 1:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    // Reference values from the WCAG definition (also what WebAIM's checker shows).
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#595959', '#ffffff')).toBeCloseTo(7.0, 1);
    expect(luminance('#ff0000')).toBeCloseTo(0.2126, 4);
  });

  it('[BRAND-1] mixes colours per channel', () => {
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(mix('#123456', '#ffffff', 0)).toBe('#123456');
    expect(() => contrastRatio('red', '#ffffff')).toThrow(/#rrggbb/);
  });
});

describe('projector themes', () => {
  it.each(PROJECTOR_THEMES)(
    '[BRAND-1] every text/background pair of the %s theme is at least 7:1',
    (theme) => {
      const p = PROJECTOR_PALETTES[theme];
      for (const [fg, bg] of PROJECTOR_TEXT_PAIRS) {
        const ratio = contrastRatio(p[fg], p[bg]);
        expect(ratio, `${theme}: ${fg} ${p[fg]} on ${bg} ${p[bg]}`).toBeGreaterThanOrEqual(
          PROJECTOR_MIN_CONTRAST,
        );
      }
    },
  );

  it('[BRAND-1] the pairs cover every colour of the palette', () => {
    const used = new Set(PROJECTOR_TEXT_PAIRS.flat());
    expect([...used].sort()).toEqual(Object.keys(PROJECTOR_PALETTES.dark).sort());
  });

  it('[BRAND-1] theme.css declares exactly the palettes of shared/brand.ts', () => {
    const css = readFileSync(new URL('../../client/projector/theme.css', import.meta.url), 'utf8');
    for (const theme of PROJECTOR_THEMES) {
      const block = new RegExp(`:root\\[data-theme='${theme}'\\] \\{([^}]*)\\}`).exec(css)?.[1];
      expect(block, theme).toBeDefined();
      const declared = Object.fromEntries(
        [...block!.matchAll(/--p-([\w-]+):\s*(#[0-9a-f]{6});/gi)].map((m) => [m[1], m[2]]),
      );
      expect(declared, theme).toEqual(PROJECTOR_PALETTES[theme]);
    }
  });
});

describe('accent colour', () => {
  const PATHOLOGICAL = ['#ffff00', '#000001', '#777777', '#ffffff', '#0b0b10'];

  it.each(PATHOLOGICAL)('[BRAND-3] %s never pushes the participant page below 4.5:1', (c) => {
    const { accent, ink } = pageAccent(c);
    expect(contrastRatio(accent, PAGE_PAPER)).toBeGreaterThanOrEqual(PAGE_MIN_CONTRAST);
    expect(contrastRatio(ink, accent)).toBeGreaterThanOrEqual(PAGE_MIN_CONTRAST);
  });

  it.each(PATHOLOGICAL)('[BRAND-3] %s never pushes either projector theme below 7:1', (c) => {
    for (const theme of PROJECTOR_THEMES) {
      const p = PROJECTOR_PALETTES[theme];
      const accent = projectorAccent(c, theme);
      for (const bg of [p.bg, p.surface, p['surface-2']]) {
        expect(contrastRatio(accent, bg), `${theme} ${accent} on ${bg}`).toBeGreaterThanOrEqual(
          PROJECTOR_MIN_CONTRAST,
        );
      }
    }
  });

  it('[BRAND-3] a colour that passes is kept; one that fails is moved only as far as needed', () => {
    expect(pageAccent('#1A6B3C').accent).toBe('#1a6b3c');
    expect(projectorAccent('#ffd23f', 'dark')).toBe('#ffd23f');
    expect(pageAccent(null).accent).toBe('#0b3d91');
    expect(projectorAccent(null, 'light')).toBe(PROJECTOR_PALETTES.light.accent);
    // Yellow on white is darkened, not swapped for black: it stays a dark yellow.
    const yellow = pageAccent('#ffff00').accent;
    expect(yellow).not.toBe('#000000');
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(yellow.slice(i, i + 2), 16));
    expect(r).toBe(g);
    expect(b).toBe(0);
    // One percent less would fail: the adjustment stops at the first step that passes.
    const grey = adjustForContrast('#777777', ['#ffffff'], 4.5);
    expect(contrastRatio(grey, '#ffffff')).toBeLessThan(4.5 + 0.2);
    // On the dark projector a near-black accent is lightened.
    expect(luminance(projectorAccent('#000001', 'dark'))).toBeGreaterThan(0.3);
  });
});
