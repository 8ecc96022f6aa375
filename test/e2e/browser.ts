// One Chromium for a test file, pages that record what the page asks for and complains about, and
// readers of the map's colours from whichever renderer draws it.
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import type { ParitranaMap } from '../../src/elements/map/map.component.ts';
import type { RegencyFeatureState } from '../../src/elements/map/map-paint.ts';

/** The 14 regencies and cities of West Kalimantan, by Kemendagri code. */
export const REGENCY_CODES = ['61.01', '61.02', '61.03', '61.04', '61.05', '61.06', '61.07', '61.08', '61.09', '61.10', '61.11', '61.12', '61.71', '61.72'];

/** Without WebGL: the flags take WebGL away from the whole browser, as on an old or locked-down machine. */
export const NO_WEBGL_ARGS = ['--disable-webgl', '--disable-3d-apis'];

/**
 * MapLibre reaches its first idle about a second after the SVG map here (SwiftShader); a loaded CI
 * machine may take much longer, and a test that waits for it must not fail for that alone.
 */
export const WEBGL_TIMEOUT = 25_000;

async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('e2e: no Chromium found; run node scripts/setup.mjs --browser or set CHROMIUM_PATH');
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...extraArgs], headless: true });
}

export interface BrowserSession {
  /** The file's Chromium, once launched (in beforeAll). */
  readonly browser: Browser;
}

type Lazy<T> = T | (() => T);
const value = <T,>(lazy: Lazy<T>): T => (typeof lazy === 'function' ? (lazy as () => T)() : lazy);

/**
 * The one set-up of an e2e file: Chromium launched before its tests, every page of each test checked
 * and closed after it (checkAndClosePages: nothing off the site, no unexpected error), the browser
 * closed at the end. `baseUrl` and `otherOrigins` may be functions, for sites started in beforeAll.
 */
export function useBrowser(
  baseUrl: Lazy<string>,
  { args = [], otherOrigins = [] }: { args?: readonly string[]; otherOrigins?: Lazy<readonly string[]> } = {},
): BrowserSession {
  const session: { browser?: Browser } = {};
  beforeAll(async () => {
    session.browser = await launchChromium(args);
  });
  afterEach(() => checkAndClosePages(value(baseUrl), value(otherOrigins)));
  afterAll(async () => {
    await session.browser?.close();
  });
  return {
    get browser() {
      if (!session.browser) throw new Error('e2e: the browser is launched in beforeAll; use it inside a test');
      return session.browser;
    },
  };
}

/** Where a test leaves a screenshot for a person to look at: the git-ignored test/screenshots/__actual__/. */
export function screenshotPath(name: string): string {
  const folder = fileURLToPath(new URL('../screenshots/__actual__/', import.meta.url));
  mkdirSync(folder, { recursive: true });
  return join(folder, name);
}

export interface WatchedPage {
  page: Page;
  /**
   * Every URL the page and its workers requested, in order (those the site's service worker answers
   * included). Not the service worker's own requests: it fetches the whole site to keep it for offline use.
   */
  requests: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** Runs before the page loads: to route requests, for example. */
  before?: (page: Page) => Promise<unknown>;
  /** Console errors the test provokes on purpose (a routed 404, say); any other error still fails. */
  expectedErrors?: RegExp[];
  /**
   * Also wait until MapLibre has replaced the SVG map (renderer 'webgl'): the pointer goes over the
   * map, as a reader reaching for it (MapLibre is lazy; the ceremony loads it at once), then away.
   */
  webgl?: boolean;
  /** Wait for the page's map to draw (the performance mark of main.ts and embed.html); false for pages without one. */
  waitForMap?: boolean;
  /**
   * 'block' (the default): the site's service worker is not started. Once it controls a page, what it
   * fetches passes no page.route, so a test that routes a data file would see the real one after the
   * worker took over. The offline tests ask for 'allow'.
   */
  serviceWorkers?: 'allow' | 'block';
}

