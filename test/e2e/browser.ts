// One Chromium for a test file, and pages that record what the page asks for and complains about.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('e2e: no Chromium found; run node scripts/setup.mjs --browser or set CHROMIUM_PATH');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

export interface WatchedPage {
  page: Page;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** Runs before the page loads: to route requests, for example. */
  before?: (page: Page) => Promise<unknown>;
}

const contexts: BrowserContext[] = [];

export async function openPage(browser: Browser, url: string, { viewport = { width: 1280, height: 800 }, before }: OpenOptions = {}): Promise<WatchedPage> {
  // Pinned locale and zone: the page must not depend on the reader's (it formats for id-ID itself).
  const context = await browser.newContext({ viewport, locale: 'en-US', timezoneId: 'Asia/Pontianak' });
  contexts.push(context);
  const page = await context.newPage();
  await before?.(page);
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.locator('#map path[data-code]').first().waitFor();
  return { page, requests, errors };
}

/** The fill of one regency on the map. */
export function regencyFill(page: Page, code: string): Promise<string | null> {
  return page.locator(`#map path[data-code="${code}"]`).getAttribute('fill');
}

/** Closes every page opened so far. */
export async function closePages(): Promise<void> {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
}
