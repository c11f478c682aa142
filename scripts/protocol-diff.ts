// What changed between two shapes of the protocol, and whether it breaks a client or server of
// the other version (PROTO-12). Pure: the shapes come from scripts/protocol-shape.ts.
//
// Breaking: a message type, named type, field, close code or error code removed; a field's type
// changed; a new required field in a client→server message; a client field made required or a
// server field made optional; a code's value changed. Compatible: new message types, new
// optional fields (and new required fields of server→client messages, which old clients
// ignore), new codes, and a client→server field that accepts more than before.

export interface FieldShape {
  /** The type as text, with literal unions sorted and named object types by name. */
  type: string;
  optional: boolean;
}
export type Fields = Record<string, FieldShape>;

export interface ProtocolShape {
  version: number;
  /** Client→server messages by `type` (variants on one type as `type[kind=…]`). */
  client: Record<string, Fields>;
  /** Server→client messages by `type`. */
  server: Record<string, Fields>;
  /** Named object types that client→server messages carry. */
  clientTypes: Record<string, Fields>;
  /** Named object types that server→client messages carry. */
  serverTypes: Record<string, Fields>;
  closeCodes: Record<string, number>;
  errorCodes: Record<string, string>;
}

export interface Change {
  breaking: boolean;
  /** Where, e.g. `client hello.token`. */
  at: string;
  what: string;
}

type Direction = 'client' | 'server';

/** Splits `a | { b: c | d } | e` on its top-level bars only. */
export function unionMembers(type: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < type.length; i++) {
    const ch = type[i];
    if (ch === '{' || ch === '[' || ch === '(' || ch === '<') depth++;
    else if (ch === '}' || ch === ']' || ch === ')' || ch === '>') depth--;
    else if (depth === 0 && type.startsWith(' | ', i)) {
      out.push(type.slice(start, i));
      start = i + 3;
      i += 2;
    }
  }
  out.push(type.slice(start));
  return out;
}

function typeChange(dir: Direction, before: string, after: string): boolean {
  // A server that accepts more than before still accepts everything an old client sends.
  if (dir === 'client') {
    const now = new Set(unionMembers(after));
    return !unionMembers(before).every((m) => now.has(m));
  }
  return true;
}

function compareFields(dir: Direction, at: string, before: Fields, after: Fields): Change[] {
  const out: Change[] = [];
  for (const [name, old] of Object.entries(before)) {
    const now = after[name];
    const where = `${at}.${name}`;
    if (!now) {
      out.push({ breaking: true, at: where, what: 'field removed' });
      continue;
    }
    if (old.type !== now.type) {
      out.push({
        breaking: typeChange(dir, old.type, now.type),
        at: where,
        what: `type ${old.type} → ${now.type}`,
      });
    }
    if (old.optional !== now.optional) {
      const madeRequired = !now.optional;
      out.push({
        breaking: dir === 'client' ? madeRequired : !madeRequired,
        at: where,
        what: madeRequired ? 'made required' : 'made optional',
      });
    }
  }
  for (const [name, now] of Object.entries(after)) {
    if (before[name]) continue;
    out.push({
      breaking: dir === 'client' && !now.optional,
      at: `${at}.${name}`,
      what: now.optional ? 'new optional field' : 'new required field',
    });
  }
  return out;
}

function compareGroup(
  dir: Direction,
  label: string,
  before: Record<string, Fields>,
  after: Record<string, Fields>,
  removedBreaks: boolean,
): Change[] {
  const out: Change[] = [];
  for (const [name, fields] of Object.entries(before)) {
    const now = after[name];
    if (!now) out.push({ breaking: removedBreaks, at: `${label} ${name}`, what: 'removed' });
    else out.push(...compareFields(dir, `${label} ${name}`, fields, now));
  }
  for (const name of Object.keys(after)) {
    if (!before[name]) out.push({ breaking: false, at: `${label} ${name}`, what: 'added' });
  }
  return out;
}

function compareCodes<T>(label: string, before: Record<string, T>, after: Record<string, T>) {
  const out: Change[] = [];
  for (const [name, value] of Object.entries(before)) {
    if (!(name in after)) out.push({ breaking: true, at: `${label} ${name}`, what: 'removed' });
    else if (after[name] !== value) {
      out.push({
        breaking: true,
        at: `${label} ${name}`,
        what: `value ${String(value)} → ${String(after[name])}`,
      });
    }
  }
  for (const [name, value] of Object.entries(after)) {
    if (!(name in before)) {
      out.push({ breaking: false, at: `${label} ${name}`, what: `added (${String(value)})` });
    }
  }
  return out;
}

/** Every difference between two shapes, each marked breaking or not. The version is not one. */
export function compareShapes(before: ProtocolShape, after: ProtocolShape): Change[] {
  return [
    ...compareGroup('client', 'client message', before.client, after.client, true),
    ...compareGroup('server', 'server message', before.server, after.server, true),
    // A named type that is no longer used shows as a changed field type where it was used.
    ...compareGroup('client', 'client type', before.clientTypes, after.clientTypes, false),
    ...compareGroup('server', 'server type', before.serverTypes, after.serverTypes, false),
    ...compareCodes('close code', before.closeCodes, after.closeCodes),
    ...compareCodes('error code', before.errorCodes, after.errorCodes),
  ];
}

export type SnapshotPlan =
  | { action: 'none' }
  | { action: 'write'; changes: Change[] }
  | { action: 'refuse'; changes: Change[]; message: string };

/** What the snapshot script does: nothing, write the new shape, or refuse until the bump. */
export function planSnapshot(stored: ProtocolShape | null, live: ProtocolShape): SnapshotPlan {
  if (!stored) return { action: 'write', changes: [] };
  const changes = compareShapes(stored, live);
  if (changes.length === 0 && stored.version === live.version) return { action: 'none' };
  if (live.version < stored.version) {
    return {
      action: 'refuse',
      changes,
      message: `PROTOCOL_VERSION went down from ${stored.version} to ${live.version}`,
    };
  }
  if (changes.some((c) => c.breaking) && live.version === stored.version) {
    return {
      action: 'refuse',
      changes,
      message:
        `breaking protocol change: raise PROTOCOL_VERSION in shared/protocol.ts ` +
        `to ${stored.version + 1} and run the script again`,
    };
  }
  return { action: 'write', changes };
}

export function describeChange(c: Change): string {
  return `${c.breaking ? 'BREAKING ' : 'compatible'} ${c.at}: ${c.what}`;
}
