// Offline after one visit: the site's service worker (src/pages/offline/service-worker.ts) keeps the
// pages, their code and the data, so a reload in a hall with no network still shows the map and the
// ceremony; while the network answers, a data file replaced on the server is what the next visit shows;
// the presenter's window says when the show is ready to run offline; a partner's page gets no worker.
// Each test opens a fresh browser context, so the worker installs from nothing.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright';
import { openPage, REGENCY_CODES, regencyClasses, type RegencyClass, useBrowser, waitForSvgMap, waitForWebglMap, WEBGL_TIMEOUT } from './browser.ts';
import { OFFLINE_CHECK } from '../../src/pages/shared/offline-check.ts';
import { startSiteServer, type SiteServer } from './site-server.ts';

const baseUrl = inject('baseUrl');
const root = fileURLToPath(new URL('../..', import.meta.url));

/** Installing fetches about 4 MB of code and data from this machine: seconds, more on a loaded one. */
const KEEP_TIMEOUT = 60_000;

/**
 * A copy of the built site served by the presenter's laptop server, whose data files a test may replace
 * as a host would, with no rebuild.
 */
let copy: string;
let server: SiteServer | undefined;
beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'paritrana-sw-'));
  cpSync(join(root, 'dist'), join(copy, 'site'), { recursive: true, filter: (path) => !/[\\/]dist[\\/](lib|embed)([\\/]|$)|\.map$/.test(path) });
  for (const file of ['serve.mjs', 'content-security-policy.mjs']) cpSync(join(root, 'scripts/offline', file), join(copy, file));
});
afterAll(() => {
  server?.stop();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

/** Every laptop server a test started: the pages' requests go to their origins. */
const otherOrigins: string[] = [];
const session = useBrowser(baseUrl, { otherOrigins: () => otherOrigins });

/** Whether the page's active worker says it holds everything the site needs with no network. */
function offlineCopyKept(page: Page): Promise<boolean> {
  return page.evaluate(async (question) => {
    const registration = await navigator.serviceWorker.ready;
    const channel = new MessageChannel();
    const answer = new Promise<boolean>((resolve) => {
      channel.port1.onmessage = (event: MessageEvent<{ ready: boolean }>) => resolve(event.data.ready);
    });
    registration.active!.postMessage({ type: question }, [channel.port2]);
    return answer;
  }, OFFLINE_CHECK);
}

async function waitForOfflineCopy(page: Page): Promise<void> {
  await expect.poll(() => offlineCopyKept(page), { timeout: KEEP_TIMEOUT }).toBe(true);
}

/** The map drew its 14 regencies, those with a figure in a colour class, not all hatched; returns the classes. */
async function expectColouredMap(page: Page): Promise<Record<string, RegencyClass>> {
  const classes = await regencyClasses(page);
  expect(Object.keys(classes).sort()).toEqual(REGENCY_CODES);
  expect(Object.values(classes).filter((value) => typeof value === 'number').length).toBeGreaterThan(0);
  return classes;
}

const cardKind = (page: Page) => page.evaluate(() => document.querySelector<HTMLElement>('#card')?.dataset.kind);

describe('offline after one visit', () => {
  test('the app reloads with no network: the coloured map, every request answered by the worker', { timeout: KEEP_TIMEOUT + 60_000 }, async () => {
    const { page, requests } = await openPage(session.browser, `${baseUrl}?year=2024`, { serviceWorkers: 'allow' });
    const online = await expectColouredMap(page);
    await waitForOfflineCopy(page);
    await page.context().setOffline(true);
    const before = requests.length;
    await page.reload();
    await waitForSvgMap(page);
    expect(await expectColouredMap(page)).toEqual(online);
    await expect.poll(() => page.locator('#figures tbody tr[data-code="61.04"]').textContent()).toContain('68,02%');
    // The favicon once at most, from the worker's cache: never asked again and again of a missing network.
    expect(requests.slice(before).filter((url) => url.endsWith('/favicon.svg')).length).toBeLessThanOrEqual(1);
  });

  test('another area opened once (the national map) opens again with no network; its files are kept when opened, not at install', { timeout: KEEP_TIMEOUT + 60_000 }, async () => {
    const { page } = await openPage(session.browser, baseUrl, { serviceWorkers: 'allow' });
    await waitForOfflineCopy(page);
    // The install kept no other area: every visitor of the home province would pay for 38 maps.
    const keptAreas = () =>
      page.evaluate(async () => {
        const urls: string[] = [];
        for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
        return urls.filter((url) => url.includes('/data/areas/')).length;
      });
    expect(await keptAreas()).toBe(0);
    // The map draws a frame after the table: its 38 provinces, however long that takes here.
    const drawn = async () => {
      await expect.poll(async () => Object.keys(await regencyClasses(page)).length, { timeout: 30_000 }).toBe(38);
      return regencyClasses(page);
    };
    await page.goto(`${baseUrl}?province=indonesia`);
    await page.waitForFunction(() => document.querySelectorAll('#figures tbody tr').length === 38);
    const online = await drawn();
    expect(await keptAreas()).toBeGreaterThan(0);
    await page.context().setOffline(true);
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('#figures tbody tr').length === 38 && document.documentElement.hasAttribute('data-area-drawn'));
    expect(await drawn()).toEqual(online);
    expect(await page.locator('h1').textContent()).toBe('Cakupan BPJS Ketenagakerjaan di Indonesia');
  });

  test('the ceremony opens with no network on its title card, and its WebGL map comes at the first press, though only the app was visited', { timeout: KEEP_TIMEOUT + WEBGL_TIMEOUT + 60_000 }, async () => {
    const { page } = await openPage(session.browser, baseUrl, { serviceWorkers: 'allow' });
    await waitForOfflineCopy(page);
    await page.context().setOffline(true);
    // Never opened online: its page, its code, MapLibre and its worker come from the worker's caches.
    await page.goto(`${baseUrl}present.html?edition=2025`);
    await expect.poll(() => cardKind(page)).toBe('title');
    await expect.poll(() => page.locator('#card h1').textContent()).toBe('Paritrana Award 2025');
    // MapLibre comes once the show is under way (the clicker's first press), from the caches too.
    await page.keyboard.press('PageDown');
    await expect.poll(() => cardKind(page)).toBe('province');
    await waitForWebglMap(page);
    await expectColouredMap(page);
  });

  test("the presenter's window says it is not ready offline, then that it is", { timeout: KEEP_TIMEOUT + 60_000 }, async () => {
    // The worker's install is held on one data file until the first words have been read.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const { page } = await openPage(session.browser, `${baseUrl}present.html?edition=2025&view=presenter`, {
      serviceWorkers: 'allow',
      waitForMap: false,
      before: (page) => page.context().route('**/data/boundaries-SOURCE.txt', async (route) => {
        await held;
        await route.continue();
      }),
    });
    const status = page.locator('#pv-offline');
    await expect.poll(() => status.textContent(), { timeout: KEEP_TIMEOUT }).toBe('Belum siap luring');
    expect(await status.getAttribute('role')).toBe('status');
    release();
    await expect.poll(() => status.textContent(), { timeout: KEEP_TIMEOUT }).toBe('Siap luring');
    expect(await status.getAttribute('data-ready')).toBe('true');
  });
});

