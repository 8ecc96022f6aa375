// The ceremony's first screen (issue 21): the title card and the SVG map come at once, without
// MapLibre, whose code and WebGL set-up kept a projector's laptop busy for seconds before anything
// could be pressed. MapLibre comes once the show is under way, in time for the camera to fly to the
// first winner.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright';
import type { Topology } from 'topojson-specification';
import type { ParitranaMap } from '../../src/elements/map/map.component.ts';
import { stepBounds } from '../../src/render/bounds.ts';
import { mapRenderer, openPage, screenshotPath, useBrowser, WEBGL_TIMEOUT } from './browser.ts';

const baseUrl = inject('baseUrl');
const topology = JSON.parse(readFileSync(fileURLToPath(new URL('../../dist/data/regencies.topo.json', import.meta.url)), 'utf8')) as Topology;

const session = useBrowser(baseUrl);

/** MapLibre's code, its renderer module and its worker, by the names the build gives their chunks. */
const MAPLIBRE = /\/assets\/(maplibre-gl|webgl-map)[-.]/;

function cardKind(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.querySelector<HTMLElement>('#card')!.dataset.kind);
}

/** Whether MapLibre's canvas is in the map. */
function hasCanvas(page: Page): Promise<boolean> {
  return page.evaluate(() => document.querySelector('#map')!.shadowRoot!.querySelector('.maplibregl-canvas') !== null);
}

/** The MapLibre camera's centre lies inside the regency's box. */
async function centreInside(page: Page, code: string): Promise<boolean> {
  const [[west, south], [east, north]] = stepBounds(topology, code)!;
  const centre = await page.evaluate(() => document.querySelector<ParitranaMap>('#map')!.map?.getCenter().toArray() ?? null);
  if (!centre) return false;
  return centre[0]! >= west && centre[0]! <= east && centre[1]! >= south && centre[1]! <= north;
}

describe('the ceremony\'s first screen', () => {
  test('the title card and its SVG map come without MapLibre; the clicker starts it, and the camera flies to the first winner', { timeout: WEBGL_TIMEOUT + 45_000 }, async () => {
    const { page, requests } = await openPage(session.browser, `${baseUrl}present.html?edition=2025`, { viewport: { width: 1920, height: 1080 } });
    expect(await cardKind(page)).toBe('title');
    expect(await page.evaluate(() => document.querySelector('#map')!.shadowRoot!.querySelectorAll('svg path.regency[data-code]').length)).toBe(14);
    // Time enough for a MapLibre started with the SVG map to have been asked for (it was, at once,
    // before issue 21): the page's load, and a second more with nothing pressed.
    await page.waitForLoadState('load');
    await page.waitForTimeout(1_500);
    expect(requests.filter((url) => MAPLIBRE.test(url))).toEqual([]);
    expect(await mapRenderer(page)).toBe('svg');
    expect(await hasCanvas(page)).toBe(false);
    await page.screenshot({ path: screenshotPath('present-first-screen-1080.png') });

    // The clicker's first press: the show is under way, MapLibre comes, and has drawn long before the first winner.
    await page.keyboard.press('PageDown');
    await expect.poll(() => cardKind(page)).toBe('province');
    await expect.poll(() => requests.some((url) => MAPLIBRE.test(url))).toBe(true);
    await expect.poll(() => mapRenderer(page), { timeout: WEBGL_TIMEOUT }).toBe('webgl');
    expect(await hasCanvas(page)).toBe(true);
    for (const kind of ['category', 'nominees', 'winner']) {
      await page.keyboard.press('PageDown');
      await expect.poll(() => cardKind(page)).toBe(kind);
    }
    // The first winner, Sekadau: the camera flies there.
    expect(await page.evaluate(() => document.querySelector<HTMLElement>('#card')!.dataset.code)).toBe('61.09');
    await expect.poll(() => centreInside(page, '61.09'), { timeout: 10_000 }).toBe(true);
    await page.screenshot({ path: screenshotPath('present-first-winner-1080.png') });
  });

  test('a ceremony opened at a winner (a reload during the show) brings MapLibre at once, the camera on the winner', { timeout: WEBGL_TIMEOUT + 30_000 }, async () => {
    const { page } = await openPage(session.browser, `${baseUrl}present.html?edition=2025&step=5`, { viewport: { width: 1280, height: 720 } });
    expect(await cardKind(page)).toBe('winner');
    await expect.poll(() => mapRenderer(page), { timeout: WEBGL_TIMEOUT }).toBe('webgl');
    await expect.poll(() => centreInside(page, '61.09'), { timeout: 10_000 }).toBe(true);
  });
});
