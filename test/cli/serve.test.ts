// The server `npm start` runs and `npm run bench` measures Lighthouse through (scripts/serve.mjs): it
// must serve as docs/deploying.md tells a host to, or the figures measured through it are not the ones
// readers get. gzip for text when the browser accepts it, .js and .mjs as JavaScript (a browser
// refuses a module or MapLibre's worker of any other type), the site's Content-Security-Policy, a year
// for hashed files and no-cache for the pages and the data, 404 for a missing file (never the page in
// its place). Against a small folder made here, shaped like dist/, so it needs no build.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../scripts/offline/content-security-policy.mjs';
import { start } from '../../scripts/serve.mjs';

/** A loaded 2-core machine can take seconds to start a server or answer. */
const LIMIT_MS = 30_000;

/** The site: the files a host serves, as dist/ names them (hashed names in assets/). */
const FILES: Record<string, string | Buffer> = {
  'index.html': '<!doctype html>\n<html lang="id"><title>Peta Paritrana</title><script type="module" src="./assets/index-AbC123xy.js"></script></html>\n',
  'assets/index-AbC123xy.js': `export const regencies = ${JSON.stringify(Array.from({ length: 50 }, (_, i) => `Kabupaten ${i}`))};\n`,
  'assets/maplibre-gl-worker-Zz9Yy8Xx.mjs': 'self.onmessage = (event) => self.postMessage(event.data);\n',
  'data/coverage.csv': 'region_code,year,coverage_pct\n61.01,2024,41.2\n61.02,2024,\n',
  'data/regencies.topo.json': JSON.stringify({ type: 'Topology', objects: {}, arcs: [] }),
  'embed/paritrana.js': 'import("./chunks/map-Q1w2E3r4.js");\n',
  'embed/chunks/map-Q1w2E3r4.js': 'export default 1;\n',
  'service-worker.js': 'self.addEventListener("fetch", () => {});\n',
  // A PNG's first bytes: compressed already, so sent as it is.
  'icon.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
};

const site = mkdtempSync(path.join(tmpdir(), 'paritrana-serve-'));
for (const [name, content] of Object.entries(FILES)) {
  mkdirSync(path.dirname(path.join(site, name)), { recursive: true });
  writeFileSync(path.join(site, name), content);
}
afterAll(() => rmSync(site, { recursive: true, force: true }));

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The bytes as they came over the wire (still gzipped when content-encoding says so). */
  raw: Buffer;
}

/** What Chromium sends: it accepts brotli and zstd too, but a host is asked for gzip (docs/deploying.md). */
const CHROMIUM_ACCEPTS = 'gzip, deflate, br, zstd';

/** A GET with node:http, which, unlike fetch, leaves the body as it came. */
function request(url: string, acceptGzip = true): Promise<Answer> {
  return new Promise((resolve, reject) => {
    get(url, { headers: acceptGzip ? { 'accept-encoding': CHROMIUM_ACCEPTS } : {} }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, raw: Buffer.concat(chunks) }));
      response.on('error', reject);
    }).on('error', reject);
  });
}

/** The body as the browser reads it: gunzipped when it came gzipped. */
const body = (answer: Answer) => (answer.headers['content-encoding'] === 'gzip' ? gunzipSync(answer.raw) : answer.raw);

describe('scripts/serve.mjs, the server of npm start and of the bench', () => {
  let server: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    server = await start(site, { port: 0 });
  }, LIMIT_MS);
  afterAll(() => server?.close());

  test('binds 127.0.0.1 unless told otherwise, so nothing else on the network reaches it', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  test('the page, the scripts and the data come gzipped (not brotli) to Chromium, each file whole', async () => {
    for (const [name, type] of [
      ['', /^text\/html/],
      ['assets/index-AbC123xy.js', /^text\/javascript/],
      ['data/regencies.topo.json', /^application\/json/],
      ['data/coverage.csv', /^text\/csv/],
    ] as const) {
      const answer = await request(server.url + name);
      expect(answer.status, name).toBe(200);
      expect(answer.headers['content-encoding'], name).toBe('gzip');
      expect(answer.headers['content-type'], name).toMatch(type);
      expect(body(answer).equals(Buffer.from(FILES[name || 'index.html']!)), name).toBe(true);
    }
  }, LIMIT_MS);

  test('a browser that does not ask for gzip gets the file as it is; an image is never gzipped', async () => {
    const page = await request(server.url, false);
    expect(page.headers['content-encoding']).toBeUndefined();
    expect(page.raw.toString()).toBe(FILES['index.html']);
    const image = await request(`${server.url}icon.png`);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.headers['content-encoding']).toBeUndefined();
  }, LIMIT_MS);

  test('MapLibre\'s worker (.mjs) is JavaScript: a browser refuses a module of any other type', async () => {
    const worker = await request(`${server.url}assets/maplibre-gl-worker-Zz9Yy8Xx.mjs`);
    expect(worker.status).toBe(200);
    expect(worker.headers['content-type']).toMatch(/^text\/javascript/);
    expect(body(worker).toString()).toBe(FILES['assets/maplibre-gl-worker-Zz9Yy8Xx.mjs']);
  }, LIMIT_MS);

  test('every answer carries the site\'s Content-Security-Policy and lets partners\' pages load it', async () => {
    for (const name of ['', 'assets/index-AbC123xy.js', 'embed/paritrana.js', 'data/coverage.csv', 'missing.html']) {
      const answer = await request(server.url + name);
      expect(answer.headers['content-security-policy'], name).toBe(CONTENT_SECURITY_POLICY);
      expect(answer.headers['access-control-allow-origin'], name).toBe('*');
    }
  }, LIMIT_MS);

  test('hashed files are kept a year; the pages, the data, the partners\' script and the service worker are asked for again', async () => {
    const year = 'public, max-age=31536000, immutable';
    expect((await request(`${server.url}assets/index-AbC123xy.js`)).headers['cache-control']).toBe(year);
    expect((await request(`${server.url}embed/chunks/map-Q1w2E3r4.js`)).headers['cache-control']).toBe(year);
    for (const name of ['', 'index.html', 'data/coverage.csv', 'embed/paritrana.js', 'service-worker.js']) {
      expect((await request(server.url + name)).headers['cache-control'], name).toBe('no-cache');
    }
  }, LIMIT_MS);

  test('a file asked again unchanged comes back as "304 Not Modified", a few bytes', async () => {
    const first = await request(`${server.url}data/coverage.csv`);
    const again = await new Promise<number>((resolve, reject) => {
      get(`${server.url}data/coverage.csv`, { headers: { 'if-none-match': first.headers.etag! } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      }).on('error', reject);
    });
    expect(again).toBe(304);
  }, LIMIT_MS);

  test('a missing file is 404, not a page in its place', async () => {
    for (const missing of ['data/missing.csv', 'nope.html', 'assets/gone-12345678.js', 'no-such-page/', 'embed/']) {
      const answer = await request(server.url + missing);
      expect(answer.status, missing).toBe(404);
      expect(answer.headers['content-type'], missing).not.toMatch(/html/);
      expect(answer.headers['cache-control'], missing).toBe('no-cache');
    }
  }, LIMIT_MS);

  test('a folder that is not there stops it at once, naming the folder and the build', async () => {
    const missing = path.join(site, 'dist-not-built');
    await expect(start(missing, { port: 0 })).rejects.toThrow(`${missing} is not a folder; build the site first (npm run build)`);
  });
});
