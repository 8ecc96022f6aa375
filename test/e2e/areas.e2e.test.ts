// One site for all of Indonesia (issue 22): the address picks the area. ?province=indonesia is the
// national map of the 38 provinces, ?province=63 Kalimantan Selatan's regencies, and the site's own
// address West Kalimantan as before, loading nothing of the others. Each area's files load only when
// it is opened. The figures asserted here are the shipped data's: the count of provinces with a
// published coverage figure is read from the same tables the build reads.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright';
import { describe, expect, inject, test } from 'vitest';
import { parseDataset } from '../../src/data/dataset.ts';
import { defaultYear } from '../../src/model/years.ts';
import { areaDataset } from '../../src/data/area-dataset.ts';
import { openPage, regencyClasses, screenshotPath, useBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
const session = useBrowser(baseUrl);

const read = (folder: string) => {
  const file = (name: string) => ({ name: `${folder}/${name}`, text: readFileSync(new URL(`../../${folder}/${name}`, import.meta.url), 'utf8') });
  return parseDataset({ regions: file('regions.csv'), coverage: file('coverage.csv'), awards: file('awards.csv') });
};
const sources = { home: read('data'), national: read('data/national') };
const indonesia = areaDataset('indonesia', sources)!;
const kalsel = areaDataset('63', sources)!;

/** The table's rows: [name, what the value cell says]. */
function tableRows(page: Page, part: 'tbody' | 'tfoot'): Promise<[string, string][]> {
  return page.locator(`#figures ${part} tr`).evaluateAll((rows) =>
    rows.map((row) => [row.querySelector('th')!.textContent!.trim(), row.querySelector('td')!.textContent!.trim()] as [string, string]),
  );
}

/** Until the page has drawn the area's own table (its rows replace the written first screen's). */
const waitForRows = (page: Page, count: number) => page.waitForFunction((n) => document.querySelectorAll('#figures tbody tr').length === n && document.documentElement.hasAttribute('data-area-drawn'), count);

/** The data folders the page asked for, other than the home province's own. */
const areaRequests = (requests: readonly string[]) => requests.filter((url) => url.includes('/data/areas/')).map((url) => new URL(url).pathname.replace(/^.*\/data\/areas\//, ''));

describe('the national map (?province=indonesia)', () => {
  test('shows the 38 provinces, says how many published a figure for the year, and names Indonesia', async () => {
    const { page, requests } = await openPage(session.browser, `${baseUrl}?province=indonesia`);
    await waitForRows(page, 38);
    const year = defaultYear(indonesia);
    const published = new Set(indonesia.figures.filter((f) => f.metric === 'coverage_pct' && f.period.year === year && f.regionCode.length === 2).map((f) => f.regionCode)).size;
    expect(published).toBeGreaterThan(0);
    expect(await page.locator('#year-summary').textContent()).toBe(`${published} dari 38 provinsi memiliki angka yang dipublikasikan untuk ${year}.`);
    expect(await page.locator('h1').textContent()).toBe('Cakupan BPJS Ketenagakerjaan di Indonesia');
    expect(await page.title()).toBe('Cakupan BPJS Ketenagakerjaan di Indonesia · Peta Paritrana');
    const rows = await tableRows(page, 'tbody');
    expect(rows.map(([name]) => name)).toContain('Kalimantan Selatan');
    expect(rows.map(([name]) => name)).toContain('Papua Barat Daya');
    // The country's own figure, if any, is the table's foot, never a province's row.
    const foot = await tableRows(page, 'tfoot');
    expect(foot.map(([name]) => name)).toEqual(['Indonesia (nasional)']);
    // The map: 38 provinces, as many coloured as have a figure, the rest hatched.
    const classes = await regencyClasses(page);
    expect(Object.keys(classes)).toHaveLength(38);
    expect(Object.values(classes).filter((c) => c !== 'no-data')).toHaveLength(published);
    // The national layer and its tables; no province's regency file.
    expect(areaRequests(requests).sort()).toEqual(['indonesia/context.topo.json', 'indonesia/dataset.json', 'indonesia/province.json', 'indonesia/regencies.topo.json']);
    await page.screenshot({ path: screenshotPath('national-1280x800.png') });
  });

  test('in English on a phone: the provinces by their English names, the map on the screen', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?province=indonesia&lang=en`, { viewport: { width: 375, height: 812 } });
    await waitForRows(page, 38);
    expect(await page.locator('h1').textContent()).toBe('BPJS Ketenagakerjaan coverage in Indonesia');
    const names = (await tableRows(page, 'tbody')).map(([name]) => name);
    expect(names).toContain('South Kalimantan');
    expect(names).not.toContain('Kalimantan Selatan');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect((await page.locator('#map').boundingBox())!.height).toBeGreaterThan(200);
    await page.screenshot({ path: screenshotPath('national-375x812-en.png') });
  });

  test('opens a province chosen on it, and the back button returns to the national map', async () => {
    // A year Kalimantan Selatan has a figure for (its own, 2025): the reader's year goes with them.
    const { page } = await openPage(session.browser, `${baseUrl}?province=indonesia&year=2025&metric=participants_active`);
    await waitForRows(page, 38);
    await page.locator('#figures tbody tr[data-code="63"] button').click();
    await page.waitForURL(/[?&]province=63(&|$)/);
    await waitForRows(page, kalsel.regions.regencies.length);
    expect(new URL(page.url()).searchParams.get('year')).toBe('2025');
    expect(new URL(page.url()).searchParams.get('metric')).toBe('participants_active');
    await page.goBack();
    await waitForRows(page, 38);
    expect(new URL(page.url()).searchParams.get('province')).toBe('indonesia');
  });
});

describe("a province's map (?province=63)", () => {
  test('names Kalimantan Selatan and draws its 13 regencies, loading only its own files', async () => {
    const { page, requests } = await openPage(session.browser, `${baseUrl}?province=63`);
    const codes = kalsel.regions.regencies.map((r) => r.code);
    expect(codes).toHaveLength(13);
    await waitForRows(page, 13);
    expect(await page.locator('h1').textContent()).toBe('Cakupan BPJS Ketenagakerjaan di Kalimantan Selatan');
    expect(Object.keys(await regencyClasses(page)).sort()).toEqual(codes);
    // Its cities keep their word, as the boundaries name them.
    expect((await tableRows(page, 'tbody')).map(([name]) => name)).toContain('Kota Banjarmasin');
    expect(await tableRows(page, 'tfoot')).toEqual([[expect.stringMatching(/^Kalimantan Selatan \(seluruh provinsi\)$/), expect.any(String)]]);
    // The trail leads back to Indonesia, keeping the year.
    const back = page.locator('#area-nav a');
    expect(await back.textContent()).toBe('Indonesia');
    expect(new URL((await back.getAttribute("href"))!, page.url()).searchParams.get('province')).toBe('indonesia');
    expect(areaRequests(requests).sort()).toEqual(['63/context.topo.json', '63/dataset.json', '63/province.json', '63/regencies.topo.json']);
    // Nothing of West Kalimantan's: its written first screen is the HTML's, never shown here, never fetched.
    expect(requests.filter((url) => /\/data\/(regencies\.topo|dataset)\.json$/.test(url))).toEqual([]);
  });

  test('with no regency figure in any year, says so plainly rather than looking broken', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?province=63`);
    await waitForRows(page, 13);
    if (kalsel.figures.some((f) => f.metric === 'coverage_pct' && f.regionCode.length > 2)) return;
    expect(await page.locator('#year-summary').textContent()).toMatch(/^Data tidak tersedia untuk kabupaten\/kota mana pun pada indikator ini/);
    expect(new Set(Object.values(await regencyClasses(page)))).toEqual(new Set(['no-data']));
  });
});

describe("the deployment's own address", () => {
  test('/ loads West Kalimantan alone: no other area\'s file', async () => {
    const { page, requests } = await openPage(session.browser, baseUrl);
    await waitForRows(page, 14);
    expect(areaRequests(requests)).toEqual([]);
    expect(await page.locator('h1').textContent()).toBe('Cakupan BPJS Ketenagakerjaan di Kalimantan Barat');
    // The trail offers the country.
    expect(new URL((await page.locator("#area-nav a").getAttribute("href"))!, page.url()).searchParams.get('province')).toBe('indonesia');
  });
});

describe('the other pages reach every area', () => {
  test('the iframe route draws Kalimantan Selatan with ?province=63, and names it', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}embed.html?view=map&province=63`);
    await page.waitForFunction(() => document.querySelector('.embed-subtitle')?.textContent?.includes('Kalimantan Selatan'));
    expect(Object.keys(await regencyClasses(page)).sort()).toEqual(kalsel.regions.regencies.map((r) => r.code));
  });

  test("the ceremony plays the national edition's winners (present.html?province=indonesia)", async () => {
    const edition = Math.max(...indonesia.awards.map((a) => a.edition));
    const { page } = await openPage(session.browser, `${baseUrl}present.html?province=indonesia&edition=${edition}`, { waitForMap: false });
    await page.waitForFunction(() => document.querySelector('#card')?.textContent?.trim());
    expect(await page.locator('#card').textContent()).toContain(String(edition));
    expect(await page.locator('#card').textContent()).not.toMatch(/tidak ada di peramban ini/);
  });
});
