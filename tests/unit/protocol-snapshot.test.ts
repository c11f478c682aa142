import { describe, expect, it } from 'vitest';
import {
  compareShapes,
  describeChange,
  planSnapshot,
  type Fields,
  type ProtocolShape,
} from '../../scripts/protocol-diff.js';
import { extractShape } from '../../scripts/protocol-shape.js';
import { readSnapshot } from '../../scripts/protocol-snapshot.js';
import { CLIENT_MESSAGE_TYPES } from '../../shared/frame-types.js';
import { PROTOCOL_VERSION } from '../../shared/protocol.js';

const req = (type: string) => ({ type, optional: false });
const opt = (type: string) => ({ type, optional: true });

/** A small protocol: one message each way, one named type, one code of each. */
function shape(edit: (s: ProtocolShape) => void = () => {}): ProtocolShape {
  const s: ProtocolShape = {
    version: 3,
    client: {
      'heart.set': { type: req('"heart.set"'), id: req('string'), on: req('boolean') },
      'poll.control': { type: req('"poll.control"'), action: req('"close" | "open"') },
    },
    server: {
      ack: { type: req('"ack"'), id: req('string'), duplicate: opt('boolean') },
      update: { type: req('"update"'), kind: req('"poll" | "wall"') },
    },
    clientTypes: { 'Partial<WallConfig>': { prompt: opt('string') } },
    serverTypes: { RoomView: { id: req('string'), name: req('string') } },
    closeCodes: { BadHello: 4001 },
    errorCodes: { Invalid: 'invalid' },
  };
  edit(s);
  return s;
}

function breaking(edit: (s: ProtocolShape) => void): boolean[] {
  return compareShapes(shape(), shape(edit)).map((c) => c.breaking);
}

const fields = (r: Record<string, Fields>, name: string): Fields => {
  const f = r[name];
  if (!f) throw new Error(`no ${name}`);
  return f;
};

