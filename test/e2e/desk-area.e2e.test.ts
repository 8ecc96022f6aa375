// The data desk of another area than the deployment's own province (desk.html?province=63): an
// officer's figures for South Kalimantan checked against the national tables (data/national/), shown
// on South Kalimantan's map, and written back as the complete national file; a West Kalimantan row
// refused with where to import it; the home desk's import kept apart and its page free of the
// national files.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright';
import { openPage, regencyClasses, useBrowser } from './browser.ts';
import { runValidate } from '../../scripts/lib/validate-command.ts';

const baseUrl = inject('baseUrl');
const session = useBrowser(baseUrl);

const SOURCE = 'https://example.org/bpjs-kalsel-2026';
const OFFICER_CSV = [
  'region_code,period,metric,value,unit,source_url,confidence',
  `63.01,2026,coverage_pct,"41,5",persen,${SOURCE},tinggi`,
  `63,2026,coverage_pct,44,persen,${SOURCE},tinggi`,
  `61.04,2026,coverage_pct,70,persen,${SOURCE},tinggi`,
].join('\n');

const file = (name: string, content: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(content) });

/** Chooses files with the file input and waits until the desk says it read them. */
async function choose(page: Page, files: Parameters<Page['setInputFiles']>[1]): Promise<void> {
  const before = await page.evaluate(() => performance.getEntriesByName('paritrana-desk-preview').length);
  await page.locator('#file-input').setInputFiles(files);
  await page.waitForFunction((n) => performance.getEntriesByName('paritrana-desk-preview').length > n, before);
}