describe('the data stays the server\'s', () => {
  test('a coverage.csv replaced on the server, with no rebuild, is what the next visit shows; offline, that one is kept', { timeout: 2 * KEEP_TIMEOUT + 60_000 }, async () => {
    server = await startSiteServer(copy);
    otherOrigins.push(new URL(server.url).origin);
    const url = `${server.url}?year=2024`;
    const ketapang = (page: Page) => page.locator('#figures tbody tr[data-code="61.04"]').textContent();
    const { page } = await openPage(session.browser, url, { serviceWorkers: 'allow' });
    await expect.poll(() => ketapang(page)).toContain('68,02%');
    await waitForOfflineCopy(page);

    // The host replaces one figure in the deployed data/ folder.
    const coverage = join(copy, 'site/data/coverage.csv');
    const published = readFileSync(coverage, 'utf8');
    expect(published).toContain('61.04,Kabupaten Ketapang,2024,coverage_pct,68.02,');
    writeFileSync(coverage, published.replace('61.04,Kabupaten Ketapang,2024,coverage_pct,68.02,', '61.04,Kabupaten Ketapang,2024,coverage_pct,71.37,'));

    await page.goto(url);
    await waitForSvgMap(page);
    await expect.poll(() => ketapang(page)).toContain('71,37%');
    expect(await ketapang(page)).not.toContain('68,02%');

    // The worker kept the new file: with no network, the page shows it, not the copy of the first visit.
    await page.context().setOffline(true);
    await page.reload();
    await waitForSvgMap(page);
    await expect.poll(() => ketapang(page)).toContain('71,37%');
  });
});

