// The built site in a real Chromium: what a reader sees, and what the page fetches.
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright';
import { coverageScale } from '../../src/scale/coverage-scale.ts';
import { NO_DATA_FILL } from '../../src/render/choropleth.ts';
import { closePages, launchChromium, openPage, regencyFill } from './browser.ts';

const baseUrl = inject('baseUrl');
const scale = coverageScale();
const colourOf = (value: number) => scale.classify(value).colour;

const REGENCY_CODES = ['61.01', '61.02', '61.03', '61.04', '61.05', '61.06', '61.07', '61.08', '61.09', '61.10', '61.11', '61.12', '61.71', '61.72'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterEach(closePages);
afterAll(async () => {
  await browser?.close();
});

describe('the map', () => {
  test('draws the 14 regencies by Kemendagri code, coloured for the default year 2024', async () => {
    const { page } = await openPage(browser, baseUrl);
    const codes = await page.locator('#map path[data-code]').evaluateAll((paths) => paths.map((p) => p.getAttribute('data-code')));
    expect(codes.sort()).toEqual(REGENCY_CODES);
    expect(await page.locator('#year').inputValue()).toBe('2024');
    // Ketapang 68,02% in 2024: the top class.
    expect(await regencyFill(page, '61.04')).toBe(colourOf(68.02));
    expect(await regencyFill(page, '61.04')).toBe(scale.classes.at(-1)!.colour);
    // Bengkayang and Sekadau have never had a published coverage figure.
    expect(await regencyFill(page, '61.07')).toBe(NO_DATA_FILL);
    expect(await regencyFill(page, '61.09')).toBe(NO_DATA_FILL);
    // The hatch exists, so "no figure" never falls back to black or to a class colour.
    expect(await page.locator(`#map pattern#${NO_DATA_FILL.slice(5, -1)}`).count()).toBe(1);
  });

  test('names each regency with its figure and period for a tooltip and for screen readers', async () => {
    const { page } = await openPage(browser, baseUrl);
    const ketapang = page.locator('#map path[data-code="61.04"]');
    expect(await ketapang.getAttribute('aria-label')).toBe('Kabupaten Ketapang: 68,02% (tahun 2024)');
    expect(await ketapang.locator('title').textContent()).toBe('Kabupaten Ketapang: 68,02% (tahun 2024)');
    expect(await page.locator('#map path[data-code="61.07"]').getAttribute('aria-label')).toBe('Kabupaten Bengkayang: tidak ada angka terbit untuk 2024');
  });

  test('recolours when another year is chosen (Kubu Raya has figures for 2022 and 2023, none for 2024)', async () => {
    const { page } = await openPage(browser, baseUrl);
    expect(await regencyFill(page, '61.12')).toBe(NO_DATA_FILL);
    await page.locator('#year').selectOption('2023');
    await expect.poll(() => regencyFill(page, '61.12')).toBe(colourOf(39.21));
    expect(await regencyFill(page, '61.04')).toBe(colourOf(55.69));
    expect(await page.locator('#map-heading').textContent()).toContain('2023');
    await page.locator('#year').selectOption('2022');
    await expect.poll(() => regencyFill(page, '61.12')).toBe(colourOf(25.01));
    expect(await regencyFill(page, '61.04')).toBe(NO_DATA_FILL);
  });

  test('keeps the chosen year in the address, and opens on the year a link names', async () => {
    const { page } = await openPage(browser, baseUrl);
    await page.locator('#year').selectOption('2023');
    await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe('2023');
    const { page: linked } = await openPage(browser, `${baseUrl}?year=2022`);
    expect(await linked.locator('#year').inputValue()).toBe('2022');
    expect(await regencyFill(linked, '61.12')).toBe(colourOf(25.01));
  });
});

describe('the table', () => {
  test('shows each figure in Indonesian format with its period and source', async () => {
    const { page } = await openPage(browser, baseUrl);
    const ketapang = page.locator('#figures tbody tr[data-code="61.04"]');
    expect(await ketapang.locator('.figure').textContent()).toBe('68,02%');
    expect(await ketapang.locator('.period').textContent()).toBe('tahun 2024');
    expect(await ketapang.locator('a').getAttribute('href')).toMatch(/^https:\/\/ketapangmedia\.com\//);
    expect(await page.locator('#figures tbody tr[data-code="61.02"] .period').textContent()).toBe('per Sep 2024');
    expect(await page.locator('#figures tbody tr[data-code="61.07"]').textContent()).toContain('tidak ada angka terbit');
    expect(await page.locator('#figures tbody tr').count()).toBe(14);
  });
});

describe('the page', () => {
  test('asks nothing of any other origin and logs no error, through a change of year', async () => {
    const { page, requests, errors } = await openPage(browser, baseUrl);
    await page.locator('#year').selectOption('2025');
    await expect.poll(() => regencyFill(page, '61.11')).toBe(colourOf(51.59));
    const origin = new URL(baseUrl).origin;
    expect(requests.length).toBeGreaterThan(5);
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('shows no problems panel when the data files are valid', async () => {
    const { page } = await openPage(browser, baseUrl);
    expect(await page.locator('#problems').isHidden()).toBe(true);
  });

  test('links the boundaries licence, which the built site serves', async () => {
    const { page } = await openPage(browser, baseUrl);
    const href = await page.locator('a', { hasText: 'teks lisensi' }).getAttribute('href');
    const response = await page.request.get(new URL(href!, page.url()).href);
    expect(response.status()).toBe(200);
    expect(await response.text()).toMatch(/MIT License/i);
  });

  test('fits a 375 px phone: nothing wider than the screen, the table below the map', async () => {
    const { page } = await openPage(browser, baseUrl, { viewport: { width: 375, height: 812 } });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const map = await page.locator('#map svg').boundingBox();
    const table = await page.locator('#figures').boundingBox();
    expect(map!.width).toBeLessThanOrEqual(375);
    expect(table!.y).toBeGreaterThanOrEqual(map!.y + map!.height);
  });

  test('puts the map and the table side by side on a 1280 px laptop', async () => {
    const { page } = await openPage(browser, baseUrl);
    const map = await page.locator('#map svg').boundingBox();
    const table = await page.locator('#figures').boundingBox();
    expect(table!.x).toBeGreaterThanOrEqual(map!.x + map!.width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  });
});

describe('problems with the data', () => {
  test('are listed in a visible panel, and the valid rows still load', async () => {
    const badRow = '61.03,Kabupaten Sanggau,2024,coverage_pct,12%,percent,https://example.com/x,high,\n';
    const { page } = await openPage(browser, baseUrl, {
      before: (p) =>
        p.route('**/data/coverage.csv', async (route) => {
          const original = await route.fetch();
          const text = await original.text();
          await route.fulfill({ response: original, body: text.trimEnd() + '\n' + badRow });
        }),
    });
    const lines = (await page.locator('#problems .problem').allTextContents()).join('\n');
    expect(await page.locator('#problems').isVisible()).toBe(true);
    expect(lines).toMatch(/^data\/coverage\.csv:\d+: error: value: found "12%"; expected a bare number/m);
    // The bad row is dropped (Sanggau stays without a figure); every other figure is drawn.
    expect(await regencyFill(page, '61.03')).toBe(NO_DATA_FILL);
    expect(await regencyFill(page, '61.04')).toBe(colourOf(68.02));
  });

  test('a missing boundary file of the surroundings is reported and the regencies still drawn', async () => {
    const { page, errors } = await openPage(browser, baseUrl, {
      before: (p) => p.route('**/data/kalbar-context.topo.json', (route) => route.fulfill({ status: 404, body: 'not found' })),
    });
    expect(await page.locator('#problems').textContent()).toContain('data/kalbar-context.topo.json: error: found "HTTP 404"');
    expect(await page.locator('#map path[data-code]').count()).toBe(14);
    expect(await page.locator('#map .context path').count()).toBe(0);
    // The browser itself logs the failed request; the page adds no error of its own.
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
  });
});