describe('the data desk of another province', () => {
  test('South Kalimantan\'s figures: checked against the national tables, drawn on its map, downloaded as the whole national file with the two rows at its end; a West Kalimantan row sent to the home desk', { timeout: 90_000 }, async () => {
    const { page, requests } = await openPage(session.browser, `${baseUrl}desk.html?province=63`);
    expect(await page.locator('h1').textContent()).toBe('Pengelolaan data Kalimantan Selatan');
    expect(await page.title()).toMatch(/^Pengelolaan data Kalimantan Selatan/);
    // The province's own regencies on the map, not West Kalimantan's.
    const codes = Object.keys(await regencyClasses(page));
    expect(codes).toContain('63.01');
    expect(codes.every((code) => code.startsWith('63.'))).toBe(true);

    await choose(page, [file('cakupan-kalsel-2026.csv', OFFICER_CSV)]);
    const report = page.locator('.table-report[data-file="cakupan-kalsel-2026.csv"]');
    expect(await report.textContent()).toMatch(/2 baris dimuat/);
    // Where, the value found, and what to do instead: the home desk holds West Kalimantan's rows.
    expect(await report.locator('.problem').first().textContent()).toMatch(
      /Kesalahan di cakupan-kalsel-2026\.csv, baris 4, kolom “region_code”: tertulis "61\.04"; seharusnya .*Kalimantan Barat.*Pengelolaan data Kalimantan Barat \(desk\.html, tanpa province/,
    );
    expect(await page.locator('#home-desk a').getAttribute('href')).toBe('./desk.html');

    // The preview: 2026, Tanah Laut coloured by its imported figure; the published data has none.
    expect(await page.locator('#preview-title').textContent()).toMatch(/2026 · data impor/);
    await expect.poll(async () => (await regencyClasses(page))['63.01']).not.toBe('no-data');
    await page.locator('#compare').check();
    await expect.poll(async () => (await regencyClasses(page))['63.01']).toBe('no-data');
    await page.locator('#compare').uncheck();
    expect(await page.locator('#changed-provinces').textContent()).toMatch(/Kalimantan Selatan \(63\): 2 baris/);
    expect(await page.locator('#present-link').getAttribute('href')).toMatch(/province=63/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#downloads button[data-file="coverage"]').click()]);
    expect(download.suggestedFilename()).toBe('coverage.csv');
    expect(await page.locator('#downloads button[data-file="coverage"]').textContent()).toBe('data/national/coverage.csv');
    expect(await page.locator('#status').textContent()).toMatch(/data\/national\//);
    const published = (await (await fetch(`${baseUrl}data/national/coverage.csv`)).text()).trimEnd().split('\n');
    const lines = (await readFile((await download.path())!, 'utf8')).trimEnd().split('\n');
    expect(lines.slice(0, published.length)).toEqual(published);
    expect(lines.slice(published.length).map((line) => line.split(',').slice(0, 5).join(','))).toEqual([
      '63.01,Kabupaten Tanah Laut,2026,coverage_pct,41.5',
      '63,Provinsi Kalimantan Selatan,2026,coverage_pct,44',
    ]);

    // The three national files as downloaded pass the validator, as data/README.md runs it on data/national/.
    const folder = await mkdtemp(join(tmpdir(), 'desk-national-'));
    try {
      for (const kind of ['regions', 'coverage', 'awards']) {
        const [saved] = await Promise.all([page.waitForEvent('download'), page.locator(`#downloads button[data-file="${kind}"]`).click()]);
        await writeFile(join(folder, `${kind}.csv`), await readFile((await saved.path())!));
      }
      let said = '';
      const out = (text: string) => (said += text);
      const code = await runValidate(['--regions', join(folder, 'regions.csv'), join(folder, 'regions.csv'), join(folder, 'coverage.csv'), join(folder, 'awards.csv')], { stdout: out, stderr: out });
      expect(said).toMatch(/^3 files: 0 errors, \d+ warnings$/m);
      expect(code).toBe(0);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }

    // In English, the same refusal in English.
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => report.locator('.problem').first().textContent()).toMatch(/found "61\.04"; expected .*West Kalimantan data desk \(desk\.html, with no province/);
    expect(await page.locator('h1').textContent()).toBe('Data desk: South Kalimantan');

    // The home desk, in the same browser: its own import (none), and no national file fetched.
    const before = requests.length;
    await page.goto(`${baseUrl}desk.html`);
    await page.waitForFunction(() => performance.getEntriesByName('paritrana-ready-svg').length > 0);
    expect(await page.locator('h1').textContent()).toBe('Pengelolaan data');
    await expect.poll(() => page.locator('#kept-status').textContent()).toMatch(/Tidak ada data impor/);
    expect(requests.slice(before).filter((url) => url.includes('/data/national/') || url.includes('/data/areas/'))).toEqual([]);
    // And back: the national import is still kept.
    await page.goto(`${baseUrl}desk.html?province=63`);
    await expect.poll(() => page.locator('#kept-status').textContent()).toMatch(/disimpan di peramban ini/);
  });

  test('Indonesia\'s desk: a national figure (no region code) and a province\'s figure, on the map of the provinces, written at the end of the national file', { timeout: 60_000 }, async () => {
    const { page } = await openPage(session.browser, `${baseUrl}desk.html?province=indonesia&lang=en`);
    expect(await page.locator('h1').textContent()).toBe('Data desk: Indonesia');
    expect(await page.locator('#map-link').getAttribute('href')).toBe('./?province=indonesia&lang=en');
    await choose(page, [file('nasional-2026.csv', [
      'region_code,region_name,period,metric,value,unit,source_url,confidence',
      `,Indonesia,2026,national_coverage_pct,37.1,percent,${SOURCE},high`,
      `63,,2026,coverage_pct,44,percent,${SOURCE},high`,
    ].join('\n'))]);
    expect(await page.locator('.table-report[data-file="nasional-2026.csv"]').textContent()).toMatch(/2 rows loaded\s*No problems/);
    // The provinces are the map's areas; South Kalimantan coloured by its imported 2026 figure.
    await expect.poll(async () => (await regencyClasses(page))['63']).not.toBe('no-data');
    expect(Object.keys(await regencyClasses(page))).toContain('61');
    expect(await page.locator('#changed-provinces li').allTextContents()).toEqual(['Indonesia: 1 row', 'Kalimantan Selatan (63): 1 row']);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#downloads button[data-file="coverage"]').click()]);
    const lines = (await readFile((await download.path())!, 'utf8')).trimEnd().split('\n');
    expect(lines.slice(-2).map((line) => line.split(',').slice(0, 5).join(','))).toEqual([
      ',Indonesia,2026,national_coverage_pct,37.1',
      '63,Provinsi Kalimantan Selatan,2026,coverage_pct,44',
    ]);
  });

  test("a province's own edition entered at its desk plays at its ceremony (present.html?province=63&edition=2026)", { timeout: 90_000 }, async () => {
    const awards = [
      'edition,assessment_period,ceremony_date,level,category,category_label_id,category_label_en,rank,winner_name,winner_type,region_code,source_url,confidence',
      `2026,2025,2026-09-10,provinsi,pemerintah-kabupaten-kota,Pemerintah Kabupaten/Kota,Regency and city governments,1,Pemerintah Kabupaten Tanah Laut,pemerintah-kabupaten,63.01,${SOURCE},tinggi`,
    ].join('\n');
    const { page } = await openPage(session.browser, `${baseUrl}desk.html?province=63`);
    await choose(page, [file('paritrana-kalsel-2026.csv', awards)]);
    expect(await page.locator('.table-report[data-file="paritrana-kalsel-2026.csv"]').textContent()).toMatch(/1 baris dimuat/);
    const present = await page.locator('#present-link').getAttribute('href');
    expect(present).toMatch(/province=63/);
    // The hall's screen in the same browser: the imported edition, in South Kalimantan, named and played.
    const hall = await page.context().newPage();
    await hall.goto(new URL('present.html?province=63&edition=2026', baseUrl).href);
    await expect.poll(() => hall.locator('#card').textContent(), { timeout: 30_000 }).toMatch(/2026/);
    const title = (await hall.locator('#card').textContent())!;
    expect(title).toMatch(/Kalimantan Selatan/);
    expect(title).not.toMatch(/tidak ada di peramban ini/);
    // Its winner comes up as the presenter steps through the show.
    let seen = '';
    for (let step = 0; step < 8 && !/Tanah Laut/.test(seen); step++) {
      await hall.keyboard.press('ArrowRight');
      seen = (await hall.locator('#card').textContent()) ?? '';
    }
    expect(seen).toMatch(/Pemerintah Kabupaten Tanah Laut/);
    // The home province's ceremony of the same edition is not this one.
    await hall.goto(new URL('present.html?edition=2026', baseUrl).href);
    await expect.poll(() => hall.locator('#card').textContent(), { timeout: 30_000 }).toMatch(/2026 tidak ada di peramban ini/);
  });
});
