// How a slide fills a screen (DECK-5): as large as fits, its aspect kept (letterboxed on a screen
// of another shape), centred, and drawn at the screen's pixel density so text stays sharp.

export interface SlideFit {
  /** CSS pixels: the slide's box and its offset inside the screen box. */
  cssWidth: number;
  cssHeight: number;
  left: number;
  top: number;
  /** Canvas pixels: the backing store, CSS size × devicePixelRatio (capped). */
  pixelWidth: number;
  pixelHeight: number;
  /** pdf.js viewport scale: PDF points to canvas pixels. */
  scale: number;
}

/** The most canvas pixels one slide may take: a 4K screen at full density fits. */
export const MAX_PIXELS = 3840 * 2160 * 2;

export function fitSlide(
  pageWidth: number,
  pageHeight: number,
  boxWidth: number,
  boxHeight: number,
  dpr = 1,
): SlideFit {
  const css = Math.min(boxWidth / pageWidth, boxHeight / pageHeight);
  const cssWidth = Math.max(1, Math.floor(pageWidth * css));
  const cssHeight = Math.max(1, Math.floor(pageHeight * css));
  let density = Math.max(1, dpr);
  const pixels = cssWidth * cssHeight * density * density;
  if (pixels > MAX_PIXELS) density *= Math.sqrt(MAX_PIXELS / pixels);
  const pixelWidth = Math.max(1, Math.round(cssWidth * density));
  const pixelHeight = Math.max(1, Math.round(cssHeight * density));
  return {
    cssWidth,
    cssHeight,
    left: Math.floor((boxWidth - cssWidth) / 2),
    top: Math.floor((boxHeight - cssHeight) / 2),
    pixelWidth,
    pixelHeight,
    scale: pixelWidth / pageWidth,
  };
}

/** The slide a key moves to, as remote clickers send them; null for any other key. */
export function slideForKey(key: string, slide: number, pages: number): number | null {
  const clamp = (n: number) => Math.min(pages, Math.max(1, n));
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
      return clamp(slide + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return clamp(slide - 1);
    case 'Home':
      return 1;
    case 'End':
      return pages;
    default:
      return null;
  }
}
