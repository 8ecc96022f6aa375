// Light and dark: the pages follow the system's prefers-color-scheme, and the reader's choice in the
// app's header (public/colour-scheme.js), remembered and set before the first paint. On a dark page
// the ground is dark, the legend's classes still differ from each other and stand apart from the
// page, and the map (SVG and WebGL) draws its lines and sea in the dark colours.
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright';
import type { ParitranaMap } from '../../src/elements/map/map.component.ts';
import { MAP_COLOURS, MAP_COLOURS_DARK } from '../../src/render/tokens.ts';
import { contrast, luminance, rgbOf } from '../contrast.ts';
import { openPage, useBrowser, waitForRegencies, waitForWebglMap, WEBGL_TIMEOUT } from './browser.ts';

const baseUrl = inject('baseUrl');
const session = useBrowser(baseUrl);

const dark = (page: Page) => page.emulateMedia({ colorScheme: 'dark' });
const light = (page: Page) => page.emulateMedia({ colorScheme: 'light' });

/** The page's ground and text, as the reader sees them (body, else html). */
function pageColours(page: Page): Promise<{ background: string; text: string }> {
  return page.evaluate(() => {
    const body = getComputedStyle(document.body);
    const background = body.backgroundColor === 'rgba(0, 0, 0, 0)' ? getComputedStyle(document.documentElement).backgroundColor : body.backgroundColor;
    return { background, text: body.color };
  });
}

/** The legend's class swatches (left to right) and their border, as drawn. */
function legendSwatches(page: Page, selector = '#legend'): Promise<{ classes: string[]; border: string }> {
  return page.evaluate((s) => {
    const swatches = [...document.querySelector(s)!.shadowRoot!.querySelectorAll<HTMLElement>('[part~="swatch"].class')];
    return { classes: swatches.map((swatch) => getComputedStyle(swatch).backgroundColor), border: getComputedStyle(swatches[0]!).borderTopColor };
  }, selector);
}

/** Each class differs from the next, and from the page by itself or by its border (WCAG 1.4.11, 3:1). */
function expectDistinguishable({ classes, border }: { classes: string[]; border: string }, background: string): void {
  expect(classes.length).toBeGreaterThanOrEqual(5);
  expect(new Set(classes).size).toBe(classes.length);
  for (let i = 1; i < classes.length; i++) expect(contrast(classes[i - 1]!, classes[i]!), `classes ${i - 1} and ${i}`).toBeGreaterThanOrEqual(1.2);
  expect(contrast(border, background), 'swatch border on the page').toBeGreaterThanOrEqual(3);
  for (const [i, colour] of classes.entries()) expect(Math.max(contrast(colour, background), contrast(colour, border)), `class ${i}`).toBeGreaterThanOrEqual(3);
}

describe('a dark system: every page is dark', () => {
  test.each([
    ['the app', ''],
    ['the app in English', '?lang=en'],
    ['the data desk', 'desk.html'],
    ['the iframe route', 'embed.html?view=all&year=2024'],
    ['the gallery', 'gallery.html'],
  ])('%s: a dark ground, light text', async (_, path) => {
    const { page } = await openPage(session.browser, `${baseUrl}${path}`, { before: dark, waitForMap: false });
    await page.waitForLoadState('load');
    const { background, text } = await pageColours(page);
    expect(luminance(background), background).toBeLessThan(0.03);
    expect(contrast(text, background), text).toBeGreaterThanOrEqual(7);
  });

  test('the app: the legend\'s classes differ from each other and from the page, light and dark', async () => {
    for (const scheme of [light, dark]) {
      const { page } = await openPage(session.browser, `${baseUrl}?year=2024`, { before: scheme });
      const { background } = await pageColours(page);
      expectDistinguishable(await legendSwatches(page), background);
    }
  });

  test('the SVG map draws its sea, lines and hatch in the dark colours, and the names with a dark halo', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024`, { before: dark });
    const drawn = await page.evaluate(() => {
      const root = document.querySelector('#map')!.shadowRoot!;
      const style = (selector: string) => getComputedStyle(root.querySelector(selector)!);
      return {
        sea: style('.sea').fill,
        border: style('.regency-borders').stroke,
        hatchGround: style('.hatch-ground').fill,
        halo: style('.label').textShadow,
      };
    });
    expect(rgbOf(drawn.sea)).toEqual(rgbOf(MAP_COLOURS_DARK.sea));
    expect(rgbOf(drawn.border)).toEqual(rgbOf(MAP_COLOURS_DARK.regencyBorder));
    expect(rgbOf(drawn.hatchGround)).toEqual(rgbOf(MAP_COLOURS_DARK.noData));
    expect(rgbOf(drawn.halo)).toEqual(rgbOf(MAP_COLOURS_DARK.halo));
  });

  test('the present page keeps its light map on the dark stage', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}present.html?edition=2025`, { before: dark, viewport: { width: 1280, height: 720 }, waitForMap: false });
    await waitForRegencies(page, '#map');
    const sea = await page.evaluate(() => getComputedStyle(document.querySelector('#map')!).backgroundColor);
    expect(rgbOf(sea)).toEqual(rgbOf(MAP_COLOURS.sea));
  });
});

