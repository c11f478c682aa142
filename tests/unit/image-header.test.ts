import { describe, expect, it } from 'vitest';
import { checkImage } from '../../server/image-header.js';
import { makeJpeg, makePng, makeWebp } from '../helpers/images.js';

const refused = (b: Uint8Array, text: RegExp) => {
  const r = checkImage(b);
  expect(r.ok).toBe(false);
  if (!r.ok) {
    expect(r.unsupported).toBe(false);
    expect(r.message).toMatch(text);
  }
};

describe('logo headers', () => {
  it('[BRAND-6] reads the size of PNG, JPEG and WebP from their headers', () => {
    expect(checkImage(makePng(240, 80))).toEqual({
      ok: true,
      mime: 'image/png',
      width: 240,
      height: 80,
    });
    expect(checkImage(makeJpeg(640, 200))).toEqual({
      ok: true,
      mime: 'image/jpeg',
      width: 640,
      height: 200,
    });
    expect(checkImage(makeWebp(4096, 3))).toEqual({
      ok: true,
      mime: 'image/webp',
      width: 4096,
      height: 3,
    });
  });

  it('[BRAND-6] refuses what only starts like an image, a damaged one, and one over 4096 px', () => {
    refused(Uint8Array.from([0xff, 0xd8, 0xff]), /JPEG/);
    refused(makeJpeg().subarray(0, 30), /JPEG/);
    refused(makePng().subarray(0, 40), /PNG/);
    const damaged = makePng();
    damaged[20] = damaged[20]! ^ 0xff;
    refused(damaged, /checksum/);
    refused(makePng(5000, 10), /5000×10/);
    refused(makeJpeg(10, 4097), /4097/);
    refused(makeWebp(4097, 1), /4097×1/);
    refused(makeWebp().subarray(0, 20), /WebP/);
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(checkImage(svg)).toMatchObject({ ok: false, unsupported: true });
  });
});
