// The built site's first screen in a real Chromium, at the sizes readers bring (a 1280x800 and a
// 1366x768 laptop, a 375x812 phone): the map, its legend and the year slider all on screen at once on
// load, nothing moving as the data arrive; why regencies are hatched said beside the map; the regency
// search; the table's rows selecting their regency.
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright';
import { mapMetrics } from '../../src/model/metrics.ts';
import { PAGE_MESSAGES } from '../../src/pages/app/page.messages.ts';
import { fill } from '../../src/i18n/messages.ts';
import { MAP_UNIT_WORDS } from '../../src/i18n/unit-words.ts';
import type { ParitranaMap } from '../../src/elements/map/map.component.ts';
import { mapSelected, openPage, urlParam, useBrowser, WEBGL_TIMEOUT } from './browser.ts';

const baseUrl = inject('baseUrl');

const SIZES = [
  { name: 'laptop 1280x800', width: 1280, height: 800 },
  { name: 'laptop 1366x768', width: 1366, height: 768 },
  { name: 'phone 375x812', width: 375, height: 812 },
] as const;

const session = useBrowser(baseUrl);

/** The part of `selector` outside the viewport, in px on each side (all 0: wholly on screen). */
async function outside(page: Page, selector: string) {
  return page.locator(selector).evaluate((node) => {
    const box = node.getBoundingClientRect();
    // To the whole pixel: a scroll to an anchor may leave it a fraction of a pixel above the top.
    return {
      top: Math.max(0, Math.round(-box.top)),
      left: Math.max(0, Math.round(-box.left)),
      bottom: Math.max(0, Math.round(box.bottom - innerHeight)),
      right: Math.max(0, Math.round(box.right - innerWidth)),
      height: Math.round(box.height),
    };
  });
}

const onScreen = { top: 0, left: 0, bottom: 0, right: 0 };

/** The sum of the page's unexpected layout shifts so far (Chromium's Cumulative Layout Shift, without windows). */
function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) sum += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(sum), 300);
      }),
  );
}

