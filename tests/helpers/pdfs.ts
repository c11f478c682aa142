// PDFs made in the test: real multi-page decks with pdf-lib, and hostile files written by hand
// (a PDF bomb's huge page, nesting a hundred thousand deep, no pages, encryption, not a PDF).

import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';

/** A deck of `pages` slides of `size` points, each saying its number in large type. */
export async function deckPdf(pages = 3, size: [number, number] = [960, 540]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.HelveticaBold);
  const colours = [rgb(0.1, 0.3, 0.7), rgb(0.7, 0.2, 0.1), rgb(0.1, 0.55, 0.25)];
  for (let i = 0; i < pages; i++) {
    const page = doc.addPage(size);
    page.drawRectangle({ x: 0, y: 0, width: size[0], height: size[1], color: colours[i % 3]! });
    page.drawText(`Slide ${i + 1}`, {
      x: size[0] * 0.1,
      y: size[1] * 0.45,
      size: size[1] * 0.15,
      font,
      color: rgb(1, 1, 1),
    });
  }
  return doc.save();
}

export async function zeroPagePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  return doc.save({ addDefaultPage: false });
}

/** A PDF bomb: one page of a million points a side, which a renderer would try to allocate. */
export async function hugePagePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([1_000_000, 1_000_000]);
  return doc.save();
}

const enc = (s: string) => new TextEncoder().encode(s);

/** Arrays nested `depth` deep inside the catalog: a recursive parser overflows its stack. */
export function deepNestingPdf(depth = 100_000): Uint8Array {
  const deep = '['.repeat(depth) + ']'.repeat(depth);
  return enc(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R /X ${deep} >> endobj\n` +
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n' +
      '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n' +
      'trailer << /Root 1 0 R >>\n%%EOF\n',
  );
}

/** A password-protected PDF: the standard security handler named in the trailer. */
export function encryptedPdf(): Uint8Array {
  const zeros = '00'.repeat(32);
  return enc(
    '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n' +
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n' +
      '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n' +
      `4 0 obj << /Filter /Standard /V 1 /R 2 /O <${zeros}> /U <${zeros}> /P -4 >> endobj\n` +
      'trailer << /Root 1 0 R /Encrypt 4 0 R /ID [<00> <00>] >>\n%%EOF\n',
  );
}

/** A ZIP (as a .pptx is) sent under a .pdf name. */
export function notPdf(): Uint8Array {
  return new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...enc('[Content_Types].xml this is no pdf')]);
}

/** A valid one-page PDF with `n` more small objects: cheap to send, costly to hold parsed. */
export function manyObjectsPdf(n: number): Uint8Array {
  const parts = [
    '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n',
  ];
  for (let i = 4; i < n + 4; i++)
    parts.push(`${i} 0 obj << /A [1 2 3 4 5 6 7 8] /B (some text) /C ${i} >> endobj\n`);
  parts.push('trailer << /Root 1 0 R >>\n%%EOF\n');
  return enc(parts.join(''));
}
