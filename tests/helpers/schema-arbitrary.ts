// Frames built from the parser's own valibot schemas, so the fuzz covers every frame type of
// shared/frame-types.ts without a hand-written generator per type. Values follow the schema's
// bounds (lengths, ranges, patterns); a schema kind this file does not know throws, so a new
// kind of field is noticed instead of silently fuzzed as nothing.

import fc from 'fast-check';

/** The parts of a valibot schema or action this generator reads. */
interface Node {
  kind: string;
  type: string;
  pipe?: Node[];
  entries?: Record<string, Node>;
  options?: unknown[];
  literal?: unknown;
  wrapped?: Node;
  item?: Node;
  requirement?: unknown;
}

/** Generated strings stay short so thousands of runs stay fast; bounds above this are not probed. */
const LONGEST = 60;
const LONGEST_ARRAY = 5;

interface Bounds {
  minLength: number;
  maxLength: number;
  min: number;
  max: number;
  integer: boolean;
  regex?: RegExp;
}

function bounds(schema: Node): Bounds {
  const b: Bounds = {
    minLength: 0,
    maxLength: LONGEST,
    min: -1e6,
    max: 1e6,
    integer: false,
  };
  for (const a of schema.pipe ?? []) {
    if (a.kind === 'schema') continue;
    const req = a.requirement;
    switch (a.type) {
      case 'min_length':
        b.minLength = req as number;
        break;
      case 'max_length':
        b.maxLength = Math.min(req as number, LONGEST);
        break;
      case 'min_value':
        b.min = req as number;
        break;
      case 'max_value':
        b.max = req as number;
        break;
      case 'integer':
        b.integer = true;
        break;
      case 'regex':
        b.regex = req as RegExp;
        break;
      default:
        throw new Error(`schema-arbitrary: no rule for the action ${a.type}`);
    }
  }
  return b;
}

function stringOf(b: Bounds): fc.Arbitrary<string> {
  if (!b.regex) return fc.string({ minLength: b.minLength, maxLength: b.maxLength });
  const re = b.regex;
  return fc
    .stringMatching(re)
    .map((s) => s.slice(0, b.maxLength))
    .filter((s) => s.length >= b.minLength && re.test(s));
}

/** An arbitrary of values the schema accepts. */
export function arbitraryOf(schema: unknown): fc.Arbitrary<unknown> {
  const s = schema as Node;
  switch (s.type) {
    case 'string':
      return stringOf(bounds(s));
    case 'number': {
      const b = bounds(s);
      return b.integer
        ? fc.integer({ min: Math.ceil(b.min), max: Math.floor(b.max) })
        : fc.double({ min: b.min, max: b.max, noNaN: true, noDefaultInfinity: true });
    }
    case 'boolean':
      return fc.boolean();
    case 'literal':
      return fc.constant(s.literal);
    case 'picklist':
      return fc.constantFrom(...(s.options ?? []));
    case 'nullable':
      return fc.option(arbitraryOf(s.wrapped), { nil: null });
    case 'array': {
      const b = bounds(s);
      return fc.array(arbitraryOf(s.item), {
        minLength: b.minLength,
        maxLength: Math.min(b.maxLength, LONGEST_ARRAY),
      });
    }
    case 'object':
    case 'strict_object': {
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      const required: string[] = [];
      for (const [key, entry] of Object.entries(s.entries ?? {})) {
        if (entry.type === 'optional') model[key] = arbitraryOf(entry.wrapped);
        else {
          model[key] = arbitraryOf(entry);
          required.push(key);
        }
      }
      return fc.record(model, { requiredKeys: required });
    }
    case 'variant':
    case 'union':
      return fc.oneof(...(s.options ?? []).map((o) => arbitraryOf(o)));
    default:
      throw new Error(`schema-arbitrary: no generator for the schema type ${s.type}`);
  }
}

/**
 * A valid frame with one thing spoiled: a field taken out, a field given a random JSON value,
 * or a field the schema does not have. The result may still be valid (an optional field left
 * out); what it must never do is crash the parser.
 */
export function nearMissOf(schema: unknown): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(
      arbitraryOf(schema) as fc.Arbitrary<Record<string, unknown>>,
      fc.constantFrom('drop', 'replace', 'add'),
      fc.nat(),
      fc.jsonValue(),
    )
    .map(([frame, how, pick, value]) => {
      const keys = Object.keys(frame).filter((k) => k !== 'type');
      const key = keys[pick % Math.max(keys.length, 1)];
      const out: Record<string, unknown> = { ...frame };
      if (how === 'add' || key === undefined) out[`extra${pick % 7}`] = value;
      else if (how === 'drop') delete out[key];
      else out[key] = value;
      return out;
    });
}
