// Figures updated with no rebuild: the built site is copied to a folder of its own, as a deployment
// is, and served from there; then data/coverage.csv is replaced in that folder, as a data holder
// replaces it on the server, and the page reloaded. The map, its tooltip and the region details show
// the new figure with its source; a replaced file with a mistake shows the mistake, by file and line.
// Without WebGL, so the pointer meets the SVG map's own shapes.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../scripts/offline/content-security-policy.mjs';
import { hoverRegency, NO_WEBGL_ARGS, openPage, regencyClasses, useBrowser, waitForSvgMap } from './browser.ts';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const SINTANG = '61.05';
const SOURCE = 'https://example.org/rilis/sintang-2024';

let folder: string;
let server: PreviewServer;
let baseUrl: string;
let shipped: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'paritrana-deploy-'));
  cpSync(dist, join(folder, 'site'), { recursive: true });
  shipped = readFileSync(join(folder, 'site', 'data', 'coverage.csv'), 'utf8');
  server = await preview({
    root: folder,
    configFile: false,
    base: '/peta/',
    logLevel: 'warn',
    appType: 'mpa',
    build: { outDir: 'site' },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false, headers: { 'content-security-policy': CONTENT_SECURITY_POLICY } },
  });
  baseUrl = server.resolvedUrls!.local[0]!;
});
afterAll(async () => {
  await server?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});
const session = useBrowser(() => baseUrl, { args: NO_WEBGL_ARGS });

/** Replaces data/coverage.csv in the deployed folder with the shipped rows and one more. */
function replaceCoverage(row: string): void {
  writeFileSync(join(folder, 'site', 'data', 'coverage.csv'), `${shipped.trimEnd()}\n${row}\n`);
}


describe('a deployed site whose data/coverage.csv is replaced, with no rebuild', () => {
  test('after a reload, Sintang (no figure before) is coloured, and its tooltip and details give the new figure and its source', async () => {
    writeFileSync(join(folder, 'site', 'data', 'coverage.csv'), shipped);
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024&region=${SINTANG}`);
    expect((await regencyClasses(page))[SINTANG]).toBe('no-data');
    expect(await hoverRegency(page, SINTANG)).toMatch(/Sintang\s+Data tidak tersedia untuk 2024/);

    replaceCoverage(`${SINTANG},Kabupaten Sintang,2024,coverage_pct,33.3,percent,${SOURCE},high,Figure given by the regency for 2024,Angka yang disampaikan pemerintah kabupaten untuk tahun 2024`);
    await page.reload();
    await waitForSvgMap(page);
    expect((await regencyClasses(page))[SINTANG]).toEqual(expect.any(Number));
    expect(await hoverRegency(page, SINTANG)).toMatch(/Sintang\s+33,3%/);
    // The region details (Sintang is chosen by the address): the figure, its note and a link to its source.
    const details = () => page.locator('#details').evaluate((el) => el.shadowRoot?.textContent ?? '');
    await expect.poll(details).toContain('Angka yang disampaikan pemerintah kabupaten untuk tahun 2024');
    expect(await details()).toContain('33,3%');
    expect(await page.locator('#details').locator(`a[href="${SOURCE}"]`).count()).toBeGreaterThan(0);
    // The replaced file was read and checked, and nothing in it is wrong.
    expect(await page.locator('#problems').isHidden()).toBe(true);
  });

  test('a replaced file with a mistake has it shown by file, line and field, and the other figures still drawn', async () => {
    replaceCoverage(`${SINTANG},Kabupaten Sintang,2024,coverage_pct,33%,percent,${SOURCE},high,,`);
    const { page } = await openPage(session.browser, `${baseUrl}?year=2024`);
    await expect.poll(() => page.locator('#problems').isVisible()).toBe(true);
    const line = shipped.trimEnd().split('\n').length + 1;
    expect(await page.locator('#problems .problem').allTextContents()).toEqual([expect.stringContaining(`Kesalahan di data/coverage.csv, baris ${line}, kolom “value”: tertulis "33%"`)]);
    const classes = await regencyClasses(page);
    expect(classes[SINTANG]).toBe('no-data');
    expect(classes['61.04']).toEqual(expect.any(Number));
  });
});
