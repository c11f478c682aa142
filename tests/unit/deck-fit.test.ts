// How a slide fills a screen and which slide a key moves to (DECK-5), without a browser.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitSlide, MAX_PIXELS, slideForKey } from '../../client/deck/fit.js';

describe('deck fit', () => {
  it('[DECK-5] 16:9 and 4:3 slides on 16:9 and 4:3 screens: as large as fits, centred', () => {
    expect(fitSlide(960, 540, 1920, 1080)).toMatchObject({
      cssWidth: 1920,
      cssHeight: 1080,
      left: 0,
      top: 0,
    });
    expect(fitSlide(1024, 768, 1920, 1080)).toMatchObject({ cssWidth: 1440, left: 240, top: 0 });
    expect(fitSlide(960, 540, 1024, 768)).toMatchObject({ cssHeight: 576, left: 0, top: 96 });
    expect(fitSlide(960, 540, 3840, 2160)).toMatchObject({ pixelWidth: 3840, pixelHeight: 2160 });
    expect(fitSlide(960, 540, 1920, 1080, 2)).toMatchObject({ pixelWidth: 3840 });
  });

  it('[DECK-5] never distorted, never outside the screen, never over the pixel cap', () => {
    const side = fc.integer({ min: 3, max: 14_400 });
    const screen = fc.integer({ min: 200, max: 8000 });
    fc.assert(
      fc.property(
        side,
        side,
        screen,
        screen,
        fc.double({ min: 1, max: 4, noNaN: true }),
        (pw, ph, bw, bh, dpr) => {
          const f = fitSlide(pw, ph, bw, bh, dpr);
          expect(f.cssWidth).toBeLessThanOrEqual(bw);
          expect(f.cssHeight).toBeLessThanOrEqual(bh);
          // One side fills the screen (to the pixel), the other keeps the aspect within rounding.
          expect(bw - f.cssWidth <= 1 || bh - f.cssHeight <= 1).toBe(true);
          // Rounding to whole pixels costs at most one pixel of the shorter side (a 3×1808 page
          // strip on a small screen is a line of one pixel: not an aspect to compare).
          if (Math.min(f.cssWidth, f.cssHeight) >= 20) {
            const error = Math.abs((f.cssWidth / f.cssHeight) * (ph / pw) - 1);
            expect(error).toBeLessThanOrEqual(1 / (Math.min(f.cssWidth, f.cssHeight) - 1));
          }
          expect(f.pixelWidth * f.pixelHeight).toBeLessThanOrEqual(MAX_PIXELS * 1.01);
          expect(f.left).toBeGreaterThanOrEqual(0);
          expect(f.top).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('[DECK-5] clicker keys move one slide, Home and End to the ends, never past them', () => {
    for (const key of ['ArrowRight', ' ', 'PageDown', 'ArrowDown'])
      expect(slideForKey(key, 3, 5)).toBe(4);
    for (const key of ['ArrowLeft', 'PageUp', 'ArrowUp']) expect(slideForKey(key, 3, 5)).toBe(2);
    expect(slideForKey('PageDown', 5, 5)).toBe(5);
    expect(slideForKey('PageUp', 1, 5)).toBe(1);
    expect([slideForKey('Home', 3, 5), slideForKey('End', 3, 5)]).toEqual([1, 5]);
    expect(slideForKey('a', 3, 5)).toBeNull();
  });
});