describe('the reader\'s choice', () => {
  test('"Gelap" on a light system: the page turns dark, MapLibre too, and stays dark on the next visit from its first paint', { timeout: WEBGL_TIMEOUT + 40_000 }, async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024`, { before: light, webgl: true });
    const seaOf = () => page.evaluate(() => document.querySelector<ParitranaMap>('#map')!.map!.getPaintProperty('sea', 'background-color') as string);
    const borderOf = () => page.evaluate(() => document.querySelector<ParitranaMap>('#map')!.map!.getPaintProperty('regency-borders', 'line-color') as string);
    expect(rgbOf(await seaOf())).toEqual(rgbOf(MAP_COLOURS.sea));
    expect(luminance((await pageColours(page)).background)).toBeGreaterThan(0.9);

    await page.locator('#colour-scheme').selectOption('dark');
    await expect.poll(async () => luminance((await pageColours(page)).background)).toBeLessThan(0.03);
    // MapLibre reads no CSS: the element tells it, and the lines and sea change with the page.
    await expect.poll(async () => rgbOf(await seaOf())).toEqual(rgbOf(MAP_COLOURS_DARK.sea));
    expect(rgbOf(await borderOf())).toEqual(rgbOf(MAP_COLOURS_DARK.regencyBorder));

    // The next visit: dark when the body is first parsed, before any module has run.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        observer.disconnect();
        (window as unknown as { schemeAtBody: string | undefined }).schemeAtBody = document.documentElement.dataset.colourScheme;
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    await waitForWebglMap(page).catch(() => {});
    expect(await page.evaluate(() => (window as unknown as { schemeAtBody: string | undefined }).schemeAtBody)).toBe('dark');
    expect(await page.locator('#colour-scheme').inputValue()).toBe('dark');

    // "Otomatis": the system's again (light here), and forgotten.
    await page.locator('#colour-scheme').selectOption('system');
    await expect.poll(async () => luminance((await pageColours(page)).background)).toBeGreaterThan(0.9);
    expect(await page.evaluate(() => localStorage.getItem('paritrana-colour-scheme'))).toBeNull();
  });
});

describe('forced colours (Windows high contrast)', () => {
  test('the year slider\'s rail and thumb stay drawn, and the legend keeps its colours', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024`, { before: (p) => p.emulateMedia({ forcedColors: 'active' }) });
    const drawn = await page.evaluate(() => {
      const slider = document.querySelector('#year-slider')!.shadowRoot!;
      const style = (selector: string) => getComputedStyle(slider.querySelector(selector)!);
      return {
        forced: matchMedia('(forced-colors: active)').matches,
        line: { width: style('.line').borderTopWidth, colour: style('.line').borderTopColor },
        thumb: { width: style('[part~="thumb"]').borderTopWidth, colour: style('[part~="thumb"]').borderTopColor },
        canvas: getComputedStyle(document.body).backgroundColor,
      };
    });
    expect(drawn.forced).toBe(true);
    expect(drawn.line.width).toBe('4px');
    expect(contrast(drawn.line.colour, drawn.canvas)).toBeGreaterThanOrEqual(3);
    expect(drawn.thumb.width).toBe('3px');
    expect(contrast(drawn.thumb.colour, drawn.canvas)).toBeGreaterThanOrEqual(3);
    const { classes } = await legendSwatches(page);
    expect(new Set(classes).size).toBe(classes.length);
  });
});
