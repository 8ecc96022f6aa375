// The built site in a real Chromium with WebGL (SwiftShader): the map's colours, the year slider, the
// legend's highlight, the metric and the carry-forward choice, as a reader drives them.
import { metricDefinition } from '../../src/model/metrics.ts';
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright';
import { metricScale } from '../../src/scale/metric-scale.ts';
import {
  featureState,
  openPage,
  REGENCY_CODES,
  regencyClasses,
  urlParam,
  WEBGL_TIMEOUT,
  useBrowser,
} from './browser.ts';

const baseUrl = inject('baseUrl');
const coverage = metricScale('coverage_pct');
const change = metricScale('coverage_change_pp');
const classOf = (value: number) => coverage.classify(value).index;

const session = useBrowser(baseUrl);

/** Moves the year slider by a key, as a keyboard reader does. */
async function pressOnSlider(page: Page, key: string): Promise<void> {
  await page.locator('#year-slider [role="slider"]').focus();
  await page.keyboard.press(key);
}

describe('the map', () => {
  test('colours all 14 regencies by the year the address names, with MapLibre', { timeout: WEBGL_TIMEOUT + 15_000 }, async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024`, { webgl: true });
    const classes = await regencyClasses(page);
    expect(Object.keys(classes).sort()).toEqual(REGENCY_CODES);
    // Ketapang 68,02%: the top class. Landak 53,43%. Bengkayang and Sekadau never published coverage.
    expect(classes['61.04']).toBe(classOf(68.02));
    expect(classes['61.04']).toBe(coverage.classes.length - 1);
    expect(classes['61.08']).toBe(classOf(53.43));
    expect(classes['61.07']).toBe('no-data');
    expect(classes['61.09']).toBe('no-data');
    // Kubu Raya has no 2024 figure, and none is carried in unless the reader asks.
    expect(classes['61.12']).toBe('no-data');
    expect(await page.locator('#map-heading').textContent()).toContain('2024');

    const { page: page2023 } = await openPage(session.browser, `${baseUrl}?year=2023`, { webgl: true });
    const classes2023 = await regencyClasses(page2023);
    expect(classes2023['61.12']).toBe(classOf(39.21));
    expect(classes2023['61.04']).toBe(classOf(55.69));
    expect(classes2023['61.08']).toBe('no-data');
    expect(await page2023.locator('#map-heading').textContent()).toContain('2023');
  });

  test('recolours, rewrites the address and renames the heading when the year slider moves by keyboard', { timeout: WEBGL_TIMEOUT + 15_000 }, async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024`, { webgl: true });
    const heading = page.locator('#map-heading');

    await pressOnSlider(page, 'ArrowLeft');
    await expect.poll(() => urlParam(page, 'year')).toBe('2023');
    await expect.poll(async () => (await regencyClasses(page))['61.12']).toBe(classOf(39.21));
    expect((await regencyClasses(page))['61.04']).toBe(classOf(55.69));
    expect(await heading.textContent()).toContain('2023');
    expect(await heading.textContent()).not.toContain('2024');

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => urlParam(page, 'year')).toBe('2024');
    await expect.poll(async () => (await regencyClasses(page))['61.04']).toBe(classOf(68.02));
    expect((await regencyClasses(page))['61.12']).toBe('no-data');
    expect(await heading.textContent()).toContain('2024');

    // Home: 2018, the year of the province's earliest figure (April 2018), with no regency figure.
    await page.keyboard.press('Home');
    await expect.poll(() => urlParam(page, 'year')).toBe('2018');
    await expect.poll(async () => new Set(Object.values(await regencyClasses(page)))).toEqual(new Set(['no-data']));
    expect(await heading.textContent()).toContain('2018');

    // End: 2025, where Kayong Utara has 51,59%.
    await page.keyboard.press('End');
    await expect.poll(() => urlParam(page, 'year')).toBe('2025');
    await expect.poll(async () => (await regencyClasses(page))['61.11']).toBe(classOf(51.59));
    expect(await heading.textContent()).toContain('2025');
    expect(await page.locator('#year-slider [role="slider"]').getAttribute('aria-valuenow')).toBe('2025');
  });
});

