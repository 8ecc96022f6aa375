// The presenter's laptop package (npm run package:offline): built from the existing dist/, unpacked
// by the system's tar into a temporary folder, its serve.mjs started as docs/ceremony.md says; the files
// come with the types a browser insists on, and the ceremony renders with every request on 127.0.0.1.
import { execFileSync } from 'node:child_process';
import { get } from 'node:http';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PACKAGE_FOLDER, packageOffline } from '../../scripts/package-offline.ts';
import { workbook } from '../fixtures/workbook.ts';
import { openPage, WEBGL_TIMEOUT, useBrowser } from './browser.ts';
import { CONTENT_SECURITY_POLICY } from '../../scripts/offline/content-security-policy.mjs';
import { startSiteServer, type SiteServer } from './site-server.ts';

let work: string;
let server: SiteServer | undefined;
let baseUrl: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'paritrana-offline-'));
  const archive = await packageOffline({ outDir: join(work, 'out') });
  // The archive is the one file; the system's tar is what the presenter will use.
  execFileSync('tar', ['-xzf', archive, '-C', work]);
  expect(readdirSync(join(work, PACKAGE_FOLDER)).sort()).toEqual(['README.txt', 'content-security-policy.mjs', 'serve.mjs', 'site']);
  server = await startSiteServer(join(work, PACKAGE_FOLDER));
  baseUrl = server.url;
  // Packing the site, unpacking it and starting Node: seconds alone, a minute or more on a loaded two-core machine.
}, 180_000);
afterAll(async () => {
  server?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

const session = useBrowser(() => baseUrl);

async function contentType(path: string): Promise<{ status: number; type: string | null }> {
  const response = await fetch(new URL(path, baseUrl));
  await response.arrayBuffer();
  return { status: response.status, type: response.headers.get('content-type') };
}

/** The status of a path sent as it is written (fetch would resolve the dots before sending). */
function rawStatus(path: string): Promise<number | undefined> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    get({ hostname, port, path }, (response) => {
      response.resume();
      resolve(response.statusCode);
    }).on('error', reject);
  });
}

describe('the offline package', () => {
  test('serves on 127.0.0.1 the page, the embed script, the worker and the data with their types', async () => {
    expect(new URL(baseUrl).hostname).toBe('127.0.0.1');
    const site = join(work, PACKAGE_FOLDER, 'site');
    const worker = readdirSync(join(site, 'assets')).find((name) => name.endsWith('.mjs'));
    expect(worker, 'MapLibre worker (.mjs) in assets/').toBeDefined();

    expect(await contentType('present.html')).toEqual({ status: 200, type: 'text/html; charset=utf-8' });
    expect(await contentType('embed/paritrana.js')).toEqual({ status: 200, type: 'text/javascript; charset=utf-8' });
    expect(await contentType(`assets/${worker}`)).toEqual({ status: 200, type: 'text/javascript; charset=utf-8' });
    expect(await contentType('data/coverage.csv')).toEqual({ status: 200, type: 'text/csv; charset=utf-8' });
    expect(await contentType('data/regencies.topo.json')).toEqual({ status: 200, type: 'application/json; charset=utf-8' });
    expect(await contentType('favicon.svg')).toEqual({ status: 200, type: 'image/svg+xml' });
    expect((await contentType('')).type).toBe('text/html; charset=utf-8');
    // Nothing but the site: no source maps, no npm package, nothing above site/.
    expect((await contentType('lib/index.js')).status).toBe(404);
    expect(await rawStatus('/present.html')).toBe(200);
    expect(await rawStatus('/..%2fserve.mjs')).toBe(404);
    expect(await rawStatus('/../serve.mjs')).toBe(404);
  });

  test('sends the site\'s Content-Security-Policy, the one the e2e tests run under', async () => {
    const response = await fetch(new URL('present.html', baseUrl));
    await response.arrayBuffer();
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  // Under that policy: a blocked style or script would log an error, which fails the page's checks.
  test('present.html renders the 2025 ceremony on the WebGL map from it', { timeout: WEBGL_TIMEOUT + 30_000 }, async () => {
    const { page, requests } = await openPage(session.browser, `${baseUrl}present.html?edition=2025&step=5`, { webgl: true });
    await expect.poll(() => page.evaluate(() => document.querySelector<HTMLElement>('#card')!.dataset.kind)).toBe('winner');
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.evaluate(() => document.body.dataset.step)).toBe('6');
    // checkAndClosePages also holds every request to this origin; here, by name, the host.
    expect(requests.filter((url) => url.startsWith('http') && new URL(url).hostname !== '127.0.0.1')).toEqual([]);
  });

  test('the data desk reads a workbook from it, in its worker', { timeout: 90_000 }, async () => {
    const { page, requests } = await openPage(session.browser, `${baseUrl}desk.html?lang=en`);
    const bytes = workbook({ sheets: { Cakupan: [['region_code', 'period', 'metric', 'value', 'unit', 'source_url', 'confidence'], ['61.05', '2024', 'coverage_pct', 41.2, 'percent', 'https://example.org/rekap', 'high']] } });
    await page.locator('#file-input').setInputFiles([{ name: 'cakupan.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(bytes) }]);
    await expect.poll(() => page.locator('.table-report[data-sheet="Cakupan"]').textContent(), { timeout: 30_000 }).toMatch(/1 row loaded/);
    expect(requests.some((url) => /read-file\.worker-[^/]+\.js$/.test(url))).toBe(true);
  });
});
