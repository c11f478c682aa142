// A server write travels between instances as data (SCALE-40): what comes off the instance
// channel is checked for shape, and the owner decides a template or harvest on its own state.

import { describe, expect, it } from 'vitest';
import { asServerOp, opChanges, type ServerOp } from '../../server/rooms/server-ops.js';
import { emptyRoom } from '../helpers/domain.js';

const harvest: ServerOp = {
  t: 'harvest',
  forward: {
    roomId: 'tafel-7',
    seq: 12,
    statementId: 's1',
    on: true,
    text: 'Elke buurt een huiskamer',
    name: null,
    source: { roomId: 'tafel-7', roomName: 'Tafel 7' },
  },
};

describe('server ops', () => {
  it('[SCALE-40] the three ops pass the channel check; anything else is refused', () => {
    const ops: ServerOp[] = [
      {
        t: 'changes',
        changes: [{ clientId: 'notice:n1', event: { type: 'notice.withdrawn', noticeId: 'n1' } }],
      },
      { t: 'template', template: 'pitch', language: 'nl', request: 'r1' },
      harvest,
    ];
    for (const op of ops) expect(asServerOp(JSON.parse(JSON.stringify(op)))).toEqual(op);
    for (const bad of [
      null,
      'changes',
      { t: 'changes' },
      { t: 'changes', changes: [{ clientId: 1, event: { type: 'x' } }] },
      { t: 'changes', changes: [{ clientId: 'a', event: {} }] },
      { t: 'template', template: 'kaartspel', language: 'nl', request: 'r' },
      { t: 'template', template: 'pitch', language: 'de', request: 'r' },
      { t: 'harvest', forward: { ...harvest.forward, seq: '12' } },
      { t: 'harvest' },
      { t: 'drop-table' },
    ]) {
      expect(asServerOp(bad)).toBeNull();
    }
  });

  it('[SCALE-40][SCALE-43] the owner decides on its state: a harvest makes the wall once, a template ids by its request', () => {
    const state = emptyRoom();
    const first = opChanges(harvest)(state);
    expect(first.map((c) => c.clientId)).toEqual(['harvest:wall', 'harvest:tafel-7:12']);
    const template = opChanges({ t: 'template', template: 'pitch', language: 'nl', request: 'r9' })(
      state,
    );
    expect(template.length).toBeGreaterThan(0);
    expect(template.map((c) => c.clientId)).toEqual(template.map((_, i) => `template:r9:${i}`));
  });
});
