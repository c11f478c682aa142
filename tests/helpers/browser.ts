// Headless Chromium (Debian's package) driven by playwright-core. Outside CI a missing browser
// skips the browser tests; with CI=true it fails them.

import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const chromiumPath = CANDIDATES.find((p): p is string => !!p && existsSync(p));
export const inCI = process.env.CI === 'true' || process.env.CI === '1';

if (!chromiumPath && inCI) {
  throw new Error('CI=true but no Chromium found (apt-get install -y chromium)');
}

/** Use as `describe.skipIf(!haveBrowser)` so local runs without Chromium still pass. */
export const haveBrowser = !!chromiumPath;

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export const PHONE = { width: 390, height: 844 };
export const CHAIR = { width: 1366, height: 768 };
export const PROJECTOR = { width: 1920, height: 1080 };

export function phoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'nl-NL',
  });
}

/** Fails the test on any page error or request to a host other than the server's. */
export function guard(page: Page, baseUrl: string): string[] {
  const problems: string[] = [];
  const origin = new URL(baseUrl).host;
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.host !== origin) {
      problems.push(`third-party request: ${req.url()}`);
    }
  });
  return problems;
}

/** Saves a screenshot under screenshots/ when SCREENSHOTS=1, for people to look at. */
export async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  if (!process.env.SCREENSHOTS) return;
  mkdirSync('screenshots', { recursive: true });
  await page.screenshot({ path: `screenshots/${name}.png`, fullPage });
}
