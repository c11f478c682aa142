import { describe, expect, it } from 'vitest';
import { retryKey } from '../../client/organizer/retry-key.js';

describe('one key per form submission', () => {
  it('[CONTENT-5] the same form sent again after a failure re-uses its key; a change or a success makes a new one', () => {
    const keys = retryKey();
    const a = keys.for('{"template":"pitch"}');
    expect(a).toMatch(/^[A-Za-z0-9]{22}$/);
    expect(keys.for('{"template":"pitch"}')).toBe(a);
    const b = keys.for('{"template":"muur"}');
    expect(b).not.toBe(a);
    keys.landed();
    expect(keys.for('{"template":"muur"}')).not.toBe(b);
  });
});
