// A deck's PDF opened with pdf.js and its slides drawn to canvases (DECK-5). pdf.js and its
// worker are loaded only here, on demand, from Vonk's own origin (the worker is a built asset):
// only the projector, speaker and chair pages ever import this module.

import type { PDFDocumentProxy } from 'pdfjs-dist';
import { fitSlide, type SlideFit } from './fit.js';

export interface RenderedSlide {
  slide: number;
  canvas: HTMLCanvasElement;
  fit: SlideFit;
}

export interface Deck {
  pages: number;
  /** Slide `n` (1-based) drawn for a box of this CSS size at this density; kept for reuse. */
  render(n: number, boxWidth: number, boxHeight: number, dpr: number): Promise<RenderedSlide>;
  /** Slide `n` as a JPEG at most `maxWidth` pixels wide, for phones (DECK-30). */
  jpeg(n: number, maxWidth: number, quality: number): Promise<Blob>;
  destroy(): void;
}

/** Slides kept drawn: the current one, the next and the one before. */
const KEEP = 4;

export async function openDeck(url: string): Promise<Deck> {
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  const task = pdfjs.getDocument({
    url,
    // Never a third party and never a second origin: no wasm decoders, fonts or maps are
    // fetched (the CSP would refuse them); fonts a deck does not embed come from the system.
    useWasm: false,
    withCredentials: false,
  });
  const doc: PDFDocumentProxy = await task.promise;

  const drawn = new Map<string, Promise<RenderedSlide>>();
  const order: string[] = [];

  const draw = async (n: number, w: number, h: number, dpr: number): Promise<RenderedSlide> => {
    const page = await doc.getPage(n);
    const base = page.getViewport({ scale: 1 });
    const fit = fitSlide(base.width, base.height, w, h, dpr);
    const canvas = document.createElement('canvas');
    canvas.width = fit.pixelWidth;
    canvas.height = fit.pixelHeight;
    canvas.style.width = `${fit.cssWidth}px`;
    canvas.style.height = `${fit.cssHeight}px`;
    const viewport = page.getViewport({ scale: fit.scale });
    await page.render({ canvas, viewport }).promise;
    return { slide: n, canvas, fit };
  };

  return {
    pages: doc.numPages,
    render(n, w, h, dpr) {
      const key = `${n}@${Math.round(w)}x${Math.round(h)}@${dpr}`;
      let hit = drawn.get(key);
      if (!hit) {
        hit = draw(n, w, h, dpr);
        drawn.set(key, hit);
        hit.catch(() => drawn.delete(key));
      }
      const at = order.indexOf(key);
      if (at >= 0) order.splice(at, 1);
      order.push(key);
      while (order.length > KEEP) drawn.delete(order.shift()!);
      return hit;
    },
    async jpeg(n, maxWidth, quality) {
      const page = await doc.getPage(n);
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: Math.min(maxWidth / base.width, 4) });
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(viewport.width);
      canvas.height = Math.round(viewport.height);
      // A JPEG has no transparency: the slide's background is white, as in a PDF viewer.
      await page.render({ canvas, viewport, background: '#ffffff' }).promise;
      return new Promise<Blob>((resolve, reject) =>
        canvas.toBlob(
          (b) => (b ? resolve(b) : reject(new Error('no JPEG'))),
          'image/jpeg',
          quality,
        ),
      );
    },
    destroy() {
      drawn.clear();
      void task.destroy();
    },
  };
}
