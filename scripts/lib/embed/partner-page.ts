// What a partner's page with a legend, a year slider and a winners panel, and no map, really fetches
// through the one-tag script (dist/embed/paritrana.js): measured in headless Chromium, every script
// response counted (the autoloader, each element's chunk, the shared chunks, the data loader and its
// parsers), not guessed from the manifest. The built dist/ is served by a small static server with the
// page beside it, as a partner would write it.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../../chromium.mjs';

/** The page, served at /partner-sizes.html beside the built site. */
export const PARTNER_PAGE = `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>Berita Daerah</title><link rel="icon" href="data:,">
<script type="module" src="embed/paritrana.js"></script></head>
<body>
<paritrana-legend></paritrana-legend>
<paritrana-year-slider></paritrana-year-slider>
<paritrana-winners></paritrana-winners>
</body></html>`;

const PAGE_PATH = '/partner-sizes.html';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

interface ScriptResponse {
  /** The path under dist/ ("embed/chunks/core-x.js"). */
  file: string;
  bytes: number;
  /** The body gzipped (zlib's default level), as a server would send it. */
  gzipBytes: number;
}

export interface PartnerPageMeasure {
  scripts: ScriptResponse[];
  gzipBytes: number;
  /** Every URL the page asked for, as paths under dist/. */
  requested: string[];
}

/**
 * Opens the page, waits until the three elements show their data (winners listed, the slider's
 * years, the legend's classes) and the network is quiet, and returns every script it fetched.
 */
export async function measurePartnerPage(dist: string): Promise<PartnerPageMeasure> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('check:sizes: no Chromium found to measure the partner page; run node scripts/setup.mjs --browser or set CHROMIUM_PATH');
  const root = normalize(dist);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://site').pathname);
    if (path === PAGE_PATH) {
      response.writeHead(200, { 'content-type': TYPES['.html']! }).end(PARTNER_PAGE);
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(404, { 'content-type': 'text/plain' }).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const requested: string[] = [];
    const pending: Promise<ScriptResponse>[] = [];
    page.on('request', (request) => requested.push(request.url()));
    page.on('response', (response) => {
      const url = response.url();
      if (response.request().resourceType() !== 'script' && !/\.m?js$/.test(new URL(url).pathname)) return;
      pending.push(response.body().then((body) => ({ file: pathOf(url, origin), bytes: body.length, gzipBytes: gzipSync(body).length })));
    });
    await page.goto(`${origin}${PAGE_PATH}`);
    await page.waitForFunction(
      // A string, not a function: tsx would wrap a function's inner helpers in a __name() the page lacks.
      `(() => {
        const shadow = (tag) => document.querySelector(tag)?.shadowRoot;
        return (shadow('paritrana-winners')?.querySelectorAll('li[part~="winner"]').length ?? 0) > 0
          && Boolean(shadow('paritrana-year-slider')?.querySelector('[role="slider"]')?.getAttribute('aria-valuenow'))
          && (shadow('paritrana-legend')?.querySelectorAll('[part~="entry"]').length ?? 0) > 0;
      })()`,
      undefined,
      { timeout: 20_000 },
    ).catch((error: unknown) => {
      throw new Error(`check:sizes: the partner page did not show its three elements (${errors.join('; ') || 'no error logged'})`, { cause: error });
    });
    await page.waitForLoadState('networkidle');
    if (errors.length > 0) throw new Error(`check:sizes: the partner page logged errors: ${errors.join('; ')}`);
    const scripts = (await Promise.all(pending)).sort((a, b) => a.file.localeCompare(b.file));
    return { scripts, gzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0), requested: requested.map((url) => pathOf(url, origin)) };
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

function pathOf(url: string, origin: string): string {
  return url.startsWith(origin) ? new URL(url).pathname.replace(/^\//, '') : url;
}
