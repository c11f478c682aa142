// The browser screen helper: one Chromium for the file, and the five screens people use opened
// at their standard viewports (phone 390×844, projector and speaker 1920×1080, chair and
// organizer 1366×768), guarded against page errors and third-party requests; the organizer's
// page opened on one event. Waits are for states on the page.

import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Config } from '../../server/config.js';
import { CHAIR, guard, haveBrowser, launch, phoneContext, PROJECTOR } from './browser.js';
import { late } from './late.js';
import { asChair } from './scenario.js';
import { startTestServer, type CreatedEvent, type TestServer } from './server.js';
import type { TestClient } from './ws-client.js';

export type Screen = 'phone' | 'projector' | 'speaker' | 'chair' | 'organizer';

export const VIEWPORTS: Record<Screen, { width: number; height: number }> = {
  phone: { width: 390, height: 844 },
  projector: PROJECTOR,
  speaker: PROJECTOR,
  chair: CHAIR,
  organizer: CHAIR,
};

export interface OpenOptions {
  /** Where to go; the page stays blank without one. */
  url?: string;
  /** A data-testid to wait for once the page has loaded. */
  ready?: string;
  /** Extra context options (locale, reducedMotion…); the viewport is the screen's. */
  context?: BrowserContextOptions;
  /** Collects page errors and third-party requests of the page (see guard). */
  problems?: string[];
  /** The server the page may talk to; needed with `problems`. */
  server?: { url: string };
  /** The device's clock is off by this much: every Date.now() on the page is shifted. */
  clockSkewMs?: number;
}

/** A page in its own context at the screen's viewport (the phone as a touch device). */
export async function openScreen(
  browser: Browser,
  screen: Screen,
  opts: OpenOptions = {},
): Promise<Page> {
  const context =
    screen === 'phone' && !opts.context
      ? await phoneContext(browser)
      : await browser.newContext({
          viewport: VIEWPORTS[screen],
          locale: 'nl-NL',
          ...(screen === 'phone' ? { deviceScaleFactor: 2, isMobile: true, hasTouch: true } : {}),
          ...opts.context,
        });
  if (opts.clockSkewMs)
    await context.addInitScript((skew: number) => {
      const real = Date.now.bind(Date);
      Date.now = () => real() + skew;
    }, opts.clockSkewMs);
  const page = await context.newPage();
  if (opts.problems && opts.server) opts.problems.push(...guard(page, opts.server.url));
  if (opts.url) await page.goto(opts.url);
  if (opts.ready) await page.getByTestId(opts.ready).first().waitFor({ timeout: 20_000 });
  return page;
}

/** Waits until a test id's attribute has the value: a state on the page, never a time. */
export async function waitForAttr(
  page: Page,
  testId: string,
  attr: string,
  value: string,
  timeout = 20_000,
): Promise<void> {
  await page.waitForFunction(
    ([id, name, want]) =>
      [...document.querySelectorAll(`[data-testid="${id}"]`)].some(
        (el) => el.getAttribute(name!) === want,
      ),
    [testId, attr, value],
    { timeout },
  );
}

/** Switches a page with the language switch to English (it offers English while in Dutch). */
export async function toEnglish(page: Page): Promise<void> {
  const sw = page.locator('.lang-switch');
  if ((await sw.innerText()).includes('English')) await sw.click();
}

/** The "manage" button of an event's card on the organizer's page. */
export const manageButton = (page: Page, code: string) =>
  page.locator(`[data-testid="event-row"][data-code="${code}"] [data-testid="manage-button"]`);

export interface ManageOptions {
  /** Switches the organizer's page to English before opening the event. */
  english?: boolean;
  /** A data-testid to wait for on the event's page. */
  ready?: string;
  timeout?: number;
}

