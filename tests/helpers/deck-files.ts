// Decks chosen through a browser's file field, as the organizer's and the chair's deck forms
// take them: a name, a type and the bytes (a real PDF of n pages from deckPdf, or anything).

import type { Locator } from 'playwright-core';
import { deckPdf } from './pdfs.js';

/** Chooses a file in the form's deck field: a PDF of `pages` pages unless bytes are given. */
export async function chooseDeck(
  form: Locator,
  name: string,
  bytes: Uint8Array | number = 3,
): Promise<void> {
  await form.getByTestId('deck-file').setInputFiles({
    name,
    mimeType: 'application/pdf',
    buffer: Buffer.from(typeof bytes === 'number' ? await deckPdf(bytes) : bytes),
  });
}
