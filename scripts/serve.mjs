#!/usr/bin/env node
// The built site served as a production host serves it (docs/deploying.md): what `npm start` runs and
// what `npm run bench` measures Lighthouse through, so its figures are the ones a reader gets.
//   node scripts/serve.mjs [folder] [--host 127.0.0.1]    folder: dist/ unless named; PORT=8080 for
//                                                        another port (PORT=0: any free one)
//   import { start } from './serve.mjs'; const { url, close } = await start('dist', { port: 0 });
//
// - gzip on the fly (the `compression` middleware, zlib level 6) for every text file (HTML, JavaScript,
//   CSS, JSON, CSV, SVG, the web manifest, plain text) when the browser accepts it; gzip only, never
//   brotli, even to a browser that accepts both (as every current one does): gzip is what
//   docs/deploying.md asks of a host and what any host can do, so the figures are the ones a reader gets;
// - the files themselves by `sirv`: .js and .mjs as JavaScript, a weak ETag, so that a `no-cache`
//   file asked again comes back as a few bytes of "304 Not Modified";
// - a missing file answers 404, never a page in its place (no single-page fallback);
// - on every response the site's Content-Security-Policy (scripts/offline/content-security-policy.mjs),
//   Access-Control-Allow-Origin: * (partners' pages load /embed/ and /data/ from another origin,
//   docs/elements.md) and X-Content-Type-Options: nosniff;
// - Cache-Control: a year, immutable, for the files with a hash in their names (assets/, embed/chunks/),
//   no-cache for everything else (the pages, data/, service-worker.js, embed/paritrana.js).
import { createServer } from 'node:http';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import compression from 'compression';
import sirv from 'sirv';
import { CONTENT_SECURITY_POLICY } from './offline/content-security-policy.mjs';

/** zlib's level for the on-the-fly gzip: 6, zlib's default (nginx's is 1; CDNs use 6 or more). */
export const GZIP_LEVEL = 6;

/** Folders whose files have a hash of their content in their names: cached for a year. */
const HASHED_FOLDERS = ['/assets/', '/embed/chunks/'];

/** The Cache-Control header for a URL path (relative to the site's root), as docs/deploying.md prescribes. */
function cacheControl(pathname) {
  return HASHED_FOLDERS.some((folder) => pathname.startsWith(folder)) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** Whether an Accept-Encoding header accepts gzip ("gzip" or "*", without q=0). */
function acceptsGzip(header) {
  return header.split(',').some((part) => {
    const [coding, ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const quality = parameters.find((parameter) => parameter.startsWith('q='));
    return (coding === 'gzip' || coding === 'x-gzip' || coding === '*') && (quality === undefined || Number(quality.slice(2)) > 0);
  });
}

/**
 * Serves `root` on http://host:port/ (host 127.0.0.1 and port 4173 unless given; port 0: any free one).
 * Resolves once it listens, with its address (ending in "/") and a close that resolves once it stopped.
 */
export async function start(root, { port = 4173, host = '127.0.0.1' } = {}) {
  const folder = resolve(root);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new Error(`serve: ${folder} is not a folder; build the site first (npm run build)`);
  }
  // compression's default filter: every type the mime database calls compressible (text/*, JavaScript,
  // JSON and +json, SVG), none of the images or fonts that are compressed already. threshold 0: a
  // small file too, as the listed types all are text.
  const gzip = compression({ level: GZIP_LEVEL, threshold: 0 });
  const files = sirv(folder, { etag: true, dotfiles: false });
  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Cache-Control', cacheControl(pathname));
    // compression answers brotli first to a browser that accepts it: the request says gzip alone.
    if (request.headers['accept-encoding'] !== undefined) request.headers['accept-encoding'] = acceptsGzip(request.headers['accept-encoding']) ? 'gzip' : 'identity';
    gzip(request, response, () => {
      files(request, response, () => {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' });
        response.end(`Not found: ${pathname}\n`);
      });
    });
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      done();
    });
  });
  const address = server.address();
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}/`,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { host: { type: 'string' } } });
  const root = positionals[0] ?? 'dist';
  const host = values.host;
  const port = Number(process.env.PORT ?? 4173);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve: PORT=${process.env.PORT} is not a port; write a whole number from 1 to 65535 (0: any free one)`);
    process.exit(1);
  }
  try {
    const { url } = await start(root, { port, host });
    console.log(`Peta Paritrana at ${url} (${root}, gzip; Ctrl+C stops it)`);
  } catch (error) {
    console.error(error.code === 'EADDRINUSE' ? `serve: port ${port} is in use; try PORT=8080` : error.message);
    process.exit(1);
  }
}

// Run as a command (not imported).
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await main();
