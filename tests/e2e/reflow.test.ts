// Reflow and text zoom on the phone page (WCAG 1.4.4, 1.4.10, 2.5.5): every participant screen
// at 320 CSS px wide, and at 200 % text size on a phone, reads without sideways scrolling,
// cuts no text off, and keeps every control at least 44×44 px and within reach.

import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveBrowser, PHONE, shot } from '../helpers/browser.js';
import { layoutProblems, zoomText } from '../helpers/layout.js';
import { dilemmaConfig, expectAck, startPoll } from '../helpers/polls.js';
import { addRooms } from '../helpers/report-event.js';
import { TestClient } from '../helpers/ws-client.js';
import { asParticipant } from '../helpers/scenario.js';
import { useStage } from '../helpers/screens.js';

// Long words and a long name: what breaks a narrow layout first.
const LONG_WORD = 'Arbeidsmarktondersteuningsmedewerkersoverleg';

const stage = useStage({ event: `Werkconferentie ${LONG_WORD} Noord-Holland`, chair: true });
const { srv, ev, browser, chair } = stage;
const STATEMENTS = [
  `Meer ${LONG_WORD} in de wijk, en dan echt samen met de bewoners zelf`,
  'Kort',
  'Wie zorgt er voor de mantelzorgers als die zelf niet meer kunnen?',
];

interface Mode {
  name: string;
  viewport: { width: number; height: number };
  zoom: number;
}

const MODES: Mode[] = [
  { name: '320px', viewport: { width: 320, height: 640 }, zoom: 100 },
  { name: 'text200', viewport: PHONE, zoom: 200 },
  { name: '320px-text200', viewport: { width: 320, height: 640 }, zoom: 200 },
];

let people: TestClient[] = [];
let plenaryId: string;
let wallId: string;
const ids: Record<'poll' | 'qa' | 'round', string> = { poll: '', qa: '', round: '' };

async function open(mode: Mode, path: string, ready: string): Promise<[BrowserContext, Page]> {
  const context = await browser.newContext({
    viewport: mode.viewport,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'nl-NL',
  });
  const page = await context.newPage();
  await page.goto(`${srv.url}${path}`);
  await page.getByTestId(ready).first().waitFor({ timeout: 20_000 });
  await zoomText(page, mode.zoom);
  return [context, page];
}

async function check(screen: string, path: string, ready: string): Promise<void> {
  for (const mode of MODES) {
    const [context, page] = await open(mode, path, ready);
    await shot(page, `reflow-${screen}-${mode.name}`, true);
    expect(await layoutProblems(page), `${screen} at ${mode.name}`).toEqual([]);
    await context.close();
  }
}

const show = async (activityId: string) =>
  expectAck(await chair.command({ type: 'activity.show', activityId }));

