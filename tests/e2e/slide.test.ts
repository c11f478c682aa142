// The slide kind in Chromium: the chair adds a join slide from the agenda and steps onto it
// with →, the beamer fills with the QR and a phone joins from it; a text slide on phone and
// beamer; the phone's wall in the chair's order (SLIDE-3, SLIDE-4, WALL-10). axe on each.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SlideActivity } from '../../shared/model.js';
import { haveBrowser, shot } from '../helpers/browser.js';
import { audit } from '../helpers/a11y.js';
import { expectAck } from '../helpers/polls.js';
import { asChair, asParticipant, showNewActivity } from '../helpers/scenario.js';
import { GENEROUS } from '../helpers/server.js';
import { useStage } from '../helpers/screens.js';
import type { TestClient } from '../helpers/ws-client.js';

const stage = useStage({ event: 'Slide', chair: true, config: { rateLimits: GENEROUS } });
const { srv, ev, chair, problems } = stage;

const slides = (c: TestClient) =>
  [...c.activities.values()].filter((a): a is SlideActivity => a.kind === 'slide');

/** How much of the beamer the QR takes, whether it is on top, and no side panel beside it. */
const qrLayout = (page: Page) =>
  page.evaluate(() => {
    const qr = document.querySelector<HTMLImageElement>('[data-testid="projector-qr"]')!;
    const q = qr.getBoundingClientRect();
    const hit = document.elementFromPoint(q.left + q.width / 2, q.top + q.height / 2);
    const root = document.documentElement;
    return {
      share: Math.min(q.width, q.height) / innerHeight,
      onTop: hit === qr && q.bottom <= innerHeight && q.right <= innerWidth,
      loaded: qr.naturalWidth > 0,
      panel: document.querySelector('.projector__join') !== null,
      overflow: root.scrollWidth > root.clientWidth || root.scrollHeight > root.clientHeight,
    };
  });

