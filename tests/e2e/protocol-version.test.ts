// The phone page speaks the protocol version of the server it was built with (PROTO-12): its
// hello names PROTOCOL_VERSION and the server welcomes it.

import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../shared/protocol.js';
import { guard, haveBrowser, phoneContext } from '../helpers/browser.js';
import { useStage } from '../helpers/screens.js';

const { srv, ev, browser } = useStage({ event: 'Buurtavond' });

describe.skipIf(!haveBrowser)('protocol version on the phone', () => {
  it('[PROTO-12] the phone sends a hello of the current version and is welcomed', async () => {
    const ctx = await phoneContext(browser);
    const phone = await ctx.newPage();
    const problems = guard(phone, srv.url);
    const sent: unknown[] = [];
    const received: unknown[] = [];
    phone.on('websocket', (ws) => {
      ws.on('framesent', (f) => sent.push(JSON.parse(String(f.payload))));
      ws.on('framereceived', (f) => received.push(JSON.parse(String(f.payload))));
    });
    await phone.goto(ev.joinUrl);
    await phone.getByTestId('statement-input').waitFor();
    await expect
      .poll(() => received.some((m) => (m as { type: string }).type === 'welcome'))
      .toBe(true);
    expect(sent[0]).toMatchObject({ type: 'hello', protocol: PROTOCOL_VERSION });
    expect(received[0]).toMatchObject({ type: 'welcome', protocol: PROTOCOL_VERSION });
    expect(problems).toEqual([]);
    await ctx.close();
  });
});
