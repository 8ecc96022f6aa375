// A second province with no code change: PARITRANA_PROVINCE=62 builds the site for Kalimantan Tengah
// from provinces/62.json and data/62/ (regions only: no figures yet), into .cache/province-62/dist
// (never over dist/). This builds it (build-data, then the page's Vite build: about 10 s), serves it
// from a sub-folder and reads it in Chromium in both languages.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Topology } from 'topojson-specification';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { provinceBuild } from '../../scripts/lib/province/config.ts';
import { openPage, regencyClasses, useBrowser } from './browser.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const build = provinceBuild('62');
const CODES = ['62.01', '62.02', '62.03', '62.04', '62.05', '62.06', '62.07', '62.08', '62.09', '62.10', '62.11', '62.12', '62.13', '62.71'];

let server: PreviewServer;
let baseUrl: string;

beforeAll(async () => {
  const run = promisify(execFile);
  const env = { ...process.env, PARITRANA_PROVINCE: '62' };
  await run(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts'], { cwd: root, env });
  await run(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'error'], { cwd: root, env });
  server = await preview({
    root,
    configFile: false,
    base: '/kalteng/',
    logLevel: 'warn',
    appType: 'mpa',
    build: { outDir: build.siteOutDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  baseUrl = server.resolvedUrls!.local[0]!;
  // Two builds in processes of their own: about 10 s alone, several times that on a loaded two-core machine.
}, 300_000);
afterAll(async () => {
  await server?.close();
});
const session = useBrowser(() => baseUrl);

/** The table's rows: [name, what the value cell says]. */
async function tableRows(page: import('playwright').Page, part: 'tbody' | 'tfoot'): Promise<[string, string][]> {
  return page.locator(`#figures ${part} tr`).evaluateAll((rows) =>
    rows.map((row) => [row.querySelector('th')!.textContent!.trim(), row.querySelector('td')!.textContent!.trim()] as [string, string]),
  );
}

describe('the site built with PARITRANA_PROVINCE=62', () => {
  test('serves the province’s own boundaries and data: 14 regencies, no desa file, no figures', async () => {
    const topology = JSON.parse(readFileSync(join(build.siteOutDir, 'data', 'regencies.topo.json'), 'utf8')) as Topology;
    const ids = (name: string) => (topology.objects[name] as { geometries: { id: string }[] }).geometries.map((g) => g.id);
    expect(ids('kabupaten').sort()).toEqual(CODES);
    expect(ids('provinsi')).toEqual(['62']);
    const response = await fetch(`${baseUrl}data/desa.topo.json`);
    expect(response.status).toBe(404);
    expect(readFileSync(join(build.siteOutDir, 'data', 'coverage.csv'), 'utf8').trim().split('\n')).toHaveLength(1);
  });

  test('names Kalimantan Tengah in the HTML itself, before any script runs', async () => {
    const html = await (await fetch(baseUrl)).text();
    expect(html).toContain('<title>Cakupan BPJS Ketenagakerjaan di Kalimantan Tengah · Peta Paritrana</title>');
    expect(html).toContain('>Cakupan BPJS Ketenagakerjaan di Kalimantan Tengah</h1>');
    expect(html).not.toMatch(/Kalimantan Barat|%PROVINCE_NAME%/);
  });

  test('in Bahasa Indonesia: its name, its 14 regencies drawn, each with no published figure', async () => {
    // Reaching for the map: MapLibre's view places the neighbours' names checked below.
    const { page } = await openPage(session.browser, baseUrl, { webgl: true });
    expect(await page.title()).toBe('Cakupan BPJS Ketenagakerjaan di Kalimantan Tengah · Peta Paritrana');
    expect(await page.locator('h1').textContent()).toBe('Cakupan BPJS Ketenagakerjaan di Kalimantan Tengah');
    const classes = await regencyClasses(page);
    expect(Object.keys(classes).sort()).toEqual(CODES);
    expect(new Set(Object.values(classes))).toEqual(new Set(['no-data']));
    const rows = await tableRows(page, 'tbody');
    expect(rows).toHaveLength(14);
    expect(rows.map(([name]) => name).filter((name) => name.includes('Palangkaraya'))).toHaveLength(1);
    expect(new Set(rows.map(([, value]) => value))).toEqual(new Set(['data tidak tersedia']));
    expect(await tableRows(page, 'tfoot')).toEqual([['Kalimantan Tengah (seluruh provinsi)', 'data tidak tersedia']]);
    expect(await page.locator('#year-summary').textContent()).toMatch(/^0 dari 14 kabupaten\/kota memiliki angka yang dipublikasikan/);
    // Empty coverage and award tables are complete files (nothing published yet): no problems panel.
    expect(await page.locator('#problems').isHidden()).toBe(true);
    // The names around it come from its configuration, not the default province's.
    const mapText = await page.locator('#map').evaluate((map) => map.shadowRoot!.textContent!);
    expect(mapText).toContain('Kalimantan Barat');
    expect(mapText).not.toMatch(/Selat Karimata|Laut Natuna/);
    // The map's accessible title, from the map element's own words.
    expect(await page.locator('#map').evaluate((map) => map.shadowRoot!.innerHTML)).toContain('per kabupaten/kota di Kalimantan Tengah, ');
  });

  test('in English (?lang=en): Central Kalimantan, and no published figure for any regency', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?lang=en`);
    expect(await page.title()).toBe('BPJS Ketenagakerjaan coverage in Central Kalimantan · Peta Paritrana');
    expect(await page.locator('h1').textContent()).toBe('BPJS Ketenagakerjaan coverage in Central Kalimantan');
    const rows = await tableRows(page, 'tbody');
    expect(rows).toHaveLength(14);
    expect(new Set(rows.map(([, value]) => value))).toEqual(new Set(['no published figure']));
    expect(await tableRows(page, 'tfoot')).toEqual([['Central Kalimantan (whole province)', 'no published figure']]);
  });

  test('the region details name a regency as its data has it, with no figure', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?region=62.71&lang=en`);
    const details = page.locator('#details');
    await expect.poll(() => details.evaluate((d) => d.shadowRoot?.textContent ?? '')).toContain('Kota Palangkaraya');
    expect(await details.evaluate((d) => d.shadowRoot!.textContent!)).toContain('No coverage figure has been published for Kota Palangkaraya.');
  });
});
