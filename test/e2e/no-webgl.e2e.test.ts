// The built site in a Chromium without WebGL: the SVG map stays, coloured, and answers pointer and
// keyboard as the WebGL map does.
import { describe, expect, inject, test } from 'vitest';
import { metricScale } from '../../src/scale/metric-scale.ts';
import { mapRenderer, mapSelected, NO_WEBGL_ARGS, openPage, REGENCY_CODES, regencyClasses, regencyPoint, urlParam, useBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
const classOf = (value: number) => metricScale('coverage_pct').classify(value).index;

const session = useBrowser(baseUrl, { args: NO_WEBGL_ARGS });


describe('without WebGL', () => {
  test('the SVG map stays, with every regency in its class', async () => {
    const { page, requests } = await openPage(session.browser, `${baseUrl}?year=2024`);
    // The flags did take WebGL away (else this file tests nothing).
    expect(await page.evaluate(() => [document.createElement('canvas').getContext('webgl2'), document.createElement('canvas').getContext('webgl')])).toEqual([null, null]);
    // With WebGL, MapLibre takes over about a second after the SVG map; here it never does.
    await page.waitForTimeout(3000);
    expect(await mapRenderer(page)).toBe('svg');
    expect(await page.locator('#map svg path.regency').count()).toBe(14);
    const classes = await regencyClasses(page);
    expect(Object.keys(classes).sort()).toEqual(REGENCY_CODES);
    expect(classes['61.04']).toBe(classOf(68.02));
    expect(classes['61.08']).toBe(classOf(53.43));
    expect(classes['61.07']).toBe('no-data');
    expect(classes['61.09']).toBe('no-data');
    expect(await page.locator('#map svg path.regency[data-code="61.07"]').getAttribute('fill')).toMatch(/^url\(#/);
    // MapLibre's code is loaded only for WebGL: without it, the page asks for none of it (the site's
    // service worker keeps a copy for offline use, with requests of its own).
    expect(requests.filter((url) => /maplibre/i.test(url))).toEqual([]);
  });

  test('pointing at a regency shows its name and figure; clicking selects it', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024`);
    const tooltip = page.locator('#map [part="tooltip"]');
    const ketapang = await regencyPoint(page, '61.04');
    await page.mouse.move(ketapang.x, ketapang.y);
    await tooltip.waitFor();
    expect(await tooltip.innerText()).toMatch(/Ketapang\s+68,02%\s+tahun 2024/);

    const bengkayang = await regencyPoint(page, '61.07');
    await page.mouse.move(bengkayang.x, bengkayang.y);
    await expect.poll(() => tooltip.innerText()).toMatch(/Bengkayang\s+Data tidak tersedia untuk 2024/);

    await page.mouse.click(ketapang.x, ketapang.y);
    await expect.poll(() => urlParam(page, 'region')).toBe('61.04');
    expect(await mapSelected(page)).toBe('61.04');
    expect(await page.locator('#details [part="heading"]').textContent()).toBe('Kabupaten Ketapang');
    expect(await page.locator('#map svg path.selected').count()).toBe(1);

    await page.mouse.move(2, 2);
    await expect.poll(() => tooltip.count()).toBe(0);
  });

  test('the keyboard walks the regencies by direction on the map and Enter selects one', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024`);
    const listbox = page.locator('#map [role="listbox"]');
    await listbox.focus();
    // Focus starts on the first name (Bengkayang); ArrowDown goes to the regency south of it (Landak).
    await expect.poll(() => page.locator('#map [part="tooltip"]').innerText()).toContain('Bengkayang');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => listbox.getAttribute('aria-activedescendant')).toBe('regency-61-08');
    await page.keyboard.press('Enter');
    await expect.poll(() => urlParam(page, 'region')).toBe('61.08');
    expect(await mapSelected(page)).toBe('61.08');
    expect(await page.locator('#map [role="option"][data-code="61.08"]').getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('#details [part="heading"]').textContent()).toBe('Kabupaten Landak');
    // Escape leaves the list with the choice kept; Delete, back on the list, clears it.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.querySelector('#map')!.shadowRoot!.activeElement?.localName)).toBe('svg');
    expect(urlParam(page, 'region')).toBe('61.08');
    await listbox.focus();
    await page.keyboard.press('Delete');
    await expect.poll(() => urlParam(page, 'region')).toBeNull();
  });
});
