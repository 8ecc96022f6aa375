// The built site in a real Chromium: the layout on a phone and a laptop, problems with the data files,
// and the files the page links.
import { describe, expect, inject, test } from 'vitest';
import { metricScale } from '../../src/scale/metric-scale.ts';
import { openPage, REGENCY_CODES, regencyClasses, useBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
const classOf = (value: number) => metricScale('coverage_pct').classify(value).index;

const session = useBrowser(baseUrl);

describe('the layout', () => {
  test('fits a 375 px phone: nothing wider than the screen, and the map shown', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024&region=61.04`, { viewport: { width: 375, height: 812 } });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const map = page.locator('#map');
    await map.scrollIntoViewIfNeeded();
    expect(await map.isVisible()).toBe(true);
    const box = (await map.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    expect(box.height).toBeGreaterThan(200);
    // The side panel (region details) follows the map on a phone.
    const side = (await page.locator('#details').boundingBox())!;
    expect(side.y).toBeGreaterThanOrEqual(box.y + box.height);
  });

  test('puts the map and the side panel side by side on a 1280 px laptop', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024&region=61.04`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    const map = (await page.locator('#map').boundingBox())!;
    const side = (await page.locator('#details').boundingBox())!;
    expect(side.x).toBeGreaterThanOrEqual(map.x + map.width);
    // Side by side: their vertical extents overlap.
    expect(side.y).toBeLessThan(map.y + map.height);
    expect(map.y).toBeLessThan(side.y + side.height);
    expect(side.x + side.width).toBeLessThanOrEqual(1280);
  });
});

describe('problems with the data', () => {
  test('on a site deployed with its CSV files alone, a bad row is listed in a visible panel, and the valid rows still draw', async () => {
    // The shipped file's columns end with note and note_id: the bad row gives both, empty.
    const badRow = '61.03,Kabupaten Sanggau,2024,coverage_pct,12%,percent,https://example.com/x,high,,\n';
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024`, {
      before: async (p) => {
        // No dataset.json (the build's checked copy): the page reads and checks the CSV files itself.
        await p.route('**/data/dataset.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
        await p.route('**/data/coverage.csv', async (route) => {
          const original = await route.fetch();
          const text = await original.text();
          await route.fulfill({ response: original, body: text.trimEnd() + '\n' + badRow });
        });
      },
      expectedErrors: [/status of 404/],
    });
    expect(await page.locator('#problems').isVisible()).toBe(true);
    const lines = (await page.locator('#problems .problem').allTextContents()).join('\n');
    expect(lines).toMatch(/^Kesalahan di data\/coverage\.csv, baris \d+, kolom “value”: tertulis "12%"; seharusnya angka saja/m);
    // The bad row is dropped (Sanggau stays without a figure); every other figure is drawn.
    const classes = await regencyClasses(page);
    expect(Object.keys(classes).sort()).toEqual(REGENCY_CODES);
    expect(classes['61.03']).toBe('no-data');
    expect(classes['61.04']).toBe(classOf(68.02));
    expect(classes['61.08']).toBe(classOf(53.43));
  });

  test('shows no problems panel when the data files are valid', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024`);
    expect(await page.locator('#problems').isHidden()).toBe(true);
  });

  test('a missing boundary file of the surroundings is reported, and the regencies still drawn', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024`, {
      before: (p) => p.route('**/data/context.topo.json', (route) => route.fulfill({ status: 404, body: 'not found' })),
      // The browser itself logs the failed request; the page must add no error of its own.
      expectedErrors: [/status of 404/],
    });
    expect(await page.locator('#problems').textContent()).toContain('Kesalahan di data/context.topo.json: tertulis "HTTP 404"');
    const classes = await regencyClasses(page);
    expect(Object.keys(classes).sort()).toEqual(REGENCY_CODES);
    expect(classes['61.04']).toBe(classOf(68.02));
  });
});

describe('linked files', () => {
  test('the boundaries licence the page links is served by the built site', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024`);
    const href = await page.locator('a', { hasText: 'teks lisensi' }).getAttribute('href');
    const response = await page.request.get(new URL(href!, page.url()).href);
    expect(response.status()).toBe(200);
    expect(await response.text()).toMatch(/MIT License/i);
  });
});
