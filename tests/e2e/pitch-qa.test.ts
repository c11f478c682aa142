// A pitch's Q&A as it happens in the hall: a phone asks, the chair approves, two phones upvote,
// the chair puts the question on stage, and the beamer and the speaker's tablet show it.

import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { animationsDone } from '../helpers/a11y.js';
import { haveBrowser, PROJECTOR, shot } from '../helpers/browser.js';
import { GENEROUS } from '../helpers/server.js';
import { asChair, asParticipant } from '../helpers/scenario.js';
import { useStage } from '../helpers/screens.js';

const stage = useStage({
  config: { rateLimits: GENEROUS },
  event: 'Themamiddag: de burger centraal',
});
const { srv, ev, browser, problems } = stage;

const SPEAKER_TABLET = { width: 1180, height: 820 };

/** The script animations running on the page (the slides; the page's CSS ones not counted). */
const scriptAnimations = (page: Page): Promise<number> =>
  page.evaluate(
    () =>
      document
        .getAnimations()
        .filter((a) => !(a instanceof CSSTransition) && !(a instanceof CSSAnimation)).length,
  );
const QUESTION = 'Hoe houdt u de Pieper betaalbaar voor gemeenten met weinig geld?';

const pages: Record<'asker' | 'fan1' | 'fan2' | 'chair' | 'projector' | 'speaker', Page> =
  {} as never;
let askerCtx: BrowserContext;
let qaId = '';