describe('turning it off', () => {
  test('a site rebuilt with PARITRANA_OFFLINE=off has no worker, and takes away the one a reader kept, with its caches', { timeout: 240_000 }, async () => {
    const folder = mkdtempSync(join(tmpdir(), 'paritrana-sw-off-'));
    let site: SiteServer | undefined;
    try {
      cpSync(copy, folder, { recursive: true });
      site = await startSiteServer(folder);
      otherOrigins.push(new URL(site.url).origin);
      const { page } = await openPage(session.browser, site.url, { serviceWorkers: 'allow' });
      await waitForOfflineCopy(page);

      // The same address, redeployed from a build with the switch off (a build: a minute on a loaded machine).
      // As a host runs it (its own process: a production build, whatever this one's NODE_ENV).
      await promisify(execFile)(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn', '--outDir', join(folder, 'site'), '--emptyOutDir'], {
        cwd: root,
        env: { ...process.env, NODE_ENV: 'production', PARITRANA_OFFLINE: 'off' },
      });
      expect(existsSync(join(folder, 'site/service-worker.js'))).toBe(false);

      // The first visit takes the worker away; the one after it, with no worker, whatever that worker
      // kept while it still served the first.
      await page.goto(site.url);
      await waitForSvgMap(page);
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.getRegistrations().then((found) => found.length)), { timeout: KEEP_TIMEOUT }).toBe(0);
      await page.goto(site.url);
      await waitForSvgMap(page);
      await expect.poll(() => page.evaluate(async () => ({
        workers: (await navigator.serviceWorker.getRegistrations()).length,
        caches: (await caches.keys()).length,
      })), { timeout: KEEP_TIMEOUT }).toEqual({ workers: 0, caches: 0 });
    } finally {
      site?.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe("a partner's page", () => {
  test('the partner script registers no worker, even on the site\'s own origin', { timeout: WEBGL_TIMEOUT + 30_000 }, async () => {
    // A page on the site's origin (where a worker could register) written as a partner writes one.
    const partnerUrl = `${baseUrl}mitra-berita.html`;
    const partnerPage = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Berita</title><link rel="icon" href="favicon.svg">
<script type="module" src="embed/paritrana.js"></script></head><body><h1>Berita</h1>
<paritrana-legend lang="id"></paritrana-legend><paritrana-year-slider lang="id"></paritrana-year-slider><paritrana-winners lang="id"></paritrana-winners></body></html>`;
    const { page, requests } = await openPage(session.browser, partnerUrl, {
      serviceWorkers: 'allow',
      waitForMap: false,
      before: (page) => page.route(partnerUrl, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: partnerPage })),
    });
    await expect.poll(() => page.locator('paritrana-winners h2').first().textContent(), { timeout: WEBGL_TIMEOUT }).toMatch(/Paritrana Award/);
    await page.waitForFunction(() => document.readyState === 'complete');
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((registrations) => registrations.length))).toBe(0);
    expect(requests.filter((url) => /service-worker/.test(url))).toEqual([]);
  });

  test('neither the partner script nor the npm package names the worker', () => {
    const scripts = ['dist/embed', 'dist/lib'].flatMap((folder) =>
      readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' }).filter((file) => /\.m?js$/.test(file)).map((file) => join(folder, file)));
    expect(scripts.length).toBeGreaterThan(10);
    for (const file of scripts) expect(readFileSync(join(root, file), 'utf8'), file).not.toMatch(/serviceWorker|service-worker/);
  });
});
