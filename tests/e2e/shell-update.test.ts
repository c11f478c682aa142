// A new deploy replaces the phone's kept app shell (NET-5): a second, really different build
// (the same sources, not minified) is put in place of the first while a phone has the first one
// kept; at the next visit the phone keeps the new one, drops the old cache, and a reload offline
// shows the new version.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guard, haveBrowser, launch, phoneContext } from '../helpers/browser.js';
import { startTestServer, type CreatedEvent, type TestServer } from '../helpers/server.js';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';

let live: string;
let next: string;
let srv: TestServer;
let proxy: TcpProxy;
let browser: Browser;
let ctx: BrowserContext;
let phone: Page;
let ev: CreatedEvent;

function versionOf(dir: string): string {
  const m = /"version":"(\w+)"/.exec(readFileSync(join(dir, 'sw.js'), 'utf8'));
  if (!m?.[1]) throw new Error(`no version in ${dir}/sw.js`);
  return m[1];
}

function participantEntry(dir: string): string {
  const manifest = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    { file: string }
  >;
  return `/${manifest['participant/index.html']!.file}`;
}

/** Swaps the files in place, as a deploy that copies a new build over the old one does. */
function deploy(from: string, to: string): void {
  for (const name of readdirSync(to)) rmSync(join(to, name), { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

describe.skipIf(!haveBrowser)('a new deploy', () => {
  beforeAll(async () => {
    live = mkdtempSync(join(tmpdir(), 'vonk-live-'));
    next = mkdtempSync(join(tmpdir(), 'vonk-next-'));
    cpSync(resolve('dist/client'), live, { recursive: true });
    execFileSync(
      resolve('node_modules/.bin/vite'),
      ['build', '--logLevel', 'warn', '--minify', 'false', '--outDir', next, '--emptyOutDir'],
      { stdio: 'inherit' },
    );
    srv = await startTestServer({ clientDir: live });
    ev = await srv.createEvent('Themamiddag Wijkteams');
    proxy = await startTcpProxy('127.0.0.1', Number(new URL(srv.url).port));
    browser = await launch();
    ctx = await phoneContext(browser);
    phone = await ctx.newPage();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    await srv?.stop();
    for (const dir of [live, next]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('[NET-5] replaces the kept shell, deletes the old cache, and shows the new version offline', async () => {
    const problems = guard(phone, proxy.url(srv.url));
    const v1 = versionOf(live);
    const v2 = versionOf(next);
    expect(v2).not.toBe(v1);
    const entry2 = participantEntry(next);
    expect(entry2).not.toBe(participantEntry(live));

    await phone.goto(proxy.url(ev.joinUrl));
    await phone.getByTestId('statement-input').waitFor();
    await expect.poll(() => cacheNames(phone), { timeout: 15_000 }).toEqual([`vonk-shell-${v1}`]);

    deploy(next, live);
    await phone.reload();
    await phone.getByTestId('statement-input').waitFor();
    await expect.poll(() => cacheNames(phone), { timeout: 20_000 }).toEqual([`vonk-shell-${v2}`]);
    // The join page is kept again, now naming the new build's files.
    await expect
      .poll(() =>
        phone.evaluate(async () => {
          const cache = await caches.open((await caches.keys())[0]!);
          return (await (await cache.match('/_vonk/shell'))?.text()) ?? '';
        }),
      )
      .toContain(entry2);

    await proxy.cut();
    await ctx.setOffline(true);
    const reloaded = await phone.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await phone.getByTestId('offline-shell').waitFor();
    expect(
      await phone
        .locator('script[type="module"]')
        .evaluateAll((els) => els.map((e) => new URL((e as HTMLScriptElement).src).pathname)),
    ).toEqual([entry2]);
    expect(await phone.locator('.topbar__event').innerText()).toContain('Themamiddag Wijkteams');
    expect(problems).toEqual([]);
  });
});
