import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLIENT_MESSAGE_TYPES } from '../../shared/frame-types.js';
import { ErrorCode } from '../../shared/protocol.js';
import { CLIENT_SCHEMAS, parseClientMessage } from '../../shared/schema.js';
import { arbitraryOf, nearMissOf } from '../helpers/schema-arbitrary.js';

const CODES = new Set<string>(Object.values(ErrorCode));

describe('frame parser fuzzing', () => {
  it('[PROTO-1] never throws on any string and always answers with a known code', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (raw) => {
          const r = parseClientMessage(raw);
          if (!r.ok) expect(CODES.has(r.code)).toBe(true);
        },
      ),
      { numRuns: 5000, seed: 20261123 },
    );
  });

  // Every type of the one list (PROTO-11): a new frame type is fuzzed without touching this file.
  it.each(CLIENT_MESSAGE_TYPES)(
    '[PROTO-1] [PROTO-11] a %s frame built from its schema parses',
    (type) => {
      fc.assert(
        fc.property(arbitraryOf(CLIENT_SCHEMAS[type]), (frame) => {
          const sent: unknown = JSON.parse(JSON.stringify(frame));
          const r = parseClientMessage(JSON.stringify(frame));
          expect(r, JSON.stringify(frame)).toEqual({ ok: true, value: sent });
        }),
        { numRuns: 150, seed: 18 },
      );
    },
  );

  it.each(CLIENT_MESSAGE_TYPES)(
    '[PROTO-1] near-miss %s frames are either valid or refused with a code and a message',
    (type) => {
      fc.assert(
        fc.property(nearMissOf(CLIENT_SCHEMAS[type]), (frame) => {
          const r = parseClientMessage(JSON.stringify(frame));
          if (r.ok) expect(r.value.type).toBe(type);
          else {
            expect(CODES.has(r.code)).toBe(true);
            expect(r.message.length).toBeGreaterThan(0);
          }
        }),
        { numRuns: 400, seed: 7 },
      );
    },
  );
});