describe.skipIf(!haveBrowser)('pitch Q&A in Chromium', () => {
  beforeAll(async () => {
    pages.asker = await stage.open('phone');
    askerCtx = pages.asker.context();
    pages.fan1 = await stage.open('phone');
    pages.fan2 = await stage.open('phone');
    pages.chair = await stage.open('chair');
    pages.projector = await stage.open('projector');
    pages.speaker = await stage.open('chair', {
      context: { viewport: SPEAKER_TABLET, hasTouch: true },
    });
  });

  it('[QA-2][QA-5][QA-6][QA-7][QA-11] ask → approve → two upvotes → on stage → projector and speaker show it', async () => {
    const { chair, asker, fan1, fan2, projector, speaker } = pages;
    // The chair sets up the pitch's Q&A, opens it and puts it on screen.
    await chair.goto(ev.chairUrl);
    await chair.getByTestId('agenda-item').first().waitFor();
    await chair.getByTestId('add-qa-button').click();
    await chair.getByTestId('qa-pitch-input').waitFor();
    await chair.getByTestId('qa-pitch-input').fill('Het Pieperproject');
    await chair.getByTestId('qa-speaker-input').fill('Marieke Jansen');
    await chair.getByTestId('qa-open-checkbox').check();
    await chair.getByTestId('qa-save-button').click();
    const item = chair.getByTestId('agenda-item').filter({ hasText: 'Het Pieperproject' });
    await item.getByTestId('qa-open-badge').waitFor();
    qaId = (await item.getAttribute('data-id')) ?? '';
    // Open but not on screen yet: a phone on the wall finds it and can ask in advance.
    await asker.goto(ev.joinUrl);
    await asker.getByTestId('statement-input').waitFor();
    await asker.locator('.qa-others__summary').click();
    await asker.getByTestId('qa-other').filter({ hasText: 'Het Pieperproject' }).click();
    await asker.getByTestId('qa-view').waitFor();
    await asker.getByTestId('qa-back').waitFor();
    await item.click();
    await expect.poll(() => item.getAttribute('data-current')).toBe('true');

    await projector.goto(ev.projectorUrl);
    await speaker.goto(ev.speakerUrl);
    await projector.getByTestId('projector-qa').waitFor();
    await expect
      .poll(() => speaker.getByTestId('speaker-pitch').innerText())
      .toBe('Het Pieperproject');
    for (const p of [fan1, fan2]) await p.goto(ev.joinUrl);
    await fan1.getByTestId('qa-view').waitFor();
    // Now that it is on screen, the asker's phone follows it without a way "back".
    await expect.poll(() => asker.getByTestId('qa-back').count()).toBe(0);
    expect(await asker.locator('#qa-pitch').innerText()).toBe('Het Pieperproject');

    // The phone asks; it waits for approval and nobody else sees it.
    const t0 = Date.now();
    await asker.getByTestId('question-input').fill(QUESTION);
    await asker.getByTestId('ask-button').click();
    const mine = asker.getByTestId('qa-mine-item').filter({ hasText: QUESTION });
    await expect.poll(() => mine.getAttribute('data-status')).toBe('pending');
    expect(await mine.innerText()).toContain('Wacht op goedkeuring');
    await shot(asker, 'qa-phone-pending');
    const queued = chair.getByTestId('qa-queue-item').filter({ hasText: QUESTION });
    await queued.waitFor();
    await shot(chair, 'qa-chair-queue');
    expect(await projector.getByTestId('projector-question').count()).toBe(0);

    await queued.getByTestId('qa-approve-button').click();
    await projector.getByTestId('projector-question').filter({ hasText: QUESTION }).waitFor();
    const askToProjector = Date.now() - t0;

    // Two phones upvote; the asker has no button on their own question.
    for (const fan of [fan1, fan2]) {
      const q = fan.getByTestId('qa-item').filter({ hasText: QUESTION });
      await q.getByTestId('upvote-button').click();
      await expect
        .poll(() => q.getByTestId('upvote-button').getAttribute('aria-pressed'))
        .toBe('true');
    }
    const own = asker.getByTestId('qa-item').filter({ hasText: QUESTION });
    await expect.poll(() => own.getByTestId('vote-count').innerText()).toBe('2 stemmen');
    expect(await own.getByTestId('upvote-button').count()).toBe(0);
    expect(await own.getByTestId('qa-own').innerText()).toContain('Jouw vraag');

    // On stage: the projector shows it large, the speaker's tablet and the phones mark it.
    const t1 = Date.now();
    await chair
      .getByTestId('qa-board-item')
      .filter({ hasText: QUESTION })
      .getByTestId('qa-stage-button')
      .click();
    await expect
      .poll(() => projector.getByTestId('projector-stage').innerText())
      .toContain(QUESTION);
    const stageToProjector = Date.now() - t1;
    await expect.poll(() => speaker.getByTestId('speaker-stage').innerText()).toContain(QUESTION);
    for (const p of [asker, fan1, fan2]) {
      await expect.poll(() => p.getByTestId('qa-on-stage').innerText()).toContain(QUESTION);
    }
    expect(await projector.getByTestId('projector-stage').innerText()).toContain('2');
    const stageFont = await projector
      .getByTestId('projector-stage')
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    // Readable from the back row: at least 4% of the beamer's height.
    expect(stageFont).toBeGreaterThanOrEqual(PROJECTOR.height * 0.04 - 1);
    console.warn(
      `e2e ask → approve → projector ${askToProjector} ms; stage → projector ${stageToProjector} ms; ` +
        `stage font ${stageFont}px`,
    );
    await shot(fan1, 'qa-phone-stage');
    expect(problems).toEqual([]);
  });

  it('[QA-9] the projector list slides when the ranking changes, and keeps still otherwise', async () => {
    const { projector, speaker, chair } = pages;
    const chairWs = await asChair(srv, ev);
    const askers = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((n) => asParticipant(srv, ev, `hall-asker-${n}`)),
    );
    const texts = [
      'Wie betaalt de Pieper na de proefperiode?',
      'Kunnen mantelzorgers ook meedoen?',
      'Hoe voorkomt u dat ouderen zich bekeken voelen?',
      'Werkt het ook op het platteland, waar de bus maar één keer per uur rijdt?',
      'Wat vinden de bewoners er zelf van?',
      'Is er een wachtlijst?',
    ];
    const ids: string[] = [];
    for (const [i, text] of texts.entries()) {
      const ack = await askers[i]!.command({ type: 'question.ask', activityId: qaId, text });
      const id = (ack as { id: string }).id;
      ids.push(id);
      await chairWs.command({ type: 'question.moderate', questionId: id, action: 'approve' });
    }
    const voters = await Promise.all(
      Array.from({ length: 9 }, (_, n) => asParticipant(srv, ev, `hall-voter-${n}`)),
    );
    // 6, 4, 3, 2, 1 votes: a clear ranking.
    for (const [i, n] of [6, 4, 3, 2, 1].entries()) {
      for (const v of voters.slice(0, n)) {
        await v.command({ type: 'question.upvote', questionId: ids[i]!, on: true });
      }
    }
    const order = () =>
      projector
        .getByTestId('projector-question')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    await expect.poll(order).toEqual(ids.slice(0, 5));
    await animationsDone(projector);
    // A vote that overtakes nobody moves nothing. (Slides are script animations; CSS
    // transitions of the page itself are not counted.) Its count on screen says it arrived.
    const topCount = projector.getByTestId('projector-question').first().locator('.qa-proj__count');
    const countBefore = await topCount.innerText();
    await voters[8]!.command({ type: 'question.upvote', questionId: ids[0]!, on: true });
    await expect.poll(() => topCount.innerText()).not.toBe(countBefore);
    expect(await scriptAnimations(projector)).toBe(0);
    await shot(projector, 'qa-projector-stage');
    await shot(speaker, 'qa-speaker');
    await shot(chair, 'qa-chair-board');
    // Five fresh votes lift the last one to the top: it slides there.
    const moved = projector.waitForFunction(
      (id) => {
        const first = document.querySelector('[data-testid="projector-question"]');
        return (
          first?.getAttribute('data-id') === id &&
          document
            .getAnimations()
            .filter((a) => !(a instanceof CSSTransition) && !(a instanceof CSSAnimation)).length > 0
        );
      },
      ids[5]!,
      { timeout: 10_000 },
    );
    for (const v of voters.slice(0, 8)) {
      await v.command({ type: 'question.upvote', questionId: ids[5]!, on: true });
    }
    await moved;
    await expect.poll(order).toEqual([ids[5], ...ids.slice(0, 4)]);
    await expect
      .poll(() => speaker.getByTestId('speaker-question').first().getAttribute('data-id'))
      .toBe(ids[5]);

    // Under prefers-reduced-motion the same change does not animate.
    const still = await (
      await browser.newContext({ viewport: PROJECTOR, reducedMotion: 'reduce' })
    ).newPage();
    await still.goto(ev.projectorUrl);
    await expect
      .poll(() => still.getByTestId('projector-question').first().getAttribute('data-id'))
      .toBe(ids[5]);
    await animationsDone(still);
    const extra = await asParticipant(srv, ev, 'hall-voter-extra');
    for (const v of [...voters, extra]) {
      await v.command({ type: 'question.upvote', questionId: ids[1]!, on: true });
    }
    await expect
      .poll(() => still.getByTestId('projector-question').first().getAttribute('data-id'))
      .toBe(ids[1]);
    expect(await scriptAnimations(still)).toBe(0);
    for (const c of [chairWs, extra, ...askers, ...voters]) c.close();
  });

  it('[QA-6] a refused question is explained on the phone in plain words', async () => {
    const { asker } = pages;
    // Offline, the phone keeps the question; meanwhile the chair closes the Q&A.
    await askerCtx.setOffline(true);
    await asker.evaluate(() => window.dispatchEvent(new Event('offline')));
    await asker.getByTestId('question-input').fill('Mag ik nog iets vragen?');
    await asker.getByTestId('ask-button').click();
    await expect
      .poll(() => asker.getByTestId('qa-mine-item').first().getAttribute('data-status'))
      .toBe('sending');
    const chairWs = await asChair(srv, ev);
    await chairWs.command({ type: 'activity.update', activityId: qaId, config: { open: false } });
    await askerCtx.setOffline(false);
    await asker.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect
      .poll(() => asker.getByTestId('notice').innerText(), { timeout: 20_000 })
      .toContain('Deze vragenronde is gesloten');
    await asker.getByTestId('qa-closed').waitFor();
    await shot(asker, 'qa-phone-refused');
    expect([...chairWs.questions.values()].filter((q) => q.text.startsWith('Mag ik nog'))).toEqual(
      [],
    );
    chairWs.close();
  });
});
