// Reads the shape of the wire protocol from shared/protocol.ts with the TypeScript compiler:
// every ClientMessage and ServerMessage member's fields (type as text, optional or not), the
// named object types they carry, and the CloseCode and ErrorCode values (PROTO-12).

import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { CloseCode, ErrorCode, PROTOCOL_VERSION } from '../shared/protocol.js';
import type { Fields, ProtocolShape } from './protocol-diff.js';

export const PROTOCOL_FILE = fileURLToPath(new URL('../shared/protocol.ts', import.meta.url));

/** Deeper than any view the protocol has; stops a runaway recursion, never reached in practice. */
const MAX_DEPTH = 12;
const CODE_TYPES = new Set(['CloseCode', 'ErrorCode']);

class ShapeReader {
  readonly named: Record<string, Fields> = {};

  constructor(private readonly checker: ts.TypeChecker) {}

  /**
   * A named object type: an interface, a type alias, or an instantiation such as
   * `Partial<WallConfig>` (named by its text), so that its fields are compared one by one.
   */
  private nameOf(type: ts.Type): string | null {
    if (!(type.flags & ts.TypeFlags.Object) || this.checker.isArrayLikeType(type)) return null;
    if (type.aliasSymbol) {
      return type.aliasTypeArguments
        ? this.checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation)
        : type.aliasSymbol.name;
    }
    const sym = type.getSymbol();
    if (!sym || sym.name.startsWith('__')) return null;
    return this.checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation);
  }

  fields(type: ts.Type, depth: number): Fields {
    const out: Fields = {};
    const props = this.checker.getPropertiesOfType(type);
    for (const prop of [...props].sort((a, b) => a.name.localeCompare(b.name))) {
      const optional = (prop.flags & ts.SymbolFlags.Optional) !== 0;
      let t = this.checker.getTypeOfSymbol(prop);
      if (optional && t.isUnion()) {
        const defined = t.types.filter((m) => !(m.flags & ts.TypeFlags.Undefined));
        t = defined.length === 1 && defined[0] ? defined[0] : t;
        if (defined.length > 1) {
          out[prop.name] = { type: this.union(defined, depth), optional };
          continue;
        }
      }
      out[prop.name] = { type: this.text(t, depth), optional };
    }
    return out;
  }

  private union(members: readonly ts.Type[], depth: number): string {
    let texts = members.map((m) => this.text(m, depth));
    if (texts.includes('true') && texts.includes('false')) {
      texts = [...texts.filter((t) => t !== 'true' && t !== 'false'), 'boolean'];
    }
    return [...new Set(texts)].sort().join(' | ');
  }

  text(type: ts.Type, depth: number): string {
    if (depth > MAX_DEPTH) return this.checker.typeToString(type);
    // Their values are compared on their own (closeCodes, errorCodes): a new code is compatible.
    if (type.aliasSymbol && CODE_TYPES.has(type.aliasSymbol.name)) return type.aliasSymbol.name;
    if (type.isUnion()) return this.union(type.types, depth);
    if (this.checker.isArrayType(type)) {
      const [item] = this.checker.getTypeArguments(type as ts.TypeReference);
      const inner = item ? this.text(item, depth + 1) : 'unknown';
      return inner.includes(' ') ? `(${inner})[]` : `${inner}[]`;
    }
    if (!(type.flags & ts.TypeFlags.Object)) {
      return this.checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation);
    }
    const name = this.nameOf(type);
    if (name) {
      if (!this.named[name]) {
        this.named[name] = {};
        this.named[name] = this.fields(type, depth + 1);
      }
      return name;
    }
    const parts = Object.entries(this.fields(type, depth + 1)).map(
      ([k, f]) => `${k}${f.optional ? '?' : ''}: ${f.type}`,
    );
    for (const info of this.checker.getIndexInfosOfType(type)) {
      const key = this.checker.typeToString(info.keyType);
      parts.push(`[key: ${key}]: ${this.text(info.type, depth + 1)}`);
    }
    return `{ ${parts.join('; ')} }`;
  }
}

function literalOf(checker: ts.TypeChecker, member: ts.Type, prop: string): string | null {
  const sym = member.getProperty(prop);
  if (!sym) return null;
  const t = checker.getTypeOfSymbol(sym);
  return t.isStringLiteral() ? t.value : null;
}

/** Members of a union on `type`, keyed by type; variants sharing a type get `[prop=value]`. */
function messages(checker: ts.TypeChecker, union: ts.Type, reader: ShapeReader) {
  const byType = new Map<string, ts.Type[]>();
  for (const m of union.isUnion() ? union.types : [union]) {
    const type = literalOf(checker, m, 'type');
    if (type === null)
      throw new Error(`a message without a literal type: ${checker.typeToString(m)}`);
    byType.set(type, [...(byType.get(type) ?? []), m]);
  }
  const out: Record<string, Fields> = {};
  for (const [type, members] of [...byType].sort(([a], [b]) => a.localeCompare(b))) {
    const first = members[0];
    if (!first) continue;
    if (members.length === 1) {
      out[type] = reader.fields(first, 0);
      continue;
    }
    const discriminator = checker
      .getPropertiesOfType(first)
      .map((p) => p.name)
      .find((p) => {
        const values = members.map((m) => literalOf(checker, m, p));
        return (
          p !== 'type' && values.every((v) => v !== null) && new Set(values).size === values.length
        );
      });
    if (!discriminator) throw new Error(`the variants of ${type} have no distinct literal field`);
    for (const m of members) {
      out[`${type}[${discriminator}=${literalOf(checker, m, discriminator)}]`] = reader.fields(
        m,
        0,
      );
    }
  }
  return out;
}

function sortedRecord<T>(r: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)));
}

/** The live shape of the protocol, as the compiler sees shared/protocol.ts now. */
export function extractShape(file = PROTOCOL_FILE): ProtocolShape {
  const program = ts.createProgram([file], {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const moduleSym = source && checker.getSymbolAtLocation(source);
  if (!moduleSym) throw new Error(`cannot read ${file}`);
  const exported = new Map(checker.getExportsOfModule(moduleSym).map((s) => [s.name, s]));
  const unionOf = (name: string) => {
    const sym = exported.get(name);
    if (!sym) throw new Error(`${file} does not export ${name}`);
    return checker.getDeclaredTypeOfSymbol(sym);
  };
  const clientReader = new ShapeReader(checker);
  const client = messages(checker, unionOf('ClientMessage'), clientReader);
  const serverReader = new ShapeReader(checker);
  const server = messages(checker, unionOf('ServerMessage'), serverReader);
  return {
    version: PROTOCOL_VERSION,
    client,
    server,
    clientTypes: sortedRecord(clientReader.named),
    serverTypes: sortedRecord(serverReader.named),
    closeCodes: { ...CloseCode },
    errorCodes: { ...ErrorCode },
  };
}
