// The presenter's laptop: serves the site beside this file (site/) on http://127.0.0.1 only, so the
// ceremony runs with no network and nothing else on the room's network can reach it. Zero
// dependencies: Node 18 or newer is all it needs. `node serve.mjs`; PORT=8080 node serve.mjs for
// another port (PORT=0: any free one). It opens nothing: open the printed address yourself.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.mjs';

const ROOT = fileURLToPath(new URL('./site/', import.meta.url));
const HOST = '127.0.0.1';
const PORT = Number(process.env.PORT ?? 4173);

// Module scripts and MapLibre's worker (.mjs) are refused by the browser unless sent as JavaScript.
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
};

/** The file for a URL path, or null when it is outside the site or missing. */
function fileFor(urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = normalize(join(ROOT, path));
  // ROOT ends in the platform's separator; "/.." and encoded dots normalise to outside it.
  if (!file.startsWith(ROOT) && file + sep !== ROOT) return null;
  try {
    const stat = statSync(file);
    if (stat.isFile()) return { file, size: stat.size };
    if (stat.isDirectory()) {
      const index = join(file, 'index.html');
      return statSync(index).isFile() ? { file: index, size: statSync(index).size } : null;
    }
  } catch {
    return null;
  }
  return null;
}

const server = createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', `http://${HOST}`);
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const found = fileFor(pathname);
  if (!found) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: ${pathname}\n`);
    return;
  }
  response.writeHead(200, {
    'content-type': TYPES[extname(found.file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': found.size,
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    'content-security-policy': CONTENT_SECURITY_POLICY,
  });
  if (request.method === 'HEAD') response.end();
  else createReadStream(found.file).pipe(response);
});

server.on('error', (error) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${PORT} is in use: try PORT=8080 node serve.mjs` : error.message);
  process.exit(1);
});

server.listen(PORT, HOST, () => {
  const { port } = server.address();
  console.log(`Peta Paritrana at http://${HOST}:${port}/`);
  console.log(`Ceremony: http://${HOST}:${port}/present.html?edition=2025`);
  console.log('Ctrl+C stops it.');
});
