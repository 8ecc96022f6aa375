// The built site in a real Chromium: the winners panel and region details, the language toggle, and
// the reader's choices kept in the address across a reload.
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright';
import { fill } from '../../src/i18n/messages.ts';
import { PAGE_MESSAGES } from '../../src/pages/app/page.messages.ts';
import { metricScale } from '../../src/scale/metric-scale.ts';
import { featureState, mapSelected, openPage, regencyClasses, urlParam, waitForSvgMap, WEBGL_TIMEOUT, useBrowser, screenshotPath } from './browser.ts';

const baseUrl = inject('baseUrl');

const session = useBrowser(baseUrl);

const detailsHeading = (page: Page) => page.locator('#details [part="heading"]').textContent();

describe('the winners panel', () => {
  test('at 2024 shows the 2025 edition, which judged 2024, with its dates', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024`);
    await expect.poll(() => page.locator('#winners h2').first().textContent()).toBe('Paritrana Award 2025');
    expect(await page.locator('#winners .meta').textContent()).toBe('penilaian tahun 2024 · penyerahan 24 September 2025');
    await expect.poll(() => page.locator('#winners li[part~="winner"]').count()).toBeGreaterThanOrEqual(3);
    // The slider's trophy on 2024 says the same.
    expect(await page.locator('#year-slider [part~="tick"][data-year="2024"]').getAttribute('title')).toBe('dinilai pada Paritrana Award 2025');
    await page.screenshot({ path: screenshotPath('editions-app-2024.png'), fullPage: true });
    // 2025 has not been judged yet: no edition is shown as its own.
    await page.locator('#year-slider [role="slider"]').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('#winners .notice').first().textContent()).toBe('Tidak ada edisi Paritrana Award yang diketahui menilai tahun 2025.');
    expect(await page.locator('#winners li[part~="winner"]').count()).toBe(0);
  });

  test('lists the 2025 edition in rank order, and choosing a winner selects its regency everywhere', { timeout: WEBGL_TIMEOUT + 15_000 }, async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024`, { webgl: true });
    const rows = page.locator('#winners li[part~="winner"]');
    const texts = await rows.allInnerTexts();
    expect(texts.length).toBeGreaterThanOrEqual(3);
    expect(texts[0]).toMatch(/^Juara 1\s+Pemerintah Kabupaten Ketapang\b/);
    expect(texts[1]).toMatch(/^Juara 2\s+Pemerintah Kabupaten Mempawah\b/);
    expect(texts[2]).toMatch(/^Juara 3\s+Pemerintah Kabupaten Sekadau\b/);
    // Nothing is selected yet: the details panel asks for a choice.
    expect(await page.locator('#details [part="heading"]').count()).toBe(0);
    expect(await page.locator('#details .prompt').isVisible()).toBe(true);

    await rows.filter({ hasText: 'Mempawah' }).getByRole('button').click();
    await expect.poll(() => urlParam(page, 'region')).toBe('61.02');
    expect(await mapSelected(page)).toBe('61.02');
    expect(await featureState(page, '61.02')).toMatchObject({ selected: true });
    expect((await featureState(page, '61.04')).selected).not.toBe(true);
    expect(await detailsHeading(page)).toBe('Kabupaten Mempawah');
    expect(await page.locator('#details [data-field="kemendagri"]').textContent()).toBe('61.02');
    expect(await page.locator('#details [data-field="bps"]').textContent()).toBe('6104');
    expect(await rows.filter({ hasText: 'Mempawah' }).getAttribute('part')).toBe('winner selected');
  });
});

describe('the language toggle', () => {
  test('"English" turns the page, table and panels to English and puts lang=en in the address; "Bahasa Indonesia" turns them back', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024`);
    const h1 = page.locator('h1');
    const ketapangFigure = page.locator('#figures tbody tr[data-code="61.04"] .figure');
    const firstRank = page.locator('#winners li[part~="winner"] .rank').first();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');
    expect(await ketapangFigure.textContent()).toBe('68,02%');

    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect.poll(() => urlParam(page, 'lang')).toBe('en');
    expect(await h1.textContent()).toBe(fill(PAGE_MESSAGES.en.title, { province: 'West Kalimantan' }));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await ketapangFigure.textContent()).toBe('68.02%');
    expect(await page.getByRole('button', { name: 'English', exact: true }).getAttribute('aria-pressed')).toBe('true');
    // 2024 was judged by the 2025 edition, with ranks: the winners panel speaks English too.
    await expect.poll(() => firstRank.textContent()).toBe('1st place');
    expect(urlParam(page, 'lang')).toBe('en');

    await page.getByRole('button', { name: 'Bahasa Indonesia', exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('id');
    expect(urlParam(page, 'lang')).toBeNull();
    expect(await h1.textContent()).toBe(fill(PAGE_MESSAGES.id.title, { province: 'Kalimantan Barat' }));
    await expect.poll(() => firstRank.textContent()).toBe('Juara 1');
    await expect.poll(() => ketapangFigure.textContent()).toBe('68,02%');
  });
});

describe('the address', () => {
  /** The state ?year=2023&metric=participants_active&region=61.12&lang=en asks for. */
  async function expectKubuRayaActiveParticipants2023(page: Page): Promise<void> {
    expect(await page.locator('input[name="metric"][value="participants_active"]').isChecked()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('h1').textContent()).toBe(fill(PAGE_MESSAGES.en.title, { province: 'West Kalimantan' }));
    expect(await page.locator('#year-slider [role="slider"]').getAttribute('aria-valuenow')).toBe('2023');
    expect(await detailsHeading(page)).toBe('Kabupaten Kubu Raya');
    expect(await mapSelected(page)).toBe('61.12');
    // Kubu Raya: 110,013 active participants (Nov 2023).
    expect((await regencyClasses(page))['61.12']).toBe(metricScale('participants_active').classify(110_013).index);
    expect(await page.locator('#figures tbody tr[data-code="61.12"] .figure').textContent()).toBe('110,013');
  }

  test('a link opens the year, metric, region and language it names, and they survive a reload', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2023&metric=participants_active&region=61.12&lang=en`);
    await expectKubuRayaActiveParticipants2023(page);
    await page.reload();
    await waitForSvgMap(page);
    await expectKubuRayaActiveParticipants2023(page);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ year: '2023', metric: 'participants_active', region: '61.12', lang: 'en' });
  });

  test('choices made on the page survive a reload', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2023&metric=participants_active&region=61.12&lang=en`);
    await page.getByLabel('Coverage (%)').check();
    await page.locator('#year-slider [role="slider"]').focus();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('button', { name: 'Bahasa Indonesia', exact: true }).click();
    // The map's arrows go by the map: north of Kubu Raya is Kota Pontianak. Enter, pressed at once,
    // waits for the arrow (whose module loads as the keyboard reaches the map) and selects Pontianak.
    await page.locator('#map [role="listbox"]').focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect.poll(() => urlParam(page, 'region')).toBe('61.71');

    await page.reload();
    await waitForSvgMap(page);
    // The defaults (coverage, Bahasa Indonesia) are left out of the address.
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ year: '2024', region: '61.71' });
    expect(await page.locator('input[name="metric"][value="coverage_pct"]').isChecked()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');
    expect(await page.locator('#year-slider [role="slider"]').getAttribute('aria-valuenow')).toBe('2024');
    expect(await detailsHeading(page)).toBe('Kota Pontianak');
    expect(await mapSelected(page)).toBe('61.71');
    expect((await regencyClasses(page))['61.71']).toBe(metricScale('coverage_pct').classify(40.86).index);
  });
});