describe('the legend', () => {
  test('pointing at a class dims every regency outside it, and leaving restores them', { timeout: WEBGL_TIMEOUT + 15_000 }, async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024`, { webgl: true });
    const classes = await regencyClasses(page);
    const top = classOf(68.02);
    const inClass = REGENCY_CODES.filter((code) => classes[code] === top);
    const outside = REGENCY_CODES.filter((code) => classes[code] !== top);
    expect(inClass).toContain('61.04');
    expect(outside.length).toBeGreaterThan(0);
    const dimmed = async (codes: string[]) => Promise.all(codes.map(async (code) => (await featureState(page, code)).dimmed));

    await page.locator(`#legend button[data-key="${top}"]`).hover();
    await expect.poll(() => dimmed(outside)).toEqual(outside.map(() => true));
    expect(await dimmed(inClass)).toEqual(inClass.map(() => false));

    // The hatch entry brings forward the regencies without a figure.
    const noData = REGENCY_CODES.filter((code) => classes[code] === 'no-data');
    await page.locator('#legend button[data-key="no-data"]').hover();
    await expect.poll(() => dimmed(noData)).toEqual(noData.map(() => false));
    expect(await dimmed(['61.04', '61.08'])).toEqual([true, true]);

    // Away from the legend: nothing is dimmed.
    await page.mouse.move(2, 2);
    await expect.poll(() => dimmed(REGENCY_CODES)).toEqual(REGENCY_CODES.map(() => false));
  });
});

describe('the metric', () => {
  test('"Perubahan cakupan dari tahun sebelumnya" colours the change from the year before; a regency without both years stays no-data', { timeout: WEBGL_TIMEOUT + 15_000 }, async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024`, { webgl: true });
    await page.getByLabel('Perubahan cakupan', { exact: false }).check();
    await expect.poll(() => urlParam(page, 'metric')).toBe('coverage_change_pp');
    // Ketapang: 55,69% (2023) -> 68,02% (2024), +12,33 points. Landak has no 2023 figure.
    await expect.poll(async () => (await regencyClasses(page))['61.04']).toBe(change.classify(12.33).index);
    expect(change.classify(12.33).index).not.toBe(coverage.classify(68.02).index);
    expect((await regencyClasses(page))['61.08']).toBe('no-data');
    expect(await page.locator('#figures tbody tr[data-code="61.04"] .figure').textContent()).toBe('+12,33 persen poin');
    expect(await page.locator('#map-heading').textContent()).toBe(`${metricDefinition('coverage_change_pp').label.id}, 2024`);
  });
});

describe('carrying figures forward', () => {
  test('is off by default; on, Kubu Raya takes its 2023 figure into 2024, marked as carried forward', { timeout: WEBGL_TIMEOUT + 15_000 }, async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024`, { webgl: true });
    const checkbox = page.locator('#carry-forward');
    const kubuRaya = page.locator('#figures tbody tr[data-code="61.12"]');
    expect(await checkbox.isChecked()).toBe(false);
    expect((await regencyClasses(page))['61.12']).toBe('no-data');
    expect(await kubuRaya.getAttribute('class')).toContain('no-figure');

    await checkbox.check();
    await expect.poll(async () => (await regencyClasses(page))['61.12']).toBe(classOf(39.21));
    expect(await featureState(page, '61.12')).toMatchObject({ carried: true, noData: false });
    // A figure of the year itself is not marked.
    expect(await featureState(page, '61.04')).toMatchObject({ carried: false, classIndex: classOf(68.02) });
    expect(await kubuRaya.getAttribute('class')).toContain('carried-forward');
    expect(await kubuRaya.textContent()).toContain('angka tahun sebelumnya');
    expect(await kubuRaya.locator('.figure').textContent()).toBe('39,21%');
    // The choice is in the address, so a shared link shows the same filled map.
    await expect.poll(() => new URL(page.url()).searchParams.get('carry')).toBe('1');

    await checkbox.uncheck();
    await expect.poll(() => new URL(page.url()).searchParams.get('carry')).toBeNull();
    await expect.poll(async () => (await regencyClasses(page))['61.12']).toBe('no-data');
    expect(await featureState(page, '61.12')).toMatchObject({ carried: false });
  });
});