/** Signs the page in as the organizer (token link) and opens the event's page. */
export async function manageEvent(
  page: Page,
  srv: Pick<TestServer, 'url' | 'adminToken'>,
  code: string,
  opts: ManageOptions = {},
): Promise<Page> {
  const wait = opts.timeout === undefined ? {} : { timeout: opts.timeout };
  await page.goto(`${srv.url}/o?t=${srv.adminToken}`);
  if (opts.english) await toEnglish(page);
  await manageButton(page, code).click(wait);
  if (opts.ready) await page.getByTestId(opts.ready).first().waitFor(wait);
  return page;
}

/** One Chromium for the file, launched before its tests and closed after them. */
export function useBrowser(): Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (haveBrowser) browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return late('the browser', () => browser);
}

export interface StageOptions {
  /** The event's name; no event is made without one. */
  event?: string;
  language?: 'nl' | 'en';
  config?: Partial<Config>;
  /** Connects the event's chair over a socket as `stage.chair`. */
  chair?: boolean;
  /** How long setting the stage may take, in ms (the config's hookTimeout by default). */
  timeout?: number;
}

export interface Stage {
  srv: TestServer;
  browser: Browser;
  /** The event (with `event` in the options). */
  ev: CreatedEvent;
  /** The chair's socket (with `chair: true`). */
  chair: TestClient;
  /** Page errors and third-party requests of every page opened through `open`. */
  problems: string[];
  /** Starts a new server that becomes the stage's (after the test closed the old one). */
  relaunch(overrides: Partial<Config>): Promise<TestServer>;
  /** Opens several screens of this stage, guarded, in order: a page for each. */
  openEach<const S extends readonly Screen[]>(...screens: S): Promise<{ [K in keyof S]: Page }>;
  /** Opens a screen of this stage, guarded. */
  open(screen: Screen, opts?: Omit<OpenOptions, 'problems' | 'server'>): Promise<Page>;
  /** Opens the organizer's screen, guarded, on the page of the event with this code. */
  organizer(
    code: string,
    opts?: ManageOptions & Omit<OpenOptions, 'problems' | 'server' | 'url' | 'ready'>,
  ): Promise<Page>;
}

/**
 * A server, a browser and (optionally) an event with its chair's socket for the describe block
 * it is called in; everything is stopped after its tests.
 */
export function useStage(opts: StageOptions = {}): Stage {
  let srv: TestServer | undefined;
  let browser: Browser | undefined;
  let ev: CreatedEvent | undefined;
  let chair: TestClient | undefined;
  const problems: string[] = [];
  beforeAll(async () => {
    // Without Chromium the file's tests are skipped (describe.skipIf(!haveBrowser)): set nothing.
    if (!haveBrowser) return;
    srv = await startTestServer(opts.config);
    if (opts.event !== undefined) {
      ev = await srv.createEvent(opts.event, opts.language);
      if (opts.chair) chair = await asChair(srv, ev);
    }
    browser = await launch();
  }, opts.timeout);
  afterAll(async () => {
    chair?.close();
    await browser?.close();
    await srv?.stop();
  });
  const stage: Stage = {
    srv: late('the test server', () => srv),
    browser: late('the browser', () => browser),
    ev: late('the event', () => ev),
    chair: late('the chair socket', () => chair),
    problems,
    async relaunch(overrides) {
      srv = await startTestServer({ ...opts.config, ...overrides });
      return srv;
    },
    async openEach<const S extends readonly Screen[]>(...screens: S) {
      const pages: Page[] = [];
      for (const screen of screens) pages.push(await stage.open(screen));
      return pages as { [K in keyof S]: Page };
    },
    open: (screen, o = {}) =>
      openScreen(stage.browser, screen, { ...o, problems, server: stage.srv }),
    async organizer(code, o = {}) {
      const { english, ready, timeout, ...screen } = o;
      return manageEvent(await stage.open('organizer', screen), stage.srv, code, {
        english,
        ready,
        timeout,
      });
    },
  };
  return stage;
}
