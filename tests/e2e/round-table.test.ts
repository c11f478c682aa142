// A round table as people run it: a phone scans in, the chair moderates by keyboard, the
// beamer changes; then the server restarts and the phone comes back by itself.

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { haveBrowser, shot } from '../helpers/browser.js';
import { useStage } from '../helpers/screens.js';

const stage = useStage({ event: 'Ronde tafel Utrecht' });
const { srv, ev, problems } = stage;

let phone: Page;
let chair: Page;
let projector: Page;

describe.skipIf(!haveBrowser)('round table in Chromium', () => {
  beforeAll(async () => {
    [phone, chair, projector] = await stage.openEach('phone', 'chair', 'projector');
  });

  it('[WALL-2][WALL-3][WALL-4] phone joins by code, chair approves by keyboard, projector shows it', async () => {
    await projector.goto(ev.projectorUrl);
    await expect.poll(() => projector.getByTestId('projector-code').innerText()).toContain(ev.code);
    await expect
      .poll(() =>
        projector
          .getByTestId('projector-qr')
          .evaluate((img) => (img as HTMLImageElement).naturalWidth),
      )
      .toBeGreaterThan(0);
    await chair.goto(ev.chairUrl);
    await chair.getByTestId('agenda-item').first().waitFor();

    // The participant types the code from the screen, in lower case.
    await phone.goto(srv.url);
    await phone.getByTestId('code-input').fill(ev.code.toLowerCase());
    await phone.getByTestId('join-button').click();
    await phone.waitForURL(`**/j/${ev.code}**`);
    await expect
      .poll(() => phone.getByTestId('conn-status').getAttribute('data-status'))
      .toBe('online');
    await expect.poll(() => phone.evaluate(() => document.documentElement.lang)).toBe('nl');

    // Too long: a clear message under the field, nothing sent.
    await phone.getByTestId('statement-input').fill('x'.repeat(150));
    await phone.getByTestId('send-button').click();
    await expect.poll(() => phone.getByTestId('composer-error').innerText()).toMatch(/te lang/);
    expect(await chair.getByTestId('queue-item').count()).toBe(0);

    await phone.getByTestId('statement-input').fill('Niet vinken, maar vonken');
    await phone.getByTestId('send-button').click();
    await expect
      .poll(() => phone.getByTestId('mine-item').first().getAttribute('data-status'))
      .toBe('pending');
    await shot(phone, 'phone-pending');

    // The chair sees it in the queue; the projector does not.
    await chair.getByTestId('queue-item').first().waitFor();
    expect(await chair.getByTestId('queue-item').first().innerText()).toContain(
      'Niet vinken, maar vonken',
    );
    expect(await projector.getByTestId('projector-item').count()).toBe(0);
    await shot(chair, 'chair-queue');

    // Approve with the keyboard: A. Time until the beamer shows it.
    await chair.locator('body').click({ position: { x: 5, y: 5 } });
    const t0 = Date.now();
    await chair.keyboard.press('a');
    await projector
      .getByTestId('projector-item')
      .filter({ hasText: 'Niet vinken, maar vonken' })
      .waitFor({ timeout: 5000 });
    const approveToProjector = Date.now() - t0;
    console.warn(`e2e approve → projector: ${approveToProjector} ms`);
    await shot(projector, 'projector-wall');

    // The phone sees it on the wall and gives a heart; the count follows.
    const item = phone.getByTestId('wall-item').filter({ hasText: 'Niet vinken, maar vonken' });
    await item.waitFor();
    await item.getByTestId('heart-button').click();
    await expect.poll(() => item.getByTestId('heart-count').innerText()).toContain('1');
    await expect
      .poll(() => item.getByTestId('heart-button').getAttribute('aria-pressed'))
      .toBe('true');
    await shot(phone, 'phone-wall');
  });

  it('[PROTO-9] the phone reconnects by itself after a server restart and keeps posting', async () => {
    const port = srv.port;
    await srv.close();
    await expect
      .poll(() => phone.getByTestId('conn-status').getAttribute('data-status'), { timeout: 10_000 })
      .not.toBe('online');
    await expect.poll(() => phone.getByTestId('conn-status').innerText()).toMatch(/verbroken/i);
    // What the participant types while offline is not lost.
    await phone.getByTestId('statement-input').fill('Meer burgerkracht');
    await stage.relaunch({ dataDir: srv.dataDir, port });
    await expect
      .poll(() => phone.getByTestId('conn-status').getAttribute('data-status'), { timeout: 20_000 })
      .toBe('online');
    await phone.getByTestId('send-button').click();
    await chair
      .getByTestId('queue-item')
      .filter({ hasText: 'Meer burgerkracht' })
      .waitFor({ timeout: 20_000 });
    // The earlier statement survived the restart on every screen.
    await projector
      .getByTestId('projector-item')
      .filter({ hasText: 'Niet vinken, maar vonken' })
      .waitFor({ timeout: 20_000 });
    expect(problems).toEqual([]);
  });
});
