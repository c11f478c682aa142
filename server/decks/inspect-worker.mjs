// The inside of a deck's inspection (DECK-2), run in a worker thread with its own memory limit
// and killed on a timeout (inspect.ts), so that a hostile file can only fail, never stall or
// exhaust the server. Plain JavaScript so that it runs the same under tsx, vitest and node.
// It reads the page count, every page's size and whether the file is encrypted, with pdf-lib,
// and answers one message: { ok: true, pages, width, height } or { ok: false, code, message }.

import { Buffer } from 'node:buffer';
import { TextEncoder } from 'node:util';
import { parentPort, workerData } from 'node:worker_threads';
import { PDFDocument, PDFName, PDFNumber, ParseSpeeds } from 'pdf-lib';

// pdf-lib reports what it skips on the console: the server's log is no place for that.
const quiet = () => undefined;
Object.assign(globalThis.console, { log: quiet, info: quiet, warn: quiet, error: quiet });

const OPEN_SQUARE = 0x5b;
const CLOSE_SQUARE = 0x5d;
const LT = 0x3c;
const GT = 0x3e;
const PAREN_OPEN = 0x28;
const PAREN_CLOSE = 0x29;
const BACKSLASH = 0x5c;
const PERCENT = 0x25;
const STREAM = new TextEncoder().encode('stream');
const ENDSTREAM = new TextEncoder().encode('endstream');

/**
 * The deepest nesting of arrays and dictionaries written in the file, outside strings, comments
 * and stream data; it stops counting once past `max`. A parser that recurses would overflow its
 * stack on a file nested a hundred thousand deep: this is read in one loop first.
 * @param {Buffer} b @param {number} max
 */
function nestingDepth(b, max) {
  let depth = 0;
  let deepest = 0;
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c === PERCENT) {
      while (i < b.length && b[i] !== 0x0a && b[i] !== 0x0d) i++;
    } else if (c === PAREN_OPEN) {
      let open = 1;
      i++;
      while (i < b.length && open > 0) {
        if (b[i] === BACKSLASH) i++;
        else if (b[i] === PAREN_OPEN) open++;
        else if (b[i] === PAREN_CLOSE) open--;
        i++;
      }
      continue;
    } else if (c === OPEN_SQUARE || (c === LT && b[i + 1] === LT)) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > max) return deepest;
      if (c === LT) i++;
    } else if (c === CLOSE_SQUARE || (c === GT && b[i + 1] === GT)) {
      depth = Math.max(0, depth - 1);
      if (c === GT) i++;
    } else if (c === 0x73 && b.subarray(i, i + STREAM.length).equals(STREAM)) {
      // Stream data is binary: skip to its end.
      const end = b.indexOf(ENDSTREAM, i + STREAM.length);
      if (end < 0) break;
      i = end + ENDSTREAM.length;
      continue;
    }
    i++;
  }
  return deepest;
}

/**
 * @param {Uint8Array} bytes
 * @param {{ maxPages: number, maxSide: number, minSide: number, maxDepth: number }} limits
 */
async function inspect(bytes, limits) {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (nestingDepth(buffer, limits.maxDepth) > limits.maxDepth)
    return {
      ok: false,
      code: 'pdf_too_deep',
      message: `the PDF nests arrays or dictionaries more than ${limits.maxDepth} deep`,
    };
  let doc;
  try {
    doc = await PDFDocument.load(bytes, {
      // Loaded anyway, so that an encrypted file is told apart from a broken one below.
      ignoreEncryption: true,
      throwOnInvalidObject: true,
      updateMetadata: false,
      parseSpeed: ParseSpeeds.Fastest,
    });
  } catch (err) {
    if (err instanceof RangeError)
      return { ok: false, code: 'pdf_too_deep', message: 'the PDF nests its objects too deeply' };
    return { ok: false, code: 'pdf_invalid', message: 'the file could not be read as a PDF' };
  }
  if (doc.isEncrypted)
    return {
      ok: false,
      code: 'pdf_encrypted',
      message: 'the PDF is encrypted or password-protected',
    };
  let pages;
  try {
    pages = doc.getPages();
  } catch (err) {
    if (err instanceof RangeError)
      return { ok: false, code: 'pdf_too_deep', message: 'the PDF nests its pages too deeply' };
    return { ok: false, code: 'pdf_invalid', message: "the PDF's page tree could not be read" };
  }
  if (pages.length === 0)
    return { ok: false, code: 'pdf_no_pages', message: 'the PDF has no pages' };
  if (pages.length > limits.maxPages)
    return {
      ok: false,
      code: 'pdf_too_many_pages',
      message: `the PDF has ${pages.length} pages; at most ${limits.maxPages}`,
    };
  let first = null;
  for (const [i, page] of pages.entries()) {
    let box;
    let unit = 1;
    try {
      box = page.getMediaBox();
      const u = page.node.get(PDFName.of('UserUnit'));
      if (u instanceof PDFNumber) unit = u.asNumber();
    } catch {
      return { ok: false, code: 'pdf_invalid', message: `page ${i + 1} has no readable size` };
    }
    const width = Math.abs(box.width) * unit;
    const height = Math.abs(box.height) * unit;
    if (
      !Number.isFinite(width) ||
      !Number.isFinite(height) ||
      width < limits.minSide ||
      height < limits.minSide
    )
      return { ok: false, code: 'pdf_page_size', message: `page ${i + 1} has no usable size` };
    if (width > limits.maxSide || height > limits.maxSide)
      return {
        ok: false,
        code: 'pdf_page_size',
        message: `page ${i + 1} is ${Math.round(width)}×${Math.round(height)} points; at most ${limits.maxSide} a side`,
      };
    first ??= { width, height };
  }
  return { ok: true, pages: pages.length, width: first.width, height: first.height };
}

const { bytes, limits } = workerData;
inspect(bytes, limits).then(
  (result) => parentPort.postMessage(result),
  () =>
    parentPort.postMessage({
      ok: false,
      code: 'pdf_invalid',
      message: 'the file could not be read as a PDF',
    }),
);