describe.skipIf(!haveBrowser)('reflow and text zoom on the phone page', () => {
  beforeAll(async () => {
    await addRooms(srv, ev.code, 'naam\nTafel 1 Wonen en zorg\nTafel 2 Werk en inkomen\n');
    plenaryId = ev.rooms[0]!.id;
    people = await Promise.all([1, 2, 3].map((n) => asParticipant(srv, ev, `reflow-person-${n}`)));
    const [a, b] = people as [TestClient, TestClient];
    wallId = chair.currentWallId();
    for (const text of STATEMENTS) {
      const ack = await a.command({
        type: 'statement.submit',
        activityId: wallId,
        text,
        name: LONG_WORD.slice(0, 40),
      });
      expectAck(ack);
      const id = (ack as { id: string }).id;
      expectAck(
        await chair.command({ type: 'statement.moderate', statementId: id, action: 'approve' }),
      );
      expectAck(await b.command({ type: 'heart.set', statementId: id, on: true }));
    }

    ids.poll = await startPoll(chair, dilemmaConfig(), false);
    expectAck(await chair.command({ type: 'poll.control', pollId: ids.poll, action: 'open' }));

    const qa = await chair.command({
      type: 'activity.create',
      kind: 'qa',
      title: '',
      config: { pitch: `Het ${LONG_WORD}`, speaker: 'Anja', open: true, moderation: 'post' },
    });
    expectAck(qa);
    ids.qa = (qa as { id: string }).id;
    for (const text of [`Hoe werkt het ${LONG_WORD}?`, 'Wat kost het per jaar?']) {
      const ack = await a.command({ type: 'question.ask', activityId: ids.qa, text });
      expectAck(ack);
      expectAck(
        await b.command({
          type: 'question.upvote',
          questionId: (ack as { id: string }).id,
          on: true,
        }),
      );
    }

    const round = await chair.command({
      type: 'activity.create',
      kind: 'round',
      title: 'Dagbesteding',
      config: {
        dilemma: `Deelnemers aan ${LONG_WORD} werken hard maar krijgen geen vergoeding. Wat doen we?`,
        moderation: 'post',
      },
    });
    expectAck(round);
    ids.round = (round as { id: string }).id;
    await show(ids.round);
    expectAck(
      await a.command({
        type: 'statement.submit',
        activityId: ids.round,
        text: `Om hoeveel ${LONG_WORD} gaat het?`,
      }),
    );
    expectAck(await chair.command({ type: 'round.control', activityId: ids.round, phase: 1 }));
  }, 60_000);

  afterAll(async () => {
    for (const c of [chair, ...people]) c?.close();
  });

  it('[A11Y-4] the home page: join by code', async () => {
    await check('home', '/', 'code-input');
  }, 60_000);

  it('[A11Y-4] the room picker', async () => {
    await check('picker', `/j/${ev.code}`, 'room-choice');
  }, 60_000);

  it('[A11Y-4] the wall with statements, hearts and the composer', async () => {
    await show(wallId);
    await check('wall', `/j/${ev.code}/${plenaryId}`, 'wall-item');
  }, 60_000);

  it('[A11Y-4] a dilemma poll: the ballot, then the results', async () => {
    await show(ids.poll);
    await check('ballot', `/j/${ev.code}/${plenaryId}`, 'ballot-option');
    expectAck(await people[0]!.command({ type: 'poll.vote', pollId: ids.poll, optionIds: ['d0'] }));
    expectAck(await people[1]!.command({ type: 'poll.vote', pollId: ids.poll, optionIds: ['d1'] }));
    expectAck(await chair.command({ type: 'poll.control', pollId: ids.poll, action: 'reveal' }));
    await check('results', `/j/${ev.code}/${plenaryId}`, 'poll-bar');
  }, 90_000);

  it('[A11Y-4] a Q&A with upvotes', async () => {
    await show(ids.qa);
    await check('qa', `/j/${ev.code}/${plenaryId}`, 'qa-item');
  }, 60_000);

  it('[A11Y-4] a dilemma round in its second step', async () => {
    await show(ids.round);
    await check('round', `/j/${ev.code}/${plenaryId}`, 'round-earlier');
  }, 60_000);

  it('[A11Y-4] the checks catch a page that is too wide and a control that is too small', async () => {
    const [context, page] = await open(MODES[0]!, '/', 'code-input');
    await page.evaluate(() => {
      const wide = document.createElement('p');
      wide.style.whiteSpace = 'nowrap';
      wide.textContent = 'x'.repeat(200);
      const tiny = document.createElement('button');
      tiny.textContent = 'x';
      tiny.style.cssText = 'min-height:0;min-width:0;padding:0;font-size:10px';
      document.body.append(wide, tiny);
    });
    const problems = await layoutProblems(page);
    expect(problems.some((p) => p.startsWith('page scrolls sideways'))).toBe(true);
    expect(problems.some((p) => p.startsWith('control smaller than 44×44'))).toBe(true);
    await context.close();
  }, 60_000);
});
