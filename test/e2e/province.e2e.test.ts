// A second province with no code change: PARITRANA_PROVINCE=62 builds the site for Kalimantan Tengah
// from provinces/62.json and data/62/ (regions only: no figures yet), into .cache/province-62/dist
// (never over dist/). This builds it (build-data, then the page's Vite build: about 10 s), serves it
// from a sub-folder and reads it in Chromium in both languages.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Topology } from 'topojson-specification';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { provinceBuild } from '../../scripts/lib/province/config.ts';
import { cameraBounds } from '../../src/render/bounds.ts';
import type { ParitranaMap } from '../../src/elements/map/map.component.ts';
import { openPage, regencyClasses, useBrowser, waitForRegencies, waitForWebglMap, WEBGL_TIMEOUT } from './browser.ts';
import { startPartnerSite, type PartnerSite } from './partner-server.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const build = provinceBuild('62');
const CODES = ['62.01', '62.02', '62.03', '62.04', '62.05', '62.06', '62.07', '62.08', '62.09', '62.10', '62.11', '62.12', '62.13', '62.71'];

let server: PreviewServer;
let baseUrl: string;
/** A news site that embeds the map with the partners' script of the default (West Kalimantan) site. */
let partner: PartnerSite;
/** The default site, served by the e2e set-up: its script is the one partners load. */
const defaultSite = inject('baseUrl');

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
    // As a host that serves its data to partners' pages (docs/elements.md's advice): any origin may read it.
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false, cors: true },
  });
  baseUrl = server.resolvedUrls!.local[0]!;
  partner = await startPartnerSite();
  // Two builds in processes of their own: about 10 s alone, several times that on a loaded two-core machine.
}, 300_000);
afterAll(async () => {
  await server?.close();
  await partner?.close();
});
const session = useBrowser(() => baseUrl, { otherOrigins: () => [partner.origin, new URL(defaultSite).origin] });

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
    // Its first screen is its own: its regencies drawn (each without a figure), the neighbours named
    // around them (Kalimantan Barat among them, on the map only).
    const firstScreenMap = /<svg class="first-screen-map"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    expect([...firstScreenMap.matchAll(/<path class="regency" data-code="(62\.\d\d)"/g)]).toHaveLength(14);
    expect(html.replace(firstScreenMap, '')).not.toMatch(/Kalimantan Barat|%PROVINCE_NAME%/);
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
    expect(new Set(rows.map(([, value]) => value))).toEqual(new Set(['Data tidak tersedia']));
    expect(await tableRows(page, 'tfoot')).toEqual([['Kalimantan Tengah (seluruh provinsi)', 'Data tidak tersedia']]);
    // No regency has a figure in any year: the summary says the whole map is hatched, so it never looks broken.
    expect(await page.locator('#year-summary').textContent()).toMatch(/^Data tidak tersedia untuk kabupaten\/kota mana pun pada indikator ini, di tahun berapa pun/);
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
    expect(new Set(rows.map(([, value]) => value))).toEqual(new Set(['Data not available']));
    expect(await tableRows(page, 'tfoot')).toEqual([['Central Kalimantan (whole province)', 'Data not available']]);
  });

  test('the region details name a regency as its data has it, with no figure', async () => {
    const { page } = await openPage(session.browser, `${baseUrl}?region=62.71&lang=en`);
    const details = page.locator('#details');
    await expect.poll(() => details.evaluate((d) => d.shadowRoot?.textContent ?? '')).toContain('Kota Palangkaraya');
    expect(await details.evaluate((d) => d.shadowRoot!.textContent!)).toContain('Data not available for coverage in Kota Palangkaraya.');
  });

  test('a partner’s <paritrana-map> with the default site’s script, pointed at this deployment, draws Kalimantan Tengah in its own frame, under its own name', { timeout: WEBGL_TIMEOUT + 60_000 }, async () => {
    // No script carries a province: the same paritrana.js draws whichever data/ folder data-base names.
    const html = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Berita Kalteng</title><link rel="icon" href="data:,">
<script type="module" src="${defaultSite}embed/paritrana.js"></script></head>
<body><h1>Berita Kalteng</h1><paritrana-map id="peta" data-base="${baseUrl}" style="display:block;width:900px;height:600px"></paritrana-map></body></html>`;
    const { page } = await openPage(session.browser, partner.put('/kalteng.html', html), { waitForMap: false });
    await waitForRegencies(page, '#peta');
    expect(Object.keys(await regencyClasses(page, '#peta')).sort()).toEqual(CODES);
    const shadow = () => page.locator('#peta').evaluate((map) => map.shadowRoot!.innerHTML);
    // Its title and its neighbours' names are Kalimantan Tengah's, from the deployment's data/province.json.
    expect(await shadow()).toContain('per kabupaten/kota di Kalimantan Tengah, ');
    expect(await shadow()).not.toContain('Kalimantan Barat, ');
    const mapText = await page.locator('#peta').evaluate((map) => map.shadowRoot!.textContent!);
    expect(mapText).not.toMatch(/Selat Karimata|Laut Natuna/);
    // MapLibre keeps to Kalimantan Tengah's context box, not West Kalimantan's.
    await page.locator('#peta').hover();
    await page.mouse.move(0, 0);
    await waitForWebglMap(page, '#peta');
    const maxBounds = await page.evaluate(() => document.querySelector<ParitranaMap>('#peta')!.map!.getMaxBounds()!.toArray());
    const box = cameraBounds(build.config.boundaries.contextBox);
    for (const [i, j] of [[0, 0], [0, 1], [1, 0], [1, 1]] as const) expect(maxBounds[i]![j]).toBeCloseTo(box[i]![j]!, 6);
    const canvasTitle = await page.evaluate(() => document.querySelector<ParitranaMap>('#peta')!.map!.getCanvas().getAttribute('aria-label'));
    expect(canvasTitle).toContain('Kalimantan Tengah');
  });

  test('no script of the default build carries a province: the site, the partners’ script and the npm modules read it from data/', () => {
    const scripts = (dir: string): string[] =>
      readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).filter((file) => /\.(m?js)$/.test(file)).map((file) => join(root, dir, file));
    const files = [...scripts('dist/assets'), ...scripts('dist/embed'), ...scripts('dist/lib')];
    expect(files.length).toBeGreaterThan(20);
    // Names of the default province and of its surroundings, as provinces/61.json writes them.
    const named = files.filter((file) => /Kalimantan Barat|West Kalimantan|Selat Karimata|Laut Natuna/.test(readFileSync(file, 'utf8')));
    expect(named).toEqual([]);
  });
});
