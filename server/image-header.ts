// A logo's structure and size read from its own bytes (BRAND-6): the container walked chunk by
// chunk or segment by segment, the dimensions taken from the header, never from what the
// upload claims. A file that only starts like an image (a 3-byte "JPEG") is refused.

import { crc32 } from 'node:zlib';

export type ImageMime = 'image/png' | 'image/jpeg' | 'image/webp';
export const IMAGE_MAX_SIDE = 4096;

export type ImageCheck =
  | { ok: true; mime: ImageMime; width: number; height: number }
  | { ok: false; unsupported: boolean; message: string };

const bad = (message: string): ImageCheck => ({ ok: false, unsupported: false, message });
const u32 = (b: Uint8Array, i: number) =>
  ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
const u16 = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const le = (b: Uint8Array, i: number, n: number) => {
  let v = 0;
  for (let k = n - 1; k >= 0; k--) v = v * 256 + b[i + k]!;
  return v;
};
const ascii = (b: Uint8Array, i: number, n: number) => String.fromCharCode(...b.subarray(i, i + n));

export function checkImage(b: Uint8Array): ImageCheck {
  const at = (i: number, bytes: number[]) => bytes.every((x, j) => b[i + j] === x);
  let found: ImageCheck;
  if (at(0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) found = png(b);
  else if (at(0, [0xff, 0xd8, 0xff])) found = jpeg(b);
  else if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') found = webp(b);
  else {
    return {
      ok: false,
      unsupported: true,
      message: 'a logo must be a PNG, JPEG or WebP image (SVG and other types are not accepted)',
    };
  }
  if (!found.ok) return found;
  const { width, height } = found;
  if (width < 1 || height < 1) return bad('the image has no width or height');
  if (width > IMAGE_MAX_SIDE || height > IMAGE_MAX_SIDE) {
    return bad(`the image is ${width}×${height} pixels; at most ${IMAGE_MAX_SIDE} on each side`);
  }
  return found;
}

function png(b: Uint8Array): ImageCheck {
  let i = 8;
  let size: { width: number; height: number } | null = null;
  let data = false;
  while (i + 12 <= b.length) {
    const len = u32(b, i);
    const type = ascii(b, i + 4, 4);
    if (i + 12 + len > b.length) return bad(`the PNG's ${type} chunk is cut off`);
    if (crc32(b.subarray(i + 4, i + 8 + len)) !== u32(b, i + 8 + len)) {
      return bad(`the PNG's ${type} chunk is damaged (checksum)`);
    }
    if (size === null && (type !== 'IHDR' || len !== 13)) return bad('the PNG has no header');
    if (type === 'IHDR') size = { width: u32(b, i + 8), height: u32(b, i + 12) };
    if (type === 'IDAT') data = true;
    if (type === 'IEND') {
      if (!data || !size) return bad('the PNG has no image data');
      return { ok: true, mime: 'image/png', ...size };
    }
    i += 12 + len;
  }
  return bad('the PNG is cut off (no end chunk)');
}

const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function jpeg(b: Uint8Array): ImageCheck {
  let i = 2;
  let size: { width: number; height: number } | null = null;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return bad('the JPEG is damaged (no marker where one belongs)');
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++;
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    const len = u16(b, i + 2);
    if (len < 2 || i + 2 + len > b.length) return bad('a JPEG segment is cut off');
    if (SOF.has(marker)) {
      if (len < 8) return bad('the JPEG header is too short');
      size = { height: u16(b, i + 5), width: u16(b, i + 7) };
    }
    if (marker === 0xda) {
      // The scan: compressed data follows, up to the end-of-image marker.
      if (!size) return bad('the JPEG has no frame header');
      if (!(b[b.length - 2] === 0xff && b[b.length - 1] === 0xd9)) {
        return bad('the JPEG is cut off (no end marker)');
      }
      return { ok: true, mime: 'image/jpeg', ...size };
    }
    i += 2 + len;
  }
  return bad('the JPEG is cut off');
}

function webp(b: Uint8Array): ImageCheck {
  const riff = le(b, 4, 4);
  if (riff + 8 > b.length || riff < 12) return bad('the WebP is cut off');
  const kind = ascii(b, 12, 4);
  const len = le(b, 16, 4);
  const d = 20;
  if (d + len > b.length) return bad('the WebP image chunk is cut off');
  if (kind === 'VP8 ' && len >= 10) {
    if (!(b[d + 3] === 0x9d && b[d + 4] === 0x01 && b[d + 5] === 0x2a)) {
      return bad('the WebP (VP8) header is damaged');
    }
    return {
      ok: true,
      mime: 'image/webp',
      width: le(b, d + 6, 2) & 0x3fff,
      height: le(b, d + 8, 2) & 0x3fff,
    };
  }
  if (kind === 'VP8L' && len >= 5) {
    if (b[d] !== 0x2f) return bad('the WebP (lossless) header is damaged');
    const bits = le(b, d + 1, 4);
    return {
      ok: true,
      mime: 'image/webp',
      width: (bits & 0x3fff) + 1,
      height: ((bits >>> 14) & 0x3fff) + 1,
    };
  }
  if (kind === 'VP8X' && len >= 10) {
    return {
      ok: true,
      mime: 'image/webp',
      width: le(b, d + 4, 3) + 1,
      height: le(b, d + 7, 3) + 1,
    };
  }
  return bad('the WebP has no image header');
}
