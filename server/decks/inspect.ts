// A deck's inspection (DECK-2), bounded: the PDF is read in a worker thread with its own heap
// and stack limits, terminated after a timeout, and at most `parallel` run at once, so a hostile
// file costs one worker's memory for a few seconds and the event loop never stalls.

import { Worker } from 'node:worker_threads';
import { DECK_LIMITS, type DeckErrorCode } from '../../shared/deck.js';

export type Inspection =
  | { ok: true; pages: number; width: number; height: number }
  | { ok: false; code: DeckErrorCode; message: string };

export interface InspectOptions {
  timeoutMs: number;
  /** The worker's heap (old generation), in MB. */
  heapMb: number;
  parallel: number;
}

export const INSPECT_DEFAULTS: InspectOptions = { timeoutMs: 15_000, heapMb: 256, parallel: 2 };

const WORKER = new URL('./inspect-worker.mjs', import.meta.url);

/** Starts with a magic number: `%PDF-` within the first 1024 bytes, as readers allow. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024));
  return head.indexOf('%PDF-') >= 0;
}

export class DeckInspector {
  private running = 0;
  constructor(private readonly opts: InspectOptions = INSPECT_DEFAULTS) {}

  /** False when `parallel` inspections run already: the caller answers 503. */
  get free(): boolean {
    return this.running < this.opts.parallel;
  }

  async inspect(bytes: Uint8Array): Promise<Inspection> {
    if (!looksLikePdf(bytes))
      return {
        ok: false,
        code: 'not_pdf',
        message: 'the file is not a PDF (it does not start with %PDF-)',
      };
    if (!this.free)
      return {
        ok: false,
        code: 'busy',
        message: 'other decks are being checked; try again in a moment',
      };
    this.running++;
    try {
      return await this.run(bytes);
    } finally {
      this.running--;
    }
  }

  private run(bytes: Uint8Array): Promise<Inspection> {
    const { maxPages, maxSide, minSide, maxDepth } = DECK_LIMITS;
    return new Promise((resolve) => {
      let done = false;
      const finish = (result: Inspection) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        void worker.terminate();
        resolve(result);
      };
      const complex = (message: string): Inspection => ({
        ok: false,
        code: 'pdf_too_complex',
        message,
      });
      const worker = new Worker(WORKER, {
        workerData: { bytes, limits: { maxPages, maxSide, minSide, maxDepth } },
        resourceLimits: {
          maxOldGenerationSizeMb: this.opts.heapMb,
          maxYoungGenerationSizeMb: 32,
          stackSizeMb: 4,
        },
        stdout: true,
        stderr: true,
      });
      worker.stdout.resume();
      worker.stderr.resume();
      const timer = setTimeout(
        () =>
          finish(complex(`the PDF could not be checked within ${this.opts.timeoutMs / 1000} s`)),
        this.opts.timeoutMs,
      );
      worker.once('message', (m: Inspection) => finish(m));
      worker.once('error', (err: Error & { code?: string }) =>
        finish(
          err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? complex('the PDF needs too much memory to check')
            : { ok: false, code: 'pdf_invalid', message: 'the file could not be read as a PDF' },
        ),
      );
      worker.once('exit', () => finish(complex('the PDF could not be checked')));
    });
  }
}