interface Opened extends WatchedPage {
  context: BrowserContext;
  /** The service worker's own requests: held to the same origins as the page's. */
  workerRequests: string[];
  expectedErrors: RegExp[];
}

const opened: Opened[] = [];

export async function openPage(
  browser: Browser,
  url: string,
  { viewport = { width: 1280, height: 800 }, before, expectedErrors = [], webgl = false, waitForMap = true, serviceWorkers = 'block' }: OpenOptions = {},
): Promise<WatchedPage> {
  // Pinned locale and zone: the page must not depend on the reader's (it formats for id-ID itself).
  // Downloads are accepted so the export tests can read the files.
  const context = await browser.newContext({ viewport, locale: 'en-US', timezoneId: 'Asia/Pontianak', acceptDownloads: true, serviceWorkers });
  const page = await context.newPage();
  const watched: Opened = { context, page, requests: [], workerRequests: [], errors: [], expectedErrors };
  opened.push(watched);
  await before?.(page);
  // The context's requests: the page's, and its workers' (MapLibre parses in a worker), apart from the
  // service worker's.
  context.on('request', (request) => (request.serviceWorker() ? watched.workerRequests : watched.requests).push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') watched.errors.push(message.text());
  });
  page.on('pageerror', (error) => watched.errors.push(error.message));
  await page.goto(url);
  if (waitForMap) await waitForSvgMap(page);
  if (webgl) {
    await page.locator('#map').hover();
    await page.mouse.move(0, 0);
    await waitForWebglMap(page);
  }
  return { page, requests: watched.requests, errors: watched.errors };
}

/** Until the map drew its first picture (main.ts marks the map's paritrana-ready event). */
export async function waitForSvgMap(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('paritrana-ready-svg').length > 0);
}

/** Until MapLibre has replaced the SVG map. */
export async function waitForWebglMap(page: Page, selector = '#map'): Promise<void> {
  await page.waitForFunction((s) => document.querySelector<ParitranaMap>(s)?.renderer === 'webgl', selector, { timeout: WEBGL_TIMEOUT });
}

/** Until the map (any page, no marks needed) shows its 14 regencies in either renderer. */
export async function waitForRegencies(page: Page, selector = '#map'): Promise<void> {
  await page.waitForFunction(
    (s) => {
      const map = document.querySelector<ParitranaMap>(s);
      const root = map?.shadowRoot;
      if (!map || !root) return false;
      return map.renderer === 'webgl' || root.querySelectorAll('svg path.regency[data-code]').length === 14;
    },
    selector,
    { timeout: WEBGL_TIMEOUT },
  );
}

/** Which renderer draws the map now. */
export function mapRenderer(page: Page, selector = '#map'): Promise<string | undefined> {
  return page.evaluate((s) => document.querySelector<ParitranaMap>(s)?.renderer, selector);
}

export type RegencyClass = number | 'no-data';

/**
 * Each regency's class on the map (code -> class index, or 'no-data'), read from the renderer that
 * draws it: MapLibre's feature-state, or the SVG paths' data-class.
 */
export function regencyClasses(page: Page, selector = '#map'): Promise<Record<string, RegencyClass>> {
  return page.evaluate((s) => {
    const map = document.querySelector<ParitranaMap>(s)!;
    const root = map.shadowRoot!;
    const classes: Record<string, number | 'no-data'> = {};
    if (map.renderer === 'webgl') {
      // The keyboard list names every regency in both renderers; MapLibre holds their colours.
      for (const option of root.querySelectorAll<HTMLElement>('[role="option"][data-code]')) {
        const code = option.dataset.code!;
        const state = map.map!.getFeatureState({ source: 'regencies', id: code });
        classes[code] = state.noData === true || state.classIndex === -1 ? 'no-data' : (state.classIndex as number);
      }
    } else {
      for (const path of root.querySelectorAll<SVGPathElement>('svg path.regency[data-code]')) {
        const value = path.getAttribute('data-class')!;
        classes[path.getAttribute('data-code')!] = value === 'no-data' ? 'no-data' : Number(value);
      }
    }
    return classes;
  }, selector);
}

