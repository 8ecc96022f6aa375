// npm run package:offline: the presenter's laptop with no network, in two forms, both in dist-offline/:
//   - upacara-paritrana.html, the ceremony in ONE file (scripts/lib/offline/ceremony-file.ts): copied to a
//     USB stick and opened with a double-click; no Node, no terminal, no server. What presenters use.
//   - peta-paritrana-offline.tgz, the whole site (the map, the ceremony, the data desk) for a laptop with
//     Node: the built site (dist/, without the npm package's lib/ and the source maps) under site/, and
//     serve.mjs, a zero-dependency server for 127.0.0.1, with the site's Content-Security-Policy beside it
//     (content-security-policy.mjs, the one the site is tested under). Unpack with any tar (Windows 10
//     and later ship one), then `node serve.mjs`. The one file holds the ceremony alone: the map app and
//     the data desk (reading workbooks in a worker) need the site.
// Builds first when dist/ lacks the pages.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CEREMONY_FILE, ceremonyFileHtml } from './lib/offline/ceremony-file.ts';
import { buffer } from 'node:stream/consumers';
import { gzipSync } from 'node:zlib';
import { pack } from 'tar-stream';

const root = fileURLToPath(new URL('..', import.meta.url));
export const PACKAGE_FOLDER = 'peta-paritrana-offline';
/** What the ceremony needs from dist/; the rest is the app's and the embed's, which come along. */
const REQUIRED = ['present.html', 'index.html', 'data/coverage.csv', 'data/awards.csv', 'data/regencies.topo.json'];
/** The npm package's files, build manifests (.vite/) and the source maps: no use on the laptop. */
const LEFT_OUT = (path: string) => path.startsWith('lib/') || /(^|\/)\./.test(path) || path === 'custom-elements.json' || path.endsWith('.map');

const README = `Peta Paritrana, offline: the Paritrana Award ceremony on a laptop with no network.

The ceremony alone needs none of this: ${CEREMONY_FILE}, built beside this package, opens with a
double-click. This package is the whole site (the map, the ceremony, the data desk), served by Node:

  node serve.mjs        (Node 18 or newer; PORT=8080 node serve.mjs for another port)

then open http://127.0.0.1:4173/present.html?edition=2025 in Chrome, Edge or Firefox.
Keys: PageDown / Right / Space next, PageUp / Left previous, Home first, End last,
B or . black screen, F full screen, Esc leaves full screen (then presenter mode),
P opens the presenter view (next card, notes, timer) in a second window.
`;

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

export interface PackageOptions {
  /** The built site; dist/ by default. */
  dist?: string;
  /** Where the .tgz goes; dist-offline/ by default. */
  outDir?: string;
}

/** Writes the package from an existing build; returns its path. */
export async function packageOffline({ dist = join(root, 'dist'), outDir = join(root, 'dist-offline') }: PackageOptions = {}): Promise<string> {
  for (const file of REQUIRED) {
    if (!existsSync(join(dist, file))) throw new Error(`package:offline: ${join(dist, file)} is missing; build the site first (npm run build)`);
  }
  const siteFiles = filesUnder(dist).filter((path) => !LEFT_OUT(path));
  const folders = new Set<string>();
  for (const path of siteFiles) {
    const parts = path.split('/').slice(0, -1);
    for (let i = 1; i <= parts.length; i++) folders.add(`${parts.slice(0, i).join('/')}/`);
  }
  /** Folders end in "/" and have no content. */
  const entries: { path: string; data?: Buffer }[] = [
    { path: `${PACKAGE_FOLDER}/` },
    { path: `${PACKAGE_FOLDER}/README.txt`, data: Buffer.from(README) },
    { path: `${PACKAGE_FOLDER}/serve.mjs`, data: readFileSync(join(root, 'scripts/offline/serve.mjs')) },
    { path: `${PACKAGE_FOLDER}/content-security-policy.mjs`, data: readFileSync(join(root, 'scripts/offline/content-security-policy.mjs')) },
    { path: `${PACKAGE_FOLDER}/site/` },
    ...[...folders].sort().map((folder) => ({ path: `${PACKAGE_FOLDER}/site/${folder}` })),
    ...siteFiles.map((path) => ({ path: `${PACKAGE_FOLDER}/site/${path}`, data: readFileSync(join(dist, path)) })),
  ];
  // The build's time would do as well; a fixed one keeps the same build's package byte-identical.
  const mtime = new Date(Date.UTC(2025, 0, 1));
  const archive = pack();
  for (const { path, data } of entries) {
    archive.entry({ name: path, type: data ? 'file' : 'directory', mtime }, data);
  }
  archive.finalize();
  const tar = await buffer(archive);
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, `${PACKAGE_FOLDER}.tgz`);
  writeFileSync(out, gzipSync(tar, { level: 9 }));
  return out;
}

/** Writes the ceremony's one file from an existing build (its data/); returns its path. */
export async function writeCeremonyFile({ dist = join(root, 'dist'), outDir = join(root, 'dist-offline') }: PackageOptions = {}): Promise<string> {
  const html = await ceremonyFileHtml({ root, dist });
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, CEREMONY_FILE);
  writeFileSync(out, html);
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--build') || !REQUIRED.every((file) => existsSync(join(root, 'dist', file)))) {
    execSync('npm run build', { cwd: root, stdio: 'inherit' });
  }
  const file = await writeCeremonyFile();
  const out = await packageOffline();
  const size = (path: string) => `${(readFileSync(path).byteLength / 1000).toFixed(0)} KB`;
  console.log(`package:offline: ${relative(root, file)} (${size(file)}): the ceremony in one file; copy it to the laptop and double-click it.`);
  console.log(`package:offline: ${relative(root, out)} (${size(out)}): the whole site. On the laptop: tar -xzf ${PACKAGE_FOLDER}.tgz, cd ${PACKAGE_FOLDER}, node serve.mjs`);
}
