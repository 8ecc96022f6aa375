// The map never traps the page, at a laptop's and a phone's size (issue 9): the wheel scrolls the page
// and Ctrl + wheel zooms the map, with MapLibre's hint in the page's language; the reset button
// restores the opening view; zoomed out as far as it goes and pushed to each corner, the view stays
// inside the context box (the neighbours' cut edges never show); a tap beside Kota Pontianak on a
// phone selects Pontianak.
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright';
import { readFileSync } from 'node:fs';
import { parseProvinceInfo } from '../../src/data/province.ts';
import { mapSelected, openPage, WEBGL_TIMEOUT, useBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
// The box the site serves: the camera must keep to the very one the data hands the map.
const PROVINCE = parseProvinceInfo(JSON.parse(readFileSync('dist/data/province.json', 'utf8')), 'dist/data/province.json');
const SCREENS = [{ width: 1280, height: 800 }, { width: 1366, height: 768 }, { width: 375, height: 812 }];

const session = useBrowser(baseUrl);

const camera = (page: Page) =>
  page.evaluate(() => {
    const gl = document.querySelector<HTMLElementTagNameMap['paritrana-map']>('#map')!.map!;
    const b = gl.getBounds();
    return { zoom: gl.getZoom(), moving: gl.isMoving(), west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() };
  });

async function settled(page: Page) {
  await expect.poll(async () => (await camera(page)).moving, { timeout: 10_000 }).toBe(false);
  return camera(page);
}

describe.each(SCREENS)('at $width x $height', (viewport) => {
  test('the wheel scrolls the page, Ctrl + wheel zooms the map; reset restores the view; the view stays in the context box', { timeout: WEBGL_TIMEOUT + 40_000 }, async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024`, { viewport, webgl: true });
    const map = page.locator('#map');
    await map.scrollIntoViewIfNeeded();
    const opening = await settled(page);
    const box = (await map.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);

    const scrollBefore = await page.evaluate(() => scrollY);
    await page.mouse.wheel(0, 200);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrollBefore);
    expect((await settled(page)).zoom).toBeCloseTo(opening.zoom, 5);
    // MapLibre's hint, in Bahasa Indonesia (the page's language).
    const hint = await page.evaluate(() => document.querySelector('#map')!.shadowRoot!.querySelector('.maplibregl-cooperative-gesture-screen')!.textContent);
    expect(hint).toContain('Ctrl');
    expect(hint).toContain('memperbesar');

    const now = (await map.boundingBox())!;
    await page.mouse.move(now.x + now.width / 2, now.y + now.height / 2);
    const scrollAt = await page.evaluate(() => scrollY);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(async () => (await camera(page)).zoom, { timeout: 10_000 }).toBeGreaterThan(opening.zoom + 0.2);
    expect(await page.evaluate(() => scrollY)).toBe(scrollAt);
    expect((await settled(page)).zoom).toBeGreaterThan(opening.zoom + 0.2);

    // Reset: the province fitted to the frame as it is now (the page may have resized it since it opened).
    await page.getByRole('button', { name: 'Tampilan awal' }).click();
    const reset = await settled(page);
    const fitted = await page.evaluate(() => {
      const gl = document.querySelector<HTMLElementTagNameMap['paritrana-map']>('#map')!.map!;
      const points = gl.querySourceFeatures('province').flatMap((f) => (f.geometry as GeoJSON.MultiPolygon | GeoJSON.Polygon).coordinates.flat(3) as number[]);
      const [lngs, lats] = [points.filter((_, i) => i % 2 === 0), points.filter((_, i) => i % 2 === 1)];
      return gl.cameraForBounds([[Math.min(...lngs), Math.min(...lats)], [Math.max(...lngs), Math.max(...lats)]], { padding: 12 })!.zoom!;
    });
    // Within a tenth of a zoom level: MapLibre's tiled copy of the outline runs a little past the real one.
    expect(Math.abs(reset.zoom - fitted)).toBeLessThan(0.1);
    expect(reset.zoom).toBeLessThan(opening.zoom + 0.6);

    // As far out as it goes, then to each corner: the frame stays inside the context box.
    const { west, south, east, north } = PROVINCE.contextBox;
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Perkecil peta' }).click();
    for (const [lng, lat] of [[west, north], [east, north], [east, south], [west, south]]) {
      await page.evaluate(([x, y]) => document.querySelector<HTMLElementTagNameMap['paritrana-map']>('#map')!.map!.jumpTo({ center: [x!, y!] }), [lng, lat]);
      const view = await settled(page);
      expect(view.west).toBeGreaterThanOrEqual(west);
      expect(view.east).toBeLessThanOrEqual(east);
      expect(view.south).toBeGreaterThanOrEqual(south);
      expect(view.north).toBeLessThanOrEqual(north);
    }
  });
});

describe('on a phone, 375 x 812', () => {
  test('a tap beside Kota Pontianak, within its 44 px target, selects Pontianak (MapLibre)', { timeout: WEBGL_TIMEOUT + 20_000 }, async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024`, { viewport: { width: 375, height: 812 }, webgl: true });
    await page.locator('#map').scrollIntoViewIfNeeded();
    await settled(page);
    const point = await page.evaluate(() => {
      const element = document.querySelector<HTMLElementTagNameMap['paritrana-map']>('#map')!;
      const gl = element.map!;
      const feature = gl.querySourceFeatures('regencies').find((f) => f.properties.code === '61.71')!;
      const ring = (feature.geometry as GeoJSON.Polygon).coordinates[0]!;
      const lng = ring.reduce((s, p) => s + p[0]!, 0) / ring.length;
      const lat = ring.reduce((s, p) => s + p[1]!, 0) / ring.length;
      const p = gl.project([lng, lat]);
      const frame = element.getBoundingClientRect();
      return { x: frame.left + p.x, y: frame.top + p.y };
    });
    // 16 px beside the city's middle: on Kubu Raya, which a tap there used to select.
    await page.mouse.click(point.x - 16, point.y);
    await expect.poll(() => mapSelected(page)).toBe('61.71');
  });
});
