// The version in the hello (PROTO-6, PROTO-12): a phone with a page of another protocol version
// is refused with a reason it can act on; the current version is welcomed and echoed back.

import { afterAll, describe, expect, it } from 'vitest';
import { CloseCode, ErrorCode, PROTOCOL_VERSION } from '../../shared/protocol.js';
import { TestClient } from '../helpers/ws-client.js';
import { useEvent } from '../helpers/scenario.js';

const { srv, ev } = useEvent('Buurtavond');
const clients: TestClient[] = [];

afterAll(async () => {
  for (const c of clients) c.close();
});

async function helloWith(protocol: number): Promise<TestClient> {
  const c = await TestClient.open(srv.url);
  clients.push(c);
  c.send({
    type: 'hello',
    protocol,
    role: 'participant',
    eventCode: ev.code,
    participantId: `versie-${protocol}-${Math.random().toString(36).slice(2)}`,
  });
  await c.until(() => c.closed !== null || c.messages.some((m) => m.type === 'snapshot'));
  return c;
}

describe('protocol version in the hello', () => {
  it('[PROTO-6] [PROTO-12] a hello of version 1 (before the bump) is refused with 4002 and a reason', async () => {
    expect(PROTOCOL_VERSION).toBeGreaterThan(1);
    const c = await helloWith(1);
    expect(c.closed?.code).toBe(CloseCode.ProtocolMismatch);
    expect(c.messages).toEqual([
      {
        type: 'error',
        seq: 0,
        code: ErrorCode.Invalid,
        message: `protocol version mismatch: this server speaks ${PROTOCOL_VERSION}; reload the page`,
      },
    ]);
  });

  it('[PROTO-6] a hello of a newer version than the server is refused the same way', async () => {
    const c = await helloWith(PROTOCOL_VERSION + 1);
    expect(c.closed?.code).toBe(CloseCode.ProtocolMismatch);
    expect(c.messages.map((m) => m.type)).toEqual(['error']);
  });

  it('[PROTO-12] the current version is welcomed, and the welcome names it', async () => {
    const c = await helloWith(PROTOCOL_VERSION);
    expect(c.closed).toBeNull();
    expect(c.messages[0]).toMatchObject({ type: 'welcome', protocol: PROTOCOL_VERSION });
  });
});