describe('protocol snapshot: what breaks a client or server of the other version', () => {
  it('[PROTO-12] equal shapes have no changes', () => {
    expect(compareShapes(shape(), shape())).toEqual([]);
  });

  it('[PROTO-12] a removed or renamed field is breaking, both ways', () => {
    expect(breaking((s) => delete fields(s.client, 'heart.set').on)).toEqual([true]);
    expect(
      breaking((s) => {
        const ack = fields(s.server, 'ack');
        ack.ident = req('string');
        delete ack.id;
      }),
    ).toEqual([true, false]);
  });

  it('[PROTO-12] a removed message type is breaking, a new one is not', () => {
    expect(breaking((s) => delete s.client['heart.set'])).toEqual([true]);
    expect(breaking((s) => delete s.server.update)).toEqual([true]);
    expect(breaking((s) => (s.client['round.control'] = { type: req('"round.control"') }))).toEqual(
      [false],
    );
    expect(breaking((s) => (s.server.notice = { type: req('"notice"') }))).toEqual([false]);
  });

  it('[PROTO-12] a new optional field is compatible; a new required one breaks only client→server', () => {
    expect(breaking((s) => (fields(s.client, 'heart.set').note = opt('string')))).toEqual([false]);
    expect(breaking((s) => (fields(s.client, 'heart.set').note = req('string')))).toEqual([true]);
    expect(breaking((s) => (fields(s.server, 'ack').at = req('number')))).toEqual([false]);
    expect(
      breaking((s) => (fields(s.clientTypes, 'Partial<WallConfig>').dwell = opt('number'))),
    ).toEqual([false]);
  });

  it("[PROTO-12] a field's type changed is breaking; a client field that accepts more is not", () => {
    expect(breaking((s) => (fields(s.client, 'heart.set').on = req('string')))).toEqual([true]);
    expect(
      breaking(
        (s) => (fields(s.client, 'poll.control').action = req('"close" | "open" | "reveal"')),
      ),
    ).toEqual([false]);
    expect(breaking((s) => (fields(s.client, 'poll.control').action = req('"open"')))).toEqual([
      true,
    ]);
    // An old client does not know the new kind it is sent.
    expect(
      breaking((s) => (fields(s.server, 'update').kind = req('"poll" | "qa" | "wall"'))),
    ).toEqual([true]);
    expect(
      breaking((s) => (fields(s.serverTypes, 'RoomView').name = req('null | string'))),
    ).toEqual([true]);
  });

  it('[PROTO-12] a client field made required or a server field made optional is breaking', () => {
    expect(breaking((s) => (fields(s.client, 'heart.set').on = opt('boolean')))).toEqual([false]);
    expect(breaking((s) => (fields(s.server, 'ack').id = opt('string')))).toEqual([true]);
    expect(breaking((s) => (fields(s.server, 'ack').duplicate = req('boolean')))).toEqual([false]);
  });

  it('[PROTO-12] close and error codes: removed or changed values break, new codes do not', () => {
    expect(breaking((s) => (s.closeCodes.BadHello = 4010))).toEqual([true]);
    expect(breaking((s) => delete s.errorCodes.Invalid)).toEqual([true]);
    expect(breaking((s) => (s.errorCodes.Invalid = 'not_valid'))).toEqual([true]);
    expect(breaking((s) => (s.errorCodes.Gone = 'gone'))).toEqual([false]);
    expect(breaking((s) => (s.closeCodes.Full = 4009))).toEqual([false]);
  });

  it('[PROTO-12] the script refuses a breaking change until the version is raised', () => {
    const removed = shape((s) => delete fields(s.client, 'heart.set').on);
    const refused = planSnapshot(shape(), removed);
    expect(refused.action).toBe('refuse');
    if (refused.action === 'refuse') expect(refused.message).toMatch(/PROTOCOL_VERSION.*to 4/);
    expect(planSnapshot(shape(), { ...removed, version: 4 }).action).toBe('write');
    expect(
      planSnapshot(
        shape(),
        shape((s) => (s.errorCodes.Gone = 'gone')),
      ).action,
    ).toBe('write');
    expect(planSnapshot(shape(), shape()).action).toBe('none');
    expect(
      planSnapshot(
        shape(),
        shape((s) => (s.version = 2)),
      ).action,
    ).toBe('refuse');
    expect(planSnapshot(null, shape()).action).toBe('write');
  });
});

describe('protocol snapshot: the stored file', () => {
  const live = extractShape();

  it('[PROTO-12] the live protocol matches docs/protocol-snapshot.json', () => {
    const stored = readSnapshot();
    expect(stored, 'no docs/protocol-snapshot.json: run npm run protocol:snapshot').not.toBeNull();
    if (!stored) return;
    const changes = compareShapes(stored, live).map(describeChange);
    expect(
      { version: live.version, changes },
      'the protocol changed: run npm run protocol:snapshot (it says when PROTOCOL_VERSION must go up)',
    ).toEqual({ version: stored.version, changes: [] });
  });

  it('[PROTO-12] the shape is read from the real unions, fields and codes', () => {
    expect(live.version).toBe(PROTOCOL_VERSION);
    const hello = fields(live.client, 'hello');
    expect(hello.protocol).toEqual(req('number'));
    expect(hello.token).toEqual(opt('string'));
    expect(hello.role).toEqual(req('"chair" | "organizer" | "participant" | "projector"'));
    expect(fields(live.client, 'activity.create[kind=wall]').config).toEqual(
      req('Partial<WallConfig>'),
    );
    expect(fields(live.server, 'error').code).toEqual(req('ErrorCode'));
    expect(live.closeCodes.ProtocolMismatch).toBe(4002);
    expect(live.errorCodes.Invalid).toBe('invalid');
    // Every frame type of the one list is in the snapshot, and nothing else.
    const types = new Set(Object.keys(live.client).map((k) => k.replace(/\[.*\]$/, '')));
    expect([...types].sort()).toEqual([...CLIENT_MESSAGE_TYPES].sort());
  });
});
