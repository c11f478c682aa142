// Uploading decks in Chromium (DECK-20…DECK-22): the organizer sends a real 3-page PDF through
// the form, sees it listed with its pages and a view link, and renames it; a text file named
// x.pdf is refused with the not_pdf sentence; a slow upload shows its progress; a file over
// 50 MB never leaves the browser; the chair, on a phone, finds the decks folded under the
// settings and deletes one after confirming. Axe finds nothing on either page.

import { closeSync, mkdtempSync, openSync, rmSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { DeckInfo } from '../../shared/deck.js';
import { nl } from '../../shared/i18n/nl.js';
import { audit } from '../helpers/a11y.js';
import { haveBrowser, shot } from '../helpers/browser.js';
import { deckPdf } from '../helpers/pdfs.js';
import { chooseDeck } from '../helpers/deck-files.js';
import { useStage } from '../helpers/screens.js';

const stage = useStage({ event: 'Pitchmiddag' });
const { srv, ev } = stage;
const WAIT = { timeout: 30_000 };

async function listed(): Promise<DeckInfo[]> {
  const res = await fetch(`${srv.url}/api/events/${ev.code}/decks`, {
    headers: { authorization: `Bearer ${srv.adminToken}` },
  });
  return ((await res.json()) as { decks: DeckInfo[] }).decks;
}

const organizer = (): Promise<Page> => stage.organizer(ev.code, { ready: 'decks-panel', ...WAIT });

describe.skipIf(!haveBrowser)('deck upload in Chromium', () => {
  it('[DECK-20][DECK-21] the organizer uploads a 3-page PDF and sees it listed; a text file named x.pdf is refused', async () => {
    const page = await organizer();
    const panel = page.getByTestId('decks-panel');
    await panel.getByText(nl['deckup.none']).waitFor(WAIT);
    await chooseDeck(panel, 'pitch.pdf');
    await panel.getByTestId('deck-title').fill('De burger centraal');
    await panel.getByTestId('deck-send').click();
    const row = panel.getByTestId('deck-row');
    await row.waitFor(WAIT);
    expect(await row.getByTestId('deck-row-title').innerText()).toBe('De burger centraal');
    expect(await row.getByTestId('deck-row-facts').innerText()).toContain('3 pagina’s');
    await panel.getByText('“De burger centraal” staat erbij.').waitFor(WAIT);
    // The view link opens the deck on the room's projector link, with the screens' token.
    const [deck] = await listed();
    const href = await row.getByTestId('deck-view').getAttribute('href');
    const v = new URL(deck!.url, srv.url).searchParams.get('v');
    expect(href).toBe(`/p/${ev.code}/${deck!.roomId}?deck=${deck!.id}&v=${v}`);

    await chooseDeck(panel, 'x.pdf', Buffer.from('Dit is gewoon tekst, geen pdf.\n'));
    await panel.getByTestId('deck-send').click();
    const error = panel.getByTestId('deck-error');
    await error.waitFor(WAIT);
    expect(await error.innerText()).toContain(nl['deckup.error.not_pdf']);
    expect(await panel.getByTestId('deck-row').count()).toBe(1);
    // Rename: the field takes the focus, the list and the server follow.
    await row.getByRole('button', { name: 'Nieuwe titel voor “De burger centraal”' }).click();
    const field = row.getByLabel('Nieuwe titel voor “De burger centraal”');
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await field.fill('De burger centraal (versie 2)');
    await row.getByRole('button', { name: 'Opslaan' }).click();
    await row.getByText('De burger centraal (versie 2)').waitFor(WAIT);
    expect((await listed())[0]!.title).toBe('De burger centraal (versie 2)');
    await audit(page, 'organizer decks');
    await panel.scrollIntoViewIfNeeded();
    await shot(page, 'deck-upload-organizer');
    await page.context().close();
  }, 120_000);

  it('[DECK-20] a slow upload shows its progress, then the answer', async () => {
    const page = await organizer();
    const panel = page.getByTestId('decks-panel');
    // A slow line: 256 KB a second up, so a 2 MB file takes a while.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: -1,
      uploadThroughput: 256 * 1024,
    });
    await chooseDeck(panel, 'traag.pdf', Buffer.alloc(2 * 1024 * 1024, 0x41));
    await panel.getByTestId('deck-send').click();
    // The bar moves: a share above nothing and below everything is shown on the way.
    await page.waitForFunction(
      () => {
        const bar = document.querySelector<HTMLProgressElement>('.deckup__status progress');
        return !!bar && bar.value > 0 && bar.value < 100;
      },
      undefined,
      WAIT,
    );
    expect(await panel.getByTestId('deck-send').isDisabled()).toBe(true);
    await panel.getByTestId('deck-error').waitFor({ timeout: 60_000 });
    expect(await panel.getByTestId('deck-error').innerText()).toContain(nl['deckup.error.not_pdf']);
    await page.context().close();
  }, 120_000);

  it('[DECK-21] a file over 50 MB is refused in the browser, before a byte is sent', async () => {
    const page = await organizer();
    const panel = page.getByTestId('decks-panel');
    const posts: string[] = [];
    page.on('request', (r) => r.method() === 'POST' && posts.push(r.url()));
    // A sparse file one byte over the limit: the browser reads its size, never its bytes.
    const dir = mkdtempSync(join(tmpdir(), 'vonk-deck-'));
    const big = join(dir, 'groot.pdf');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024 + 1);
    closeSync(fd);
    await panel.getByTestId('deck-file').setInputFiles(big);
    await panel.getByTestId('deck-send').click();
    await panel.getByTestId('deck-error').waitFor(WAIT);
    expect(await panel.getByTestId('deck-error').innerText()).toContain(
      nl['deckup.error.too_large'],
    );
    expect(posts.filter((u) => u.includes('/decks'))).toEqual([]);
    await page.context().close();
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it('[DECK-22] the chair on a phone finds the decks folded under the settings and deletes one after confirming', async () => {
    const plenary = ev.rooms.find((r) => r.kind === 'plenary') ?? ev.rooms[0]!;
    const res = await fetch(
      `${srv.url}/api/events/${ev.code}/rooms/${plenary.id}/decks?title=Oude%20versie`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${srv.adminToken}` },
        body: (await deckPdf(2)) as Uint8Array<ArrayBuffer>,
      },
    );
    expect(res.status).toBe(201);
    const before = (await listed()).length;
    const page = await stage.open('phone', { url: plenary.chairUrl, ready: 'phone-tabs' });
    // The queue comes first: the decks are not on the phone's first screen.
    expect(await page.getByTestId('chair-decks').isVisible()).toBe(false);
    await page.getByTestId('tab-settings').click();
    await page.getByTestId('chair-decks-open').click();
    const section = page.getByTestId('chair-decks');
    const row = section.locator('[data-testid="deck-row"]', { hasText: 'Oude versie' });
    await row.waitFor(WAIT);
    expect(await row.getByTestId('deck-row-facts').innerText()).toContain('2 pagina’s');
    // Nothing is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await row.getByTestId('deck-delete').click();
    await row.getByTestId('deck-delete-confirm').waitFor(WAIT);
    // The question takes the focus, so a keyboard lands on it.
    expect(
      await row.getByTestId('deck-delete-confirm').evaluate((el) => el === document.activeElement),
    ).toBe(true);
    await audit(page, 'chair decks confirm');
    await row.scrollIntoViewIfNeeded();
    await shot(page, 'deck-upload-chair-phone');
    await row.getByTestId('deck-delete-confirm').click();
    await row.waitFor({ state: 'detached', ...WAIT });
    await section.getByText('“Oude versie” is verwijderd.').waitFor(WAIT);
    await expect.poll(async () => (await listed()).length, WAIT).toBe(before - 1);
    expect((await listed()).some((d) => d.title === 'Oude versie')).toBe(false);
    await page.context().close();
    // On the laptop the decks stay folded below the settings, out of the queue's way.
    const laptop = await stage.open('chair', { url: plenary.chairUrl, ready: 'chair-decks' });
    expect(await laptop.getByTestId('chair-decks').getAttribute('open')).toBeNull();
    await laptop.getByTestId('chair-decks-open').scrollIntoViewIfNeeded();
    await shot(laptop, 'deck-upload-chair-laptop');
    expect(stage.problems).toEqual([]);
    await laptop.context().close();
  }, 120_000);
});
