import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

/** Debian's Chromium (installed by .ci/run); CHROMIUM_PATH overrides. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const screenshotDir = path.resolve(import.meta.dirname, '../artifacts/screenshots');

/**
 * Starts a headless Chromium with the flags this sandbox needs (no network beyond the desk, a
 * fresh profile). Every page records console errors, failed requests and uncaught exceptions, so a
 * test can fail when any screen logged one.
 */
export async function launchBrowser(): Promise<{ browser: Browser; close(): Promise<void> }> {
  // chromium.launch gives every browser a fresh temporary profile (the --user-data-dir the
  // sandbox asks for); Playwright refuses that flag and removes the profile on close.
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  await mkdir(screenshotDir, { recursive: true });
  return {
    browser,
    close: () => browser.close(),
  };
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, page errors and failed requests seen so far on this page. */
  problems: string[];
}

/** A new browser context (its own cookies) and page that records every problem it sees. */
export async function openPage(browser: Browser, options: { viewport?: { width: number; height: number }; locale?: string; timezoneId?: string } = {}): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 860 },
    locale: options.locale ?? 'en-US',
    timezoneId: options.timezoneId ?? 'America/Sao_Paulo',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()} (${page.url()})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message} (${page.url()})`));
  page.on('requestfailed', (request) => {
    // Navigating away aborts in-flight requests; that is not a failure of the page.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.method()} ${request.url()} ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
  });
  return { page, context, problems };
}

/** Saves a full-page screenshot as artifacts/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}