describe('the first screen', () => {
  // Every metric of the registry, not only the default: a longer name or legend must not push the slider off.
  for (const metric of mapMetrics().map((m) => m.id)) {
    for (const size of SIZES) {
      for (const lang of ['id', 'en'] as const) {
        test(`${metric}, ${size.name}, ${lang}: title, metric, legend, map, year slider and its Play button are wholly on screen on load, and nothing shifts`, async () => {
          const query = `?year=2024&metric=${metric}${lang === 'en' ? '&lang=en' : ''}`;
          const { page } = await openPage(session.browser, `${baseUrl}${query}`, { viewport: { width: size.width, height: size.height } });
          expect(await page.evaluate(() => scrollY)).toBe(0);
          for (const selector of ['h1', '.metric-choice', '#legend', '#map', '#year-slider', '#year-slider [part="play-button"]']) {
            expect({ selector, ...(await outside(page, selector)) }).toMatchObject({ selector, ...onScreen });
          }
          // A map, not a strip: the map keeps a usable height while making room.
          expect((await outside(page, '#map')).height).toBeGreaterThanOrEqual(250);
          // The slider's own handle is on screen (the element is not merely laid out there).
          expect(await outside(page, '#year-slider [role="slider"]')).toMatchObject(onScreen);
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
          expect(await layoutShift(page)).toBeLessThan(0.05);
          // On a phone the legend is one compact block (a colour bar), not a column of entries.
          if (size.width < 640) expect((await outside(page, '#legend')).height).toBeLessThanOrEqual(100);
        });
      }
    }
  }

  test('on a laptop the title is one line, and the details and winners sit beside the map', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024`, { viewport: { width: 1366, height: 768 } });
    const lineHeight = await page.locator('h1').evaluate((h1) => parseFloat(getComputedStyle(h1).lineHeight));
    expect((await page.locator('h1').boundingBox())!.height).toBeLessThan(lineHeight * 1.5);
    const map = (await page.locator('#map').boundingBox())!;
    for (const selector of ['#details', '#winners']) {
      const box = (await page.locator(selector).boundingBox())!;
      expect(box.x, selector).toBeGreaterThanOrEqual(map.x + map.width);
    }
  });
});

describe('missing figures, explained beside the map', () => {
  test('the year says how many regencies have a figure and why the others are hatched, linking the sources', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024`);
    expect(await page.locator('#year-summary').textContent()).toMatch(/^\d+ dari 14 kabupaten\/kota memiliki angka yang dipublikasikan untuk 2024\./);
    const why = page.locator('.missing-why');
    expect(await why.textContent()).toContain(fill(PAGE_MESSAGES.id.missingWhy, MAP_UNIT_WORDS.id.regencies));
    expect(await outside(page, '.missing-why')).toMatchObject(onScreen);
    await why.getByRole('link', { name: PAGE_MESSAGES.id.missingSources }).click();
    await expect.poll(() => outside(page, '#sources')).toMatchObject(onScreen);
    expect(await page.locator('#source-list li').count()).toBeGreaterThan(5);
  });

  test('each metric of the choice says how many regencies it covers in the year shown', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024`);
    const coverage = page.locator('.metric-choice label', { has: page.locator('input[value="coverage_pct"]') });
    const summary = (await page.locator('#year-summary').textContent())!;
    const published = summary.match(/^(\d+) dari 14/)![1];
    expect(await coverage.locator('.metric-count').textContent()).toBe(`${published} dari 14 kabupaten/kota memiliki angka`);
  });
});

describe('the regency search', () => {
  for (const size of SIZES) {
    test(`${size.name}: typing "pon" offers Kota Pontianak and Mempawah (formerly Kabupaten Pontianak); the keyboard chooses Kota Pontianak`, async () => {
      const { page } = await openPage(session.browser, `${baseUrl}?year=2024`, { viewport: { width: size.width, height: size.height } });
      const search = page.getByRole('combobox', { name: fill(PAGE_MESSAGES.id.searchLabel, MAP_UNIT_WORDS.id.regencies) });
      await search.fill('pon');
      expect(await search.getAttribute('aria-expanded')).toBe('true');
      const options = page.locator('#region-search-list').getByRole('option');
      expect(await options.allTextContents()).toEqual(['Kota Pontianak', 'Kabupaten Mempawah (dahulu Kabupaten Pontianak, hingga 2014)']);
      await expect.poll(() => page.locator('#region-search-status').textContent()).toBe('2 kabupaten/kota cocok.');

      await search.press('ArrowDown');
      const active = await search.getAttribute('aria-activedescendant');
      expect(await page.locator(`#${active}`).textContent()).toBe('Kota Pontianak');
      await search.press('Enter');
      expect(await search.getAttribute('aria-expanded')).toBe('false');
      await expect.poll(() => urlParam(page, 'region')).toBe('61.71');
      expect(await mapSelected(page)).toBe('61.71');
      expect(await page.locator('#details [part="heading"]').textContent()).toBe('Kota Pontianak');
      expect(await search.inputValue()).toBe('Kota Pontianak');
      // The details are in view at every size: beside the map, or brought up under it on a phone.
      await expect.poll(() => outside(page, '#details-heading')).toMatchObject(onScreen);
      if (size.width < 640) expect(await page.locator('#selection-status').textContent()).toBe('Rincian Kota Pontianak ditampilkan.');
    });
  }

  test('a click on a suggestion chooses it; Escape closes the list, then empties the box', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024&lang=en`);
    const search = page.getByRole('combobox', { name: fill(PAGE_MESSAGES.en.searchLabel, MAP_UNIT_WORDS.en.regencies) });
    await search.fill('pon');
    await page.locator('#region-search-list').getByRole('option', { name: /Mempawah/ }).click();
    await expect.poll(() => urlParam(page, 'region')).toBe('61.02');
    expect(await page.locator('#details [part="heading"]').textContent()).toBe('Kabupaten Mempawah');

    await search.fill('zzz');
    expect(await page.locator('#region-search-list').getByRole('option').count()).toBe(0);
    await expect.poll(() => page.locator('#region-search-status').textContent()).toBe(fill(PAGE_MESSAGES.en.searchNone, MAP_UNIT_WORDS.en.regencies));
    await search.press('Escape');
    expect(await search.getAttribute('aria-expanded')).toBe('false');
    await search.press('Escape');
    expect(await search.inputValue()).toBe('');
    expect(urlParam(page, 'region')).toBe('61.02');
  });
});

describe('the figures table', () => {
  test('a row selects its regency by click or keyboard, and the selected row is marked', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024`);
    const ketapang = page.locator('#figures tbody tr[data-code="61.04"]');
    await ketapang.getByRole('button', { name: 'Ketapang: tampilkan rincian', exact: true }).click();
    await expect.poll(() => urlParam(page, 'region')).toBe('61.04');
    expect(await mapSelected(page)).toBe('61.04');
    expect(await page.locator('#details [part="heading"]').textContent()).toBe('Kabupaten Ketapang');
    expect(await ketapang.getAttribute('class')).toContain('selected');
    expect(await ketapang.getByRole('button').getAttribute('aria-pressed')).toBe('true');

    const sambas = page.locator('#figures tbody tr[data-code="61.01"]');
    await sambas.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => urlParam(page, 'region')).toBe('61.01');
    expect(await sambas.getByRole('button').getAttribute('aria-pressed')).toBe('true');
    expect(await ketapang.getByRole('button').getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('#figures tbody tr.selected').count()).toBe(1);
  });

  test('on a phone, choosing a row brings the region details into view and says so', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024`, { viewport: { width: 375, height: 812 } });
    const button = page.locator('#figures tbody tr[data-code="61.04"]').getByRole('button');
    await button.scrollIntoViewIfNeeded();
    expect((await outside(page, '#details-heading')).top).toBeGreaterThan(0);
    await button.click();
    await expect.poll(() => outside(page, '#details-heading')).toMatchObject(onScreen);
    expect(await page.locator('#selection-status').textContent()).toBe('Rincian Kabupaten Ketapang ditampilkan.');
  });
});

describe('the change metric and the address', () => {
  test('the change\'s summary says how many changes could be computed, not how many figures were published', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024&metric=coverage_change_pp`);
    const summary = (await page.locator('#year-summary').textContent())!;
    expect(summary).toMatch(/^Perubahan dari 2023 ke 2024 dapat dihitung untuk \d+ dari 14 kabupaten\/kota/);
    // As many as the map colours with a class.
    const computed = Number(summary.match(/untuk (\d+) dari/)![1]);
    expect(await page.locator('#figures tbody tr:not(.no-figure)').count()).toBe(computed);
  });

  test('a negative change is written with a minus sign, never a hyphen, in the legend and the table', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024&metric=coverage_change_pp&lang=en`);
    const legend = await page.locator('#legend').evaluate((node) => node.shadowRoot!.textContent!);
    expect(legend).toContain('\u22125 to \u22121');
    expect(legend).not.toMatch(/-\d/);
    expect(await page.locator('#figures').textContent()).not.toMatch(/-\d+[.,]?\d* percentage/);
  });

  test('an unknown metric in the address opens the default, says so over the map naming the value and the metrics, and corrects the address', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024&metric=coverage_change`);
    const notice = page.locator('#address-notice');
    await expect.poll(() => notice.isVisible()).toBe(true);
    const text = (await notice.textContent())!;
    expect(text).toContain('“coverage_change”');
    for (const metric of mapMetrics()) expect(text).toContain(metric.id);
    expect(await page.locator('.metric-choice input[value="coverage_pct"]').isChecked()).toBe(true);
    expect(urlParam(page, 'metric')).toBeNull();
    expect(await outside(page, '#year-slider')).toMatchObject(onScreen);
    await notice.getByRole('button').click();
    expect(await notice.isVisible()).toBe(false);
  });

  test('an unknown year likewise: the notice names it and the years there are, and the address is corrected', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=1999&lang=en`);
    const notice = page.locator('#address-notice');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('“1999”');
    expect(urlParam(page, 'year')).not.toBe('1999');
  });

  test('an address the page can follow shows no notice', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024&metric=coverage_change_pp`);
    expect(await page.locator('#address-notice').isVisible()).toBe(false);
  });
});

