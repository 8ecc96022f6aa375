// The built site's first screen in a real Chromium, at the sizes readers bring (a 1280x800 and a
// 1366x768 laptop, a 375x812 phone): the map, its legend and the year slider all on screen at once on
// load, nothing moving as the data arrive; why regencies are hatched said beside the map; the regency
// search; the table's rows selecting their regency.
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright';
import { PAGE_MESSAGES } from '../../src/pages/app/page.messages.ts';
import { mapSelected, openPage, urlParam, useBrowser } from './browser.ts';

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
  for (const size of SIZES) {
    for (const lang of ['id', 'en'] as const) {
      test(`${size.name}, ${lang}: the map, its legend and the year slider are wholly on screen on load, and nothing shifts`, async () => {
        const query = lang === 'en' ? '?year=2024&lang=en' : '?year=2024';
        const { page } = await openPage(session.browser, `${baseUrl}${query}`, { viewport: { width: size.width, height: size.height } });
        expect(await page.evaluate(() => scrollY)).toBe(0);
        for (const selector of ['h1', '.metric-choice', '#legend', '#map', '#year-slider']) {
          expect({ selector, ...(await outside(page, selector)) }).toMatchObject({ selector, ...onScreen });
        }
        // A map, not a strip: the map keeps a usable height while making room.
        expect((await outside(page, '#map')).height).toBeGreaterThanOrEqual(250);
        // The slider's own handle is on screen (the element is not merely laid out there).
        expect(await outside(page, '#year-slider [role="slider"]')).toMatchObject(onScreen);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
        expect(await layoutShift(page)).toBeLessThan(0.05);
      });
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
    expect(await why.textContent()).toContain(PAGE_MESSAGES.id.missingWhy);
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
      const search = page.getByRole('combobox', { name: PAGE_MESSAGES.id.searchLabel });
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
    const search = page.getByRole('combobox', { name: PAGE_MESSAGES.en.searchLabel });
    await search.fill('pon');
    await page.locator('#region-search-list').getByRole('option', { name: /Mempawah/ }).click();
    await expect.poll(() => urlParam(page, 'region')).toBe('61.02');
    expect(await page.locator('#details [part="heading"]').textContent()).toBe('Kabupaten Mempawah');

    await search.fill('zzz');
    expect(await page.locator('#region-search-list').getByRole('option').count()).toBe(0);
    await expect.poll(() => page.locator('#region-search-status').textContent()).toBe(PAGE_MESSAGES.en.searchNone);
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
