// A value a beforeAll hook makes, usable from the describe body: the hooks helpers hand out one
// of these so a file writes `const srv = useTestServer()` instead of a `let` and two hooks.

/** A stand-in that forwards every property read to the value `get()` gives at that moment. */
export function late<T extends object>(what: string, get: () => T | undefined): T {
  return new Proxy({} as T, {
    get(_target, key) {
      const value = get();
      if (value === undefined) throw new Error(`${what} is not ready (read outside a test?)`);
      const field: unknown = Reflect.get(value, key, value);
      return typeof field === 'function'
        ? (field as (...a: unknown[]) => unknown).bind(value)
        : field;
    },
    has(_target, key) {
      const value = get();
      return value !== undefined && key in value;
    },
    ownKeys() {
      const value = get();
      return value === undefined ? [] : Reflect.ownKeys(value);
    },
    getOwnPropertyDescriptor(_target, key) {
      const value = get();
      if (value === undefined) return undefined;
      const d = Reflect.getOwnPropertyDescriptor(value, key);
      return d ? { ...d, configurable: true } : undefined;
    },
  });
}