/** Where a city's dot is on the page, in either renderer. */
function cityPoint(page: Page, code: string): Promise<{ x: number; y: number; size: number }> {
  return page.evaluate((code) => {
    const map = document.querySelector<ParitranaMap>('#map')!;
    if (map.renderer === 'webgl') {
      const feature = map.map!.querySourceFeatures('cities').find((f) => f.properties.code === code)!;
      const [lng, lat] = (feature.geometry as unknown as { coordinates: [number, number] }).coordinates;
      const at = map.map!.project([lng, lat]);
      const canvas = map.map!.getCanvas().getBoundingClientRect();
      const radius = map.map!.getPaintProperty('city-symbol', 'circle-radius') as number;
      return { x: canvas.left + at.x, y: canvas.top + at.y, size: 2 * radius };
    }
    const dot = map.shadowRoot!.querySelector(`circle.city-symbol[data-code="${code}"]`)!.getBoundingClientRect();
    return { x: dot.left + dot.width / 2, y: dot.top + dot.height / 2, size: Math.min(dot.width, dot.height) };
  }, code);
}

/** Where a regency's name stands on the page (its text is dark too, and may stand beside the dot). */
function nameBox(page: Page, code: string): Promise<{ left: number; top: number; right: number; bottom: number }> {
  return page.evaluate((code) => {
    const { left, top, right, bottom } = document.querySelector('#map')!.shadowRoot!.querySelector(`.label[data-code="${code}"]`)!.getBoundingClientRect();
    return { left, top, right, bottom };
  }, code);
}

