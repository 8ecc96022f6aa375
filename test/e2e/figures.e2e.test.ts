// The built site, shipped data: what the tooltip says about a regency without a figure, the change with
// both its ends, and "no earlier figure to compare" apart from "no figure". Without WebGL, so the pointer
// meets the SVG map's own shapes (the tooltip is the same element over either renderer).
import { describe, expect, inject, test } from 'vitest';
import { hoverRegency, NO_WEBGL_ARGS, openPage, useBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');

const session = useBrowser(baseUrl, { args: NO_WEBGL_ARGS });


describe('the tooltip and the change', () => {
  test("Kapuas Hulu at 2024 has no figure, and its tooltip names the nearest earlier one: 39% of Oct 2023", async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024`);
    await expect.poll(() => hoverRegency(page, '61.06')).toMatch(/Kapuas Hulu\s+Data tidak tersedia untuk 2024\s+Angka terdekat sebelumnya: 39% \(Okt 2023\)/);
    // The sparkline: Kapuas Hulu's one figure is a lone dot, with no line; the year shown is marked.
    const spark = page.locator('#map [part="tooltip"] svg.sparkline');
    expect(await spark.locator('circle').count()).toBe(1);
    expect(await spark.locator('polyline').count()).toBe(0);
    expect(await spark.locator('line.spark-mark').count()).toBe(1);

    const { page: en } = await openPage(session.browser, `${baseUrl}?year=2024&lang=en`);
    await expect.poll(() => hoverRegency(en, '61.06')).toMatch(/Data not available for 2024\s+Nearest earlier figure: 39% \(Oct 2023\)/);
  });

  test('the change at 2024 names both ends for Mempawah: +0,42 persen poin, Des 2023 → Sep 2024', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024&metric=coverage_change_pp`);
    await expect.poll(() => hoverRegency(page, '61.02')).toMatch(/Mempawah\s+\+0,42 persen poin\s+Des 2023 → Sep 2024/);
  });

  test('Landak at 2024 under the change is "no earlier figure to compare", drawn and listed apart from "no figure"', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024&metric=coverage_change_pp`);
    await expect.poll(() => hoverRegency(page, '61.08')).toMatch(/Landak\s+Tidak ada angka tahun sebelumnya untuk dibandingkan\s+Angka 2024: 53,43%/);
    const landak = page.locator('#map svg path.regency[data-code="61.08"]');
    const sanggau = page.locator('#map svg path.regency[data-code="61.03"]');
    expect(await landak.getAttribute('data-class')).toBe('no-earlier');
    expect(await sanggau.getAttribute('data-class')).toBe('no-data');
    // Not the hatch of "no figure": a plain fill of its own.
    expect(await landak.getAttribute('fill')).not.toMatch(/^url\(/);
    expect(await sanggau.getAttribute('fill')).toMatch(/^url\(/);
    expect(await hoverRegency(page, '61.03')).toMatch(/Sanggau\s+Data tidak tersedia untuk 2024/);
    // The legend has an entry of its own for it.
    await expect.poll(() => page.locator('paritrana-legend').first().evaluate((el) => el.shadowRoot?.textContent ?? '')).toContain('Tidak ada angka tahun sebelumnya untuk dibandingkan');
  });
});
