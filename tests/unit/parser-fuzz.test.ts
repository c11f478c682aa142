import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../shared/protocol.js';
import { parseClientMessage } from '../../shared/schema.js';

const CODES = new Set<string>(Object.values(ErrorCode));
const TYPES = [
  'hello',
  'ping',
  'statement.submit',
  'heart.set',
  'statement.moderate',
  'activity.create',
  'activity.update',
  'activity.show',
  'activity.move',
  'filter.words',
];

/** Frames that look almost right: a known type with random fields of random kinds. */
const nearMiss = fc.record(
  {
    type: fc.constantFrom(...TYPES),
    id: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
    activityId: fc.oneof(fc.string(), fc.integer()),
    statementId: fc.string(),
    text: fc.oneof(fc.string(), fc.string({ minLength: 500, maxLength: 3000 }), fc.integer()),
    on: fc.oneof(fc.boolean(), fc.string()),
    action: fc.oneof(fc.constantFrom('approve', 'reject', 'edit', 'nuke'), fc.string()),
    protocol: fc.oneof(fc.integer(), fc.double(), fc.string()),
    role: fc.oneof(fc.constantFrom('participant', 'chair', 'admin'), fc.string()),
    eventCode: fc.string(),
    words: fc.array(fc.string(), { maxLength: 400 }),
    config: fc.object(),
    index: fc.oneof(fc.integer(), fc.double()),
  },
  { requiredKeys: ['type'] },
);

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

  it('[PROTO-1] near-miss frames are either valid or refused with a code and a message', () => {
    fc.assert(
      fc.property(nearMiss, (frame) => {
        const r = parseClientMessage(JSON.stringify(frame));
        if (r.ok) expect(TYPES).toContain(r.value.type);
        else {
          expect(CODES.has(r.code)).toBe(true);
          expect(r.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 5000, seed: 7 },
    );
  });
});