/**
 * How many near-black pixels the screen has in a band 6 px wide at radius r around a point (the
 * selection's ring, its whole stroke, whatever antialiasing does to its edges), leaving out those under
 * the city's own name, which may stand right beside its dot.
 */
async function darkInRing(page: Page, { x, y }: { x: number; y: number }, r: number, name: { left: number; top: number; right: number; bottom: number }): Promise<number> {
  const half = Math.ceil(r + 6);
  const png = await page.screenshot({ clip: { x: x - half, y: y - half, width: 2 * half, height: 2 * half } });
  return page.evaluate(
    async ({ data, half, r, x, y, name }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data: pixels, width } = context.getImageData(0, 0, canvas.width, canvas.height);
      const scale = canvas.width / (2 * half);
      let dark = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        const px = ((i / 4) % width) / scale - half;
        const py = Math.floor(i / 4 / width) / scale - half;
        const distance = Math.hypot(px, py);
        if (distance < r - 3 || distance > r + 3) continue;
        if (x + px >= name.left - 2 && x + px <= name.right + 2 && y + py >= name.top - 2 && y + py <= name.bottom + 2) continue;
        if (pixels[i]! + pixels[i + 1]! + pixels[i + 2]! < 150) dark++;
      }
      return dark;
    },
    { data: png.toString('base64'), half, r, x, y, name },
  );
}

describe('small places', () => {
  for (const webgl of [false, true]) {
    test(`${webgl ? 'MapLibre' : 'SVG'}: Kota Pontianak and Kota Singkawang are dots of at least 10 px; choosing Kota Pontianak in the search rings it`, { timeout: WEBGL_TIMEOUT + 30_000 }, async () => {
      const { page } = await openPage(session.browser, `${baseUrl}?year=2024`, { webgl });
      for (const code of ['61.71', '61.72']) expect((await cityPoint(page, code)).size).toBeGreaterThanOrEqual(10);
      const pontianak = await cityPoint(page, '61.71');
      const ring = pontianak.size / 2 + 2.5;
      const before = await darkInRing(page, pontianak, ring, await nameBox(page, '61.71'));
      const search = page.getByRole('combobox', { name: fill(PAGE_MESSAGES.id.searchLabel, MAP_UNIT_WORDS.id.regencies) });
      await search.fill('kota pon');
      await search.press('ArrowDown');
      await search.press('Enter');
      await expect.poll(() => mapSelected(page)).toBe('61.71');
      // A ring of some 50 px round; a few dark pixels of a name nearby do not make one.
      await expect.poll(async () => (await darkInRing(page, await cityPoint(page, '61.71'), ring, await nameBox(page, '61.71'))) - before).toBeGreaterThan(40);
    });
  }
});

