// The first screen written into index.html at build time (src/pages/app/first-screen.ts), in a real
// Chromium: with JavaScript off a reader still gets the coloured map, its legend, the year and the table;
// with it on, the script draws exactly what the HTML showed (same colours, names, summary and rows); an
// address asking for another year shows the shapes without the written year's colours until the page draws.
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright';
import { openPage, REGENCY_CODES, useBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
const session = useBrowser(baseUrl);

/** The pre-rendered picture as the HTML has it: each regency's fill, the names, the summary and the table's order. */
async function writtenScreen(): Promise<{ fills: Record<string, string>; summary: string; rows: string[]; year: string }> {
  const html = await (await fetch(baseUrl)).text();
  const fills = Object.fromEntries([...html.matchAll(/<path class="regency" data-code="([^"]+)" d="[^"]+" fill="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
  const summary = /<p id="year-summary"[^>]*><span class="first-screen-text">([^<]*)<\/span>/.exec(html)?.[1] ?? '';
  const tbody = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  const rows = [...tbody.matchAll(/<tr data-code="([^"]+)"/g)].map((m) => m[1]!);
  const year = /<p class="first-screen-year">(\d{4})<\/p>/.exec(html)?.[1] ?? '';
  return { fills, summary, rows, year };
}

async function onScreen(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((node) => {
    const box = node.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
  });
}

/**
 * The page with its script held back until `release`: what is seen meanwhile is the HTML alone (and the
 * head's classic script). Navigation is not awaited to its end: the load waits for the held script.
 */
async function openHeld(url: string): Promise<{ page: Page; release: () => void; close: () => Promise<void> }> {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector('svg.first-screen-map');
  return { page, release, close: () => context.close() };
}

describe('the first screen in the HTML', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 375, height: 812 },
  ]) {
    test(`with JavaScript off at ${viewport.width}x${viewport.height}: the coloured map, the legend and the year above the fold, and the table of figures`, async () => {
      const context = await session.browser.newContext({ viewport, javaScriptEnabled: false });
      try {
          const page = await context.newPage();
          await page.goto(baseUrl);
          const regencies = page.locator('#map svg.first-screen-map path.regency');
          expect(await regencies.count()).toBe(14);
          expect((await regencies.evaluateAll((paths) => paths.map((p) => p.getAttribute('data-code')))).sort()).toEqual(REGENCY_CODES);
          const colours = new Set((await regencies.evaluateAll((paths) => paths.map((p) => p.getAttribute('fill')))).filter((fill) => fill?.startsWith('#')));
          expect(colours.size).toBeGreaterThanOrEqual(3);
          // Drawn, not only present: the map's box is the frame's, and on screen.
          expect(await onScreen(page, '#map svg.first-screen-map')).toBe(true);
          expect(await page.locator('#map svg.first-screen-map').evaluate((svg) => svg.getBoundingClientRect().height)).toBeGreaterThan(200);
          expect(await onScreen(page, '#legend .first-screen-legend')).toBe(true);
          expect(await page.locator('#legend .first-screen-legend li').count()).toBeGreaterThanOrEqual(3);
          const { year } = await writtenScreen();
          expect(year).toMatch(/^20\d\d$/);
          expect(await page.locator('#year-slider .first-screen-year').textContent()).toBe(year);
          expect(await onScreen(page, '#year-slider .first-screen-year')).toBe(true);
          // The names of the screen's size are shown, the other size's are not.
          const shownNames = await page.locator('#map .first-screen-labels').evaluateAll((sets) => sets.filter((set) => getComputedStyle(set).display !== 'none').length);
          expect(shownNames).toBe(1);
          expect(await page.locator('#figures tbody tr').count()).toBe(14);
          // Nothing promises what cannot come: no "loading", no controls that need a script.
          expect(await page.locator('#status').isVisible()).toBe(false);
          expect(await page.locator('#download-csv').isVisible()).toBe(false);
          expect(await page.locator('.noscript-note').isVisible()).toBe(true);
      } finally {
        await context.close();
      }
    });
  }

  test('the script draws what the HTML showed: the same colour for each regency, the same summary and the same order of rows', async () => {
    const written = await writtenScreen();
    expect(Object.keys(written.fills).sort()).toEqual(REGENCY_CODES);
    const { page } = await openPage(session.browser, `${baseUrl}?webgl=0`);
    const drawn = await page.evaluate(() => {
      const root = document.querySelector('#map')!.shadowRoot!;
      return Object.fromEntries([...root.querySelectorAll('.regency[data-code]')].map((path) => [path.getAttribute('data-code'), path.getAttribute('fill')]));
    });
    // The hatch is the same pattern under another id in the element's own SVG.
    const hatch = (fill: unknown) => (typeof fill === 'string' && fill.startsWith('url(') ? 'hatch' : fill);
    expect(Object.fromEntries(Object.entries(drawn).map(([code, fill]) => [code, hatch(fill)]))).toEqual(Object.fromEntries(Object.entries(written.fills).map(([code, fill]) => [code, hatch(fill)])));
    expect(await page.locator('#year-summary').textContent()).toBe(written.summary);
    expect(await page.locator('#figures tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-code')))).toEqual(written.rows);
    expect(await page.evaluate(() => String(document.querySelector('paritrana-year-slider')!.value))).toBe(written.year);
    // The written rows gave way to the page's own: each regency once.
    expect(await page.locator('#figures tbody tr').count()).toBe(14);
  });

  test('an address asking for another year shows the shapes without the written year\'s colours or words until the page draws its own', async () => {
    const { year } = await writtenScreen();
    const other = Number(year) - 1;
    const { page, release, close } = await openHeld(`${baseUrl}?year=${other}&webgl=0`);
    try {
      expect(await page.evaluate(() => document.documentElement.hasAttribute('data-first-screen-other'))).toBe(true);
      expect(await page.locator('#year-slider .first-screen-year').evaluate((node) => getComputedStyle(node).visibility)).toBe('hidden');
      expect(await page.locator('#year-summary .first-screen-text').evaluate((node) => getComputedStyle(node).visibility)).toBe('hidden');
      const land = await page.locator('svg.first-screen-map path.regency').first().evaluate((path) => getComputedStyle(path).fill);
      const fills = await page.locator('svg.first-screen-map path.regency').evaluateAll((paths) => new Set(paths.map((p) => getComputedStyle(p).fill)).size);
      expect(fills).toBe(1);
      expect(land).not.toBe('none');
      release();
      await page.waitForFunction((y) => document.querySelector('paritrana-year-slider')?.value === y, other, { timeout: 30_000 });
      await page.waitForFunction(() => document.querySelector('#map')?.shadowRoot?.querySelectorAll('.regency').length === 14, null, { timeout: 30_000 });
      expect(await page.locator('#year-summary').textContent()).toContain(String(other));
    } finally {
      await close();
    }
  }, 60_000);

  test('the default address keeps the written first screen as it is', async () => {
    const { page, release, close } = await openHeld(baseUrl);
    try {
      expect(await page.evaluate(() => document.documentElement.hasAttribute('data-first-screen-other'))).toBe(false);
      expect(await page.locator('#year-slider .first-screen-year').isVisible()).toBe(true);
      release();
      await page.waitForFunction(() => document.querySelector('#map')?.shadowRoot?.querySelectorAll('.regency').length === 14, null, { timeout: 30_000 });
    } finally {
      await close();
    }
  }, 60_000);

  test('the regency search comes after the first screen; what is typed and pressed before it has come is not lost', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = false;
    const { page } = await openPage(session.browser, `${baseUrl}?webgl=0`, {
      before: (p) =>
        p.route(/\/assets\/region-search-[^/]*\.js$/, async (route) => {
          asked = true;
          await held;
          await route.continue();
        }),
    });
    // Not on the critical path: asked for after the first drawing, not before.
    const html = await (await fetch(baseUrl)).text();
    expect(html).not.toMatch(/region-search-[^"]*\.js/);
    const search = page.locator('#region-search-input');
    await search.fill('kota pon');
    await search.press('ArrowDown');
    await search.press('Enter');
    expect(asked).toBe(true);
    release();
    await page.waitForFunction(() => document.querySelector('paritrana-map')?.selected === '61.71', null, { timeout: 30_000 });
    expect(await search.inputValue()).toBe('Kota Pontianak');
  }, 60_000);
});
