import { describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/en.js';
import { nl } from '../../shared/i18n/nl.js';
import { CODE_ALPHABET, isValidCode, normalizeCode } from '../../shared/limits.js';
import { ErrorCode } from '../../shared/protocol.js';
import { newJoinCode } from '../../server/secrets.js';

describe('join codes', () => {
  it('[JOIN-1] the alphabet has no look-alikes and codes are 6 characters', () => {
    for (const ch of '01OIL') expect(CODE_ALPHABET).not.toContain(ch);
    for (let i = 0; i < 200; i++) expect(isValidCode(newJoinCode())).toBe(true);
  });

  it('[JOIN-1] entry is case-insensitive and ignores spaces and dashes', () => {
    expect(normalizeCode(' ab3-k7m ')).toBe('AB3K7M');
    expect(isValidCode(normalizeCode('ab3 k7m'))).toBe(true);
    expect(isValidCode('AB3K7O')).toBe(false);
  });
});

describe('language', () => {
  it('every Dutch key has an English text and the other way round', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const [k, v] of Object.entries(en)) expect(v, k).not.toBe('');
  });
});

describe('error codes', () => {
  it('[POLL-4] every error code has a Dutch and an English text', () => {
    for (const code of Object.values(ErrorCode)) {
      expect(nl, code).toHaveProperty([`error.${code}`]);
      expect(en, code).toHaveProperty([`error.${code}`]);
    }
  });
});