/** MapLibre's feature-state of one regency (the map must be drawn by WebGL). */
export function featureState(page: Page, code: string): Promise<Partial<RegencyFeatureState> & { hover?: boolean; selected?: boolean }> {
  return page.evaluate((id) => {
    const map = document.querySelector<ParitranaMap>('#map')!.map;
    if (!map) throw new Error('the map is not drawn by WebGL');
    return map.getFeatureState({ source: 'regencies', id }) as Partial<RegencyFeatureState>;
  }, code);
}

/** The map element's `selected`. */
export function mapSelected(page: Page, selector = '#map'): Promise<string | null | undefined> {
  return page.evaluate((s) => document.querySelector<ParitranaMap>(s)?.selected, selector);
}

/** One parameter of the page's address. */
export function urlParam(page: Page, name: string): string | null {
  return new URL(page.url()).searchParams.get(name);
}

/** The page's own words for a fetch of its origin: data: and blob: stay inside the page. */
function isOwnRequest(url: string, origin: string): boolean {
  return url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin;
}

/**
 * Every page opened since the last call asked nothing of another origin (than the site's, and those
 * named: a partner's) and logged no error it was not told to expect; then closes them. For afterEach.
 */
async function checkAndClosePages(baseUrl: string, otherOrigins: readonly string[] = []): Promise<void> {
  const origins = [new URL(baseUrl).origin, ...otherOrigins];
  const pages = opened.splice(0);
  try {
    for (const { requests, workerRequests, errors, expectedErrors } of pages) {
      expect(requests.length, 'the page made no request at all: was it watched?').toBeGreaterThan(0);
      expect([...requests, ...workerRequests].filter((url) => !origins.some((origin) => isOwnRequest(url, origin)))).toEqual([]);
      expect(errors.filter((error) => !expectedErrors.some((pattern) => pattern.test(error)))).toEqual([]);
    }
  } finally {
    await Promise.all(pages.map(({ context }) => context.close()));
  }
}

/**
 * A point of the page inside a regency's shape where the pointer meets that shape (not a label or a
 * neighbour): the centre of its box may lie outside a concave regency.
 */
export async function regencyPoint(page: Page, code: string): Promise<{ x: number; y: number }> {
  // At 1280x800 the map begins below the controls: bring it into the viewport first.
  await page.locator('#map').scrollIntoViewIfNeeded();
  const point = await page.evaluate((code) => {
    const root = document.querySelector<ParitranaMap>('#map')!.shadowRoot!;
    const path = root.querySelector<SVGPathElement>(`svg path.regency[data-code="${code}"]`)!;
    const box = path.getBBox();
    const toScreen = path.getScreenCTM()!;
    const candidates: DOMPoint[] = [];
    for (let i = 1; i < 20; i++) for (let j = 1; j < 20; j++) candidates.push(new DOMPoint(box.x + (box.width * i) / 20, box.y + (box.height * j) / 20));
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    candidates.sort((a, b) => Math.hypot(a.x - centre.x, a.y - centre.y) - Math.hypot(b.x - centre.x, b.y - centre.y));
    for (const candidate of candidates) {
      if (!path.isPointInFill(candidate)) continue;
      const at = candidate.matrixTransform(toScreen);
      if (root.elementFromPoint(at.x, at.y) === path) return { x: at.x, y: at.y };
    }
    return null;
  }, code);
  if (!point) throw new Error(`no point of the page reaches regency ${code}`);
  return point;
}

/** Points the mouse inside a regency's shape (not at a label or a neighbour) and returns the tooltip's text. */
export async function hoverRegency(page: Page, code: string): Promise<string> {
  const point = await regencyPoint(page, code);
  await page.mouse.move(point.x, point.y);
  const tooltip = page.locator('#map [part="tooltip"]');
  await tooltip.waitFor();
  return tooltip.innerText();
}
