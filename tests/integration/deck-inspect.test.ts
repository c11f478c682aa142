// The bounds of a deck's inspection (DECK-2): a worker out of memory or out of time ends in a
// clear refusal, and no more than `parallel` files are read at once.

import { describe, expect, it } from 'vitest';
import { DeckInspector, INSPECT_DEFAULTS } from '../../server/decks/inspect.js';
import { deckPdf, manyObjectsPdf } from '../helpers/pdfs.js';

describe('deck inspection bounds', () => {
  it('[DECK-2] a file that needs more memory than the worker has is pdf_too_complex', async () => {
    const small = new DeckInspector({ ...INSPECT_DEFAULTS, heapMb: 16 });
    expect(await small.inspect(manyObjectsPdf(300_000))).toMatchObject({
      ok: false,
      code: 'pdf_too_complex',
      message: 'the PDF needs too much memory to check',
    });
    // The same inspector reads an ordinary deck afterwards.
    expect(await small.inspect(await deckPdf(3))).toMatchObject({ ok: true, pages: 3 });
  });

  it('[DECK-2] a check that outlives its timeout is ended: pdf_too_complex', async () => {
    // One millisecond: less than a worker takes to start, whatever the machine's load.
    const hasty = new DeckInspector({ ...INSPECT_DEFAULTS, timeoutMs: 1 });
    expect(await hasty.inspect(await deckPdf(2))).toMatchObject({
      ok: false,
      code: 'pdf_too_complex',
    });
  });

  it('[DECK-2] a third file while two are read is told to come back: busy', async () => {
    const inspector = new DeckInspector({ ...INSPECT_DEFAULTS, parallel: 2 });
    const pdf = await deckPdf(2);
    const running = [inspector.inspect(pdf), inspector.inspect(pdf)];
    expect(inspector.free).toBe(false);
    expect(await inspector.inspect(pdf)).toMatchObject({ ok: false, code: 'busy' });
    for (const r of await Promise.all(running)) expect(r).toMatchObject({ ok: true, pages: 2 });
    expect(inspector.free).toBe(true);
  });
});
