// The axe audit (WCAG 2.0–2.2 A/AA) of the screens that polls, Q&A and the organizer's
// printouts add: a dilemma poll with results, a Q&A with a question on stage, the speaker
// view, and the table cards.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { startTestServer, type CreatedEvent, type TestServer } from '../helpers/server.js';
import { CHAIR, haveBrowser, launch, phoneContext, PROJECTOR } from '../helpers/browser.js';
import { dilemmaConfig, startPoll } from '../helpers/polls.js';
import { TestClient } from '../helpers/ws-client.js';
import { audit } from '../helpers/a11y.js';
import { asChair, asParticipant, showNewActivity } from '../helpers/scenario.js';

let srv: TestServer;
let browser: Browser;
let ev: CreatedEvent;
let chair: TestClient;

/** What each screen shows once it has drawn the activity, so the audit sees it. */
const READY: Record<string, Record<string, string>> = {
  poll: { phone: 'ballot-option', chair: 'poll-panel', projector: 'projector-poll' },
  qa: {
    phone: 'qa-item',
    chair: 'qa-board',
    projector: 'projector-stage',
    speaker: 'speaker-stage',
  },
};

async function screens(tag: string, extra: [string, string][] = []) {
  for (const [name, url, ctx] of [
    ['phone', ev.joinUrl, await phoneContext(browser)],
    ['chair', ev.chairUrl, await browser.newContext({ viewport: CHAIR })],
    ['projector', ev.projectorUrl, await browser.newContext({ viewport: PROJECTOR })],
    ...extra.map(([n, u]) => [n, u, null]),
  ] as [string, string, Awaited<ReturnType<Browser['newContext']>> | null][]) {
    const context = ctx ?? (await browser.newContext({ viewport: { width: 1180, height: 820 } }));
    const page = await context.newPage();
    await page.goto(url);
    const ready = READY[tag.split(' ')[0]!]?.[name];
    if (ready) await page.getByTestId(ready).first().waitFor({ timeout: 20_000 });
    await audit(page, `${tag} ${name}`);
    await context.close();
  }
}

describe.skipIf(!haveBrowser).each(['nl', 'en'] as const)(
  'accessibility of polls, Q&A and printouts (%s)',
  (lang) => {
    beforeAll(async () => {
      srv = await startTestServer();
      ev = await srv.createEvent(lang === 'nl' ? 'Toegankelijk' : 'Accessible', lang);
      chair = await asChair(srv, ev);
      browser = await launch();
    });
    afterAll(async () => {
      chair?.close();
      await browser?.close();
      await srv?.stop();
    });

    it('[A11Y-1] a dilemma poll, open and then revealed with votes', async () => {
      const pollId = await startPoll(chair, dilemmaConfig());
      await screens('poll open');
      for (const [i, option] of ['d0', 'd1', 'd0'].entries()) {
        const p = await asParticipant(srv, ev, `a11y-voter-${i}`);
        await p.command({ type: 'poll.vote', pollId, optionIds: [option] });
        p.close();
      }
      await chair.command({ type: 'poll.control', pollId, action: 'reveal' });
      await screens('poll revealed');
    }, 120_000);

    it('[A11Y-1] a pitch Q&A with a question on stage, and the speaker view', async () => {
      const qaId = await showNewActivity(chair, {
        kind: 'qa',
        title: '',
        config: { pitch: 'Het Pieperproject', speaker: 'Anja', open: true, moderation: 'post' },
      });
      const p = await asParticipant(srv, ev, 'a11y-asker');
      const q = await p.command({
        type: 'question.ask',
        activityId: qaId,
        text: 'Hoe bereik je mensen die niet digitaal zijn?',
      });
      await p.command({ type: 'question.ask', activityId: qaId, text: 'Wat kost het?' });
      await chair.command({
        type: 'question.moderate',
        questionId: (q as { id: string }).id,
        action: 'stage',
      });
      p.close();
      await screens('qa', [['speaker', ev.projectorUrl.replace('/p/', '/s/')]]);
    }, 120_000);

    it('[A11Y-1] the printable table cards and chair sheet', async () => {
      for (const kind of ['cards', 'chairs']) {
        const page = await (await browser.newContext({ viewport: CHAIR })).newPage();
        await page.goto(`${srv.url}/o/${ev.code}/${kind}?t=${srv.adminToken}`);
        await audit(page, kind);
        await page.context().close();
      }
    });
  },
);
