// The built site in a real Chromium: what the reader takes away, the year's figures as CSV and the
// map as a PNG poster.
import { MAP_COLOURS } from '../../src/render/tokens.ts';
import { readFile } from 'node:fs/promises';
import { describe, expect, inject, test } from 'vitest';
import { csvParse } from 'd3-dsv';
import { read, utils } from '@e965/xlsx';
import type { Download, Page } from 'playwright';
import { openPage, useBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');

const session = useBrowser(baseUrl);

/** Clicks the button and returns the file it downloads. */
async function download(page: Page, buttonName: string): Promise<{ download: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName, exact: true }).click()]);
  const path = await file.path();
  return { download: file, bytes: await readFile(path) };
}

describe('downloads', () => {
  test('"Unduh angka (CSV)" gives the year\'s figures with their sources, one row per region, blank where nothing was published', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024`);
    const { download: file, bytes } = await download(page, 'Unduh angka (CSV)');
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
    const text = bytes.toString('utf8').replace(/^\ufeff/, '');
    const rows = csvParse(text);
    expect(rows.columns).toContain('kemendagri_code');
    expect(rows.columns).toContain('source_url');
    expect(rows.columns).toContain('value');
    // 14 regencies and cities, then the province.
    expect(rows.length).toBe(15);
    expect(rows.map((r) => r.kemendagri_code).at(-1)).toBe('61');
    const ketapang = rows.find((r) => r.kemendagri_code === '61.04')!;
    expect(ketapang.value).toBe('68.02');
    expect(ketapang.year).toBe('2024');
    expect(ketapang.source_url).toMatch(/^https:\/\/ketapangmedia\.com\//);
    // No figure is a blank, never a zero.
    const bengkayang = rows.find((r) => r.kemendagri_code === '61.07')!;
    expect(bengkayang.value).toBe('');
    expect(bengkayang.source_url).toBe('');
    expect(await page.locator('#action-status').textContent()).not.toBe('');
  });

  test('"Unduh angka (Excel)" gives the same rows as the table, headed in Bahasa Indonesia, numbers as numbers', { timeout: 60_000 }, async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024`);
    const { download: file, bytes } = await download(page, 'Unduh angka (Excel)');
    expect(file.suggestedFilename()).toBe('paritrana-cakupan-2024.xlsx');
    const book = read(bytes, { type: 'buffer' });
    expect(book.SheetNames).toEqual(['Angka 2024']);
    const sheet = book.Sheets['Angka 2024']!;
    const rows = utils.sheet_to_json<Record<string, unknown>>(sheet);
    expect(utils.sheet_to_json<unknown[]>(sheet, { header: 1 })[0]).toEqual(expect.arrayContaining(['Kode Kemendagri', 'Wilayah', 'Nilai', 'Periode', 'Sumber', 'Keterangan']));
    // The table's rows: 14 regencies and cities, then the province.
    expect(rows.map((r) => r['Kode Kemendagri'])).toEqual([...(await page.locator('#figures tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-code')))).sort(), '61']);
    const mempawah = rows.find((r) => r['Kode Kemendagri'] === '61.02')!;
    // A number, which Excel in Bahasa Indonesia shows as 38,54.
    expect(mempawah['Nilai']).toBe(38.54);
    expect(mempawah['Periode']).toBe('per Sep 2024');
    expect(String(mempawah['Sumber'])).toMatch(/^https:\/\/kumparan\.com\//);
    const bengkayang = rows.find((r) => r['Kode Kemendagri'] === '61.07')!;
    expect(bengkayang['Nilai']).toBeUndefined();
    // The same words as the table's row for it.
    expect(bengkayang['Keterangan']).toBe(await page.locator('#figures tr[data-code="61.07"] .missing').textContent());
    expect(bengkayang['Keterangan']).toBe('Data tidak tersedia');
    expect(await page.locator('#action-status').textContent()).toBe('Berkas Excel diunduh.');
  });

  test('"Simpan peta (PNG)" gives a PNG picture of the map', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024`);
    const { download: file, bytes } = await download(page, 'Simpan peta (PNG)');
    expect(file.suggestedFilename()).toMatch(/\.png$/);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // A 1200 px wide poster with 14 coloured regencies and a legend: not an empty canvas.
    expect(bytes.length).toBeGreaterThan(20_000);
    // The IHDR chunk: width and height, big-endian, at bytes 16 and 20.
    expect(bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(1200);
    expect(bytes.readUInt32BE(20)).toBeGreaterThan(400);
  });

  test('the PNG keeps the neighbouring land and the sea inside the map: the title and legend bands show neither', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024`);
    const { bytes } = await download(page, 'Simpan peta (PNG)');
    // Decoded by the page itself (Node has no PNG decoder); in poster units, 1200 wide. The title band's
    // first 60 units and the last 110 (legend, source and address) lie outside the map's frame whatever
    // the title's length: no pixel there may be the land's or the sea's colour (src/render/tokens.ts).
    const leaked = await page.evaluate(async ({ base64, colours }) => {
      const png = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([png], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const scale = bitmap.width / 1200;
      const height = bitmap.height / scale;
      const rgb = colours.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
      const count = (y0: number, y1: number) => {
        const { data } = context.getImageData(0, y0 * scale, bitmap.width, (y1 - y0) * scale);
        let n = 0;
        for (let i = 0; i < data.length; i += 4) if (rgb.some(([r, g, b]) => Math.abs(data[i]! - r!) <= 2 && Math.abs(data[i + 1]! - g!) <= 2 && Math.abs(data[i + 2]! - b!) <= 2)) n++;
        return n;
      };
      return { title: count(0, 60), foot: count(height - 110, height) };
    }, { base64: bytes.toString('base64'), colours: [MAP_COLOURS.land, MAP_COLOURS.sea] });
    expect(leaked).toEqual({ title: 0, foot: 0 });
  });
});