describe.skipIf(!haveBrowser)('the slide kind', () => {
  it('[SLIDE-3] the chair adds a join slide, steps onto it with →, the beamer fills with the QR; a phone joins from it', async () => {
    const wall = [...chair.activities.values()].find((a) => a.kind === 'wall')!;
    expectAck(await chair.command({ type: 'activity.show', activityId: wall.id }));

    const console_ = await stage.open('chair', { url: ev.chairUrl, ready: 'add-slide-button' });
    await console_.getByTestId('add-slide-button').click();
    await console_.getByTestId('slide-variant-join').check();
    await console_.getByTestId('slide-save-button').click();
    await chair.until(() => slides(chair).some((s) => s.config.variant === 'join'));
    const slide = slides(chair).find((s) => s.config.variant === 'join')!;
    expect(slide.title).toBe('Dia 1');
    await audit(console_, 'chair: join slide settings (nl)');
    // The agenda calls it a join slide; → from the wall puts it on screen.
    await expect
      .poll(() =>
        console_.locator(`[data-testid="agenda-item"][data-id="${slide.id}"]`).innerText(),
      )
      .toContain('Meedoen-dia');
    await console_.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await console_.keyboard.press('ArrowRight');
    await chair.until(() => chair.room?.currentActivityId === slide.id);

    const beamer = await stage.open('projector', { url: ev.projectorUrl, ready: 'join-slide' });
    await expect.poll(async () => (await qrLayout(beamer)).loaded).toBe(true);
    const l = await qrLayout(beamer);
    console.warn(
      `[SLIDE-3] join slide on the agenda: QR ${(100 * l.share).toFixed(0)} % of the height`,
    );
    expect(l).toMatchObject({ onTop: true, panel: false, overflow: false });
    expect(l.share).toBeGreaterThan(0.7);
    expect(await beamer.getByTestId('projector-code').innerText()).toBe(ev.code);
    await shot(beamer, 'slide-join-projector');
    await audit(beamer, 'projector: join slide from the agenda');

    // A phone follows the address on the slide and is told to look at the big screen.
    const address = (await beamer.getByTestId('projector-url').innerText()).replace(/\s+/g, '');
    expect(address).toContain(`/j/${ev.code}`);
    const phone = await stage.open('phone', { url: address, ready: 'slide-watch' });
    expect(await phone.getByTestId('slide-title').innerText()).toBe('Dia 1');
    expect(await phone.getByTestId('slide-watch').innerText()).toBe('Kijk naar het scherm');
    await shot(phone, 'slide-join-phone');
    await audit(phone, 'phone: join slide (nl)');

    // "Alleen de code tonen" still works: nothing on screen is the same join moment.
    await console_.getByTestId('clear-screen-button').click();
    await chair.until(() => chair.room?.currentActivityId === null);
    await beamer.getByTestId('join-slide').waitFor();
    await phone.getByTestId('waiting').waitFor();
    await console_.context().close();
    await beamer.context().close();
    await phone.context().close();
    expect(problems).toEqual([]);
  }, 90_000);

  for (const lang of ['nl', 'en'] as const) {
    it(`[SLIDE-4] a text slide: title and text with its line breaks on phone, beamer and chair (${lang})`, async () => {
      const event = lang === 'nl' ? ev : await srv.createEvent('Slide EN', 'en');
      const c = lang === 'nl' ? chair : await asChair(srv, event);
      const body =
        lang === 'nl'
          ? 'Pauze tot 15.00 uur.\nDaarna: de rondes.'
          : 'Break until 3 pm.\nThen: the rounds.';
      const created = await c.command({
        type: 'activity.create',
        kind: 'slide',
        title: lang === 'nl' ? 'Even pauze' : 'Short break',
        config: { body },
      });
      expectAck(created);
      const id = (created as { id: string }).id;
      expectAck(await c.command({ type: 'activity.show', activityId: id }));
      const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
      const beamer = await stage.open('projector', {
        url: event.projectorUrl,
        ready: 'slide-body',
        context: { locale },
      });
      // Two lines on the beamer, as the chair typed them.
      const lines = await beamer.getByTestId('slide-body').evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      });
      expect(lines).toBe(2);
      expect(await beamer.getByTestId('projector-code').innerText()).toBe(event.code);
      await shot(beamer, `slide-text-projector-${lang}`);
      await audit(beamer, `projector: text slide (${lang})`);
      const phone = await stage.open('phone', {
        url: event.joinUrl,
        ready: 'slide-body',
        context: { locale, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
      });
      expect(await phone.getByTestId('slide-body').innerText()).toBe(body);
      await shot(phone, `slide-text-phone-${lang}`);
      await audit(phone, `phone: text slide (${lang})`);
      const console_ = await stage.open('chair', {
        url: event.chairUrl,
        ready: 'slide-preview',
        context: { locale },
      });
      await console_
        .getByRole('button', {
          name: lang === 'nl' ? 'Instellingen: Even pauze' : 'Settings: Short break',
        })
        .click();
      await console_.getByTestId('slide-body-input').waitFor();
      await audit(console_, `chair: text slide settings (${lang})`);
      await shot(console_, `slide-text-chair-${lang}`);
      for (const p of [beamer, phone, console_]) await p.context().close();
      if (c !== chair) c.close();
      expect(problems).toEqual([]);
    }, 90_000);
  }

  it("[WALL-10] the phone's wall follows the chair's order, as the beamer does", async () => {
    const wallId = await showNewActivity(chair, {
      kind: 'wall',
      title: 'Volgorde',
      config: { moderation: 'post', order: 'oldest' },
    });
    const posters = await Promise.all(
      [1, 2, 3].map((i) => asParticipant(srv, ev, `wall-order-poster-${i}`)),
    );
    for (const [i, p] of posters.entries()) {
      expectAck(
        await p.command({
          type: 'statement.submit',
          activityId: wallId,
          text: `Uitspraak ${i + 1}`,
        }),
      );
    }
    await chair.until(() => [...chair.statements.values()].some((s) => s.text === 'Uitspraak 3'));
    const third = [...chair.statements.values()].find((s) => s.text === 'Uitspraak 3')!;
    // Two hearts for the last one: first under "most hearts".
    for (const p of posters.slice(0, 2)) {
      expectAck(await p.command({ type: 'heart.set', statementId: third.id, on: true }));
    }
    const phone = await stage.open('phone', { url: ev.joinUrl, ready: 'wall-item' });
    const texts = () =>
      phone
        .getByTestId('wall-item')
        .evaluateAll((els) => els.map((el) => el.querySelector('.wall-item__text')!.textContent));
    await expect.poll(texts).toEqual(['Uitspraak 1', 'Uitspraak 2', 'Uitspraak 3']);
    const order = async (o: 'newest' | 'hearts' | 'oldest') =>
      expectAck(
        await chair.command({ type: 'activity.update', activityId: wallId, config: { order: o } }),
      );
    await order('hearts');
    await expect.poll(texts).toEqual(['Uitspraak 3', 'Uitspraak 2', 'Uitspraak 1']);
    await order('newest');
    await expect.poll(texts).toEqual(['Uitspraak 3', 'Uitspraak 2', 'Uitspraak 1']);
    await order('oldest');
    await expect.poll(texts).toEqual(['Uitspraak 1', 'Uitspraak 2', 'Uitspraak 3']);
    await shot(phone, 'slide-wall-order-phone');
    await audit(phone, 'phone: wall in the oldest order');
    for (const p of posters) p.close();
    await phone.context().close();
    expect(problems).toEqual([]);
  }, 90_000);
});
