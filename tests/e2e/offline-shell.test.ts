// A phone on venue Wi-Fi that drops: the service worker keeps the app shell, so a reload
// without network shows the event, the person's own posts waiting in the outbox and a clear
// offline state, and sends them once the network is back (NET-4). The network really goes: the
// phone reaches Vonk through a TCP proxy that is cut, and the browser context is set offline.

import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../helpers/a11y.js';
import { guard, haveBrowser, shot } from '../helpers/browser.js';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';
import { useStage } from '../helpers/screens.js';
import { sendFromPhone } from '../helpers/statements.js';

const stage = useStage({ event: 'Buurtavond Oost', chair: true });
const { srv, ev, chair } = stage;

let proxy: TcpProxy;
let ctx: BrowserContext;
let phone: Page;
let problems: string[];

/** True once the service worker has kept this event's join page (which carries its info). */
function shellKept(page: Page, code: string): Promise<boolean> {
  return page.evaluate(async (c) => {
    for (const name of await caches.keys()) {
      const kept = await (await caches.open(name)).match(`/j/${c}`);
      if (kept && (await kept.text()).includes('name="vonk-event"')) return true;
    }
    return false;
  }, code);
}

async function goOffline(): Promise<void> {
  await proxy.cut();
  await ctx.setOffline(true);
}

async function goOnline(): Promise<void> {
  await proxy.restore();
  await ctx.setOffline(false);
}

describe.skipIf(!haveBrowser)('reload without network', () => {
  beforeAll(async () => {
    proxy = await startTcpProxy('127.0.0.1', Number(new URL(srv.url).port));
    phone = await stage.open('phone');
    ctx = phone.context();
    // The proxy's address is the phone's Vonk; requests to the server itself are not expected.
    problems = guard(phone, proxy.url(srv.url));
  });

  afterAll(async () => {
    await proxy?.close();
  });

  it('[NET-4][DUR-3] a post made offline survives a reload offline and is sent once back', async () => {
    const joinUrl = proxy.url(ev.joinUrl);
    await phone.goto(joinUrl);
    await phone.getByTestId('statement-input').waitFor();
    await expect.poll(() => shellKept(phone, ev.code), { timeout: 15_000 }).toBe(true);

    await goOffline();
    await expect
      .poll(() => phone.getByTestId('conn-status').getAttribute('data-status'))
      .toBe('offline');
    const text = 'Meer bankjes langs de route naar de supermarkt';
    await sendFromPhone(phone, text);
    await expect
      .poll(() => phone.getByTestId('mine-item').first().getAttribute('data-status'))
      .toBe('sending');

    const reloaded = await phone.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    const shell = phone.getByTestId('offline-shell');
    await shell.waitFor();
    expect(await shell.getByRole('heading').innerText()).toBe(
      'Offline — wordt verstuurd zodra er verbinding is',
    );
    expect(await phone.getByTestId('offline-item').allInnerTexts()).toEqual([
      expect.stringContaining(text),
    ]);
    expect(await phone.locator('.topbar__event').innerText()).toContain('Buurtavond Oost');
    expect(await phone.getByTestId('conn-status').getAttribute('data-status')).toBe('offline');
    // Nothing of the room is shown as if it were live: no composer, no wall.
    expect(await phone.getByTestId('statement-input').count()).toBe(0);
    await shot(phone, 'phone-offline-reload');
    await audit(phone, 'phone offline after a reload');

    await goOnline();
    await phone.getByTestId('statement-input').waitFor();
    await expect
      .poll(() => phone.getByTestId('mine-item').first().getAttribute('data-status'))
      .toBe('pending');
    expect(await shell.count()).toBe(0);
    // Delivered exactly once: the chair's queue has it one time.
    await chair.until(() => [...chair.statements.values()].some((s) => s.text === text));
    expect([...chair.statements.values()].filter((s) => s.text === text)).toHaveLength(1);
    expect(problems).toEqual([]);
  });

  it('[NET-4] in the language the person chose, with nothing to send, the phone says it is offline', async () => {
    // Switched while online: the English strings are kept with the shell from then on.
    await phone.getByRole('button', { name: 'English' }).click();
    await phone.getByRole('button', { name: 'Nederlands' }).waitFor();
    await goOffline();
    await phone.reload();
    const shell = phone.getByTestId('offline-shell');
    await shell.waitFor();
    expect(await shell.getByRole('heading').innerText()).toBe(
      'Offline — you will see what is on screen as soon as there is a connection',
    );
    expect(await phone.locator('html').getAttribute('lang')).toBe('en');
    expect(await phone.getByTestId('offline-item').count()).toBe(0);
    await shot(phone, 'phone-offline-en');
    await audit(phone, 'phone offline, nothing to send (en)');
    await goOnline();
    await phone.getByTestId('statement-input').waitFor();
    expect(problems).toEqual([]);
  });
});
