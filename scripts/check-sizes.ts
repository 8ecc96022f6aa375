// npm run check:sizes (run by npm test right after the build): the size of every script the build
// wrote, raw and gzipped, into bench/sizes.md and bench/sizes.json, and the budgets checked. Fails
// (exit 1) when a budgeted group is over. A group is what a page must fetch before it works: an
// entry and every chunk it imports statically, followed through the build's manifest
// (dist/embed/.vite/manifest.json); chunks imported dynamically (MapLibre) are counted apart.
// Bytes are exact; gzip is zlib level 9, each file on its own, as a server sends them.
// The partner page (legend, year slider and winners through the one-tag script, which imports each
// element and the data loader on demand) is measured in headless Chromium instead: every script it
// fetched until its elements showed their data (scripts/lib/embed/partner-page.ts), at zlib's default level.
// And the boundary files fetched on demand whose size is budgeted here: each regency's desa file, the
// national map's provinces and each other province's regencies (data/areas/).
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ELEMENTS } from './lib/elements/list.ts';
import { measurePartnerPage, PARTNER_PAGE } from './lib/embed/partner-page.ts';
import { CEREMONY_FILE, ceremonyFileHtml } from './lib/offline/ceremony-file.ts';

const DIST = 'dist';
const EMBED = join(DIST, 'embed');
const EMBED_MANIFEST = join(EMBED, '.vite', 'manifest.json');

/** Gzipped bytes. KB = 1,000 bytes, as the budgets are written. */
export const BUDGETS = {
  /**
   * A partner page with a legend, a year slider and a winners panel, and no map, loading
   * embed/paritrana.js: every script it fetches in Chromium, the data loader and parsers included.
   * 25,000 until the elements learnt dark colours (light-dark()), the phone's one-row legend and to name
   * a partner's mistyped attributes (about 0.8 KB together); 26,000 held that and no more. 26.2 KB since
   * issue 22 (the elements reach any area, `province="63"`: the area's folder and its tables; the words for
   * the map's areas load with the map, not here); 26,500 holds that and no more.
   */
  embedWithoutMap: 26_500,
  /**
   * The app page before anything is lazily loaded: dist/index.html's module script and its preloads.
   * 99.9 KB before issue 20, 64.3 KB after it (the details, MapLibre's renderer and stylesheet, the
   * downloads and the dialog load when wanted), 48.8 KB since issue 21 (the map's geometry code, its
   * label layout and the winners load while the data come: the first screen is in the HTML). Issue 21's
   * limit, 50 KB. 47.1 KB since issue 22, which reaches every area and promised the home province's first
   * screen no more than it had (48.5 KB): the problems panel and the downloads' code now load when wanted.
   * 48,500 holds that promise.
   */
  appCriticalPath: 48_500,
  /**
   * The iframe route (dist/embed.html, what a partner's iframe loads): its module script and preloads.
   * 40.6 KB when first budgeted (issue 21: the winners and the region details now come with the views
   * that show them; 68.1 KB before).
   */
  embedRouteCriticalPath: 42_000,
  /**
   * dist/index.html itself, with its first screen written in (the default year's map, legend, summary
   * and table: src/pages/app/first-screen.ts): 14.0 KB when first budgeted (issue 21; 5.6 KB without
   * it), under the 14.6 KB a server sends in its first round trip (TCP's first ten packets), which is
   * worth keeping. The map's shapes are half of it, simplified to what a screen shows; new figures add
   * to the table's rows, hence a little room.
   */
  firstScreenHtml: 16_000,
  /**
   * The ceremony's title card and its SVG map (dist/present.html's module script and preloads):
   * 58.7 KB since issue 21 (MapLibre off its first screen: it comes at the presenter's first press,
   * test/e2e/present-first-screen.e2e.test.ts; the presenter's window and the desa maps loaded when
   * wanted: 62.3 KB before); 59.6 KB with the map's faster test of the neighbours' names (d3-polygon);
   * 61,000 holds that and little more. 61.0 KB since issue 22 (the ceremony plays any area's edition,
   * ?province=63, and its map names a province's regencies or the country's provinces); 61,500 holds that.
   */
  presentCriticalPath: 61_500,
  /**
   * Each regency's desa file (dist/data/desa/<regency code>.topo.json), fetched by the ceremony when a
   * village winner's card comes: every one, not their sum, since a card loads one.
   */
  desaFile: 40_000,
  /**
   * The national map's provinces (dist/data/areas/indonesia/regencies.topo.json), the first thing
   * /?province=indonesia fetches: 38 provinces, simplified to fit (scripts/build-areas.ts).
   */
  nationalLayer: 60_000,
  /**
   * Each other province's regencies (dist/data/areas/<code>/regencies.topo.json), the first thing
   * /?province=<code> fetches: every one, not their sum, since a map loads one.
   */
  provinceRegencies: 25_000,
} as const;

interface ManifestChunk {
  file: string;
  name?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  assets?: string[];
}
type Manifest = Record<string, ManifestChunk>;

interface FileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

interface Group {
  name: string;
  files: string[];
  bytes: number;
  gzipBytes: number;
  budget: number | null;
  note: string;
}

function sizeOf(path: string): FileSize {
  const content = readFileSync(path);
  return { file: relative(DIST, path), bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}

function filesUnder(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => pattern.test(path) && statSync(path).isFile() && !path.includes(`${join('.vite', '')}`));
}

/** The manifest key of the embed entry built as dist/embed/NAME.js. */
function entryKey(manifest: Manifest, name: string): string {
  const key = Object.keys(manifest).find((k) => manifest[k]!.isEntry && manifest[k]!.file === `${name}.js`);
  if (!key) throw new Error(`${EMBED_MANIFEST}: no entry writes ${name}.js (expected one per element; see vite.embed.config.ts)`);
  return key;
}

/** Every file the entries load before running: themselves and their static imports, transitively. */
export function staticClosure(manifest: Manifest, keys: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${EMBED_MANIFEST}: "${key}" is imported but not listed`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return [...seen].map((key) => manifest[key]!.file).sort();
}

/** The module script and modulepreload links of a page of dist/ (index.html, present.html), as paths under dist/. */
function criticalFiles(page: string): string[] {
  const html = readFileSync(join(DIST, page), 'utf8');
  const files: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isModule = /^<script\b/.test(tag) && /type="module"/.test(tag);
    const isPreload = /^<link\b/.test(tag) && /rel="modulepreload"/.test(tag);
    const url = /(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if ((isModule || isPreload) && url && !/^[a-z]+:/i.test(url)) files.push(url.replace(/^\.?\//, ''));
  }
  if (files.length === 0) throw new Error(`${join(DIST, page)}: no module script found (run npm run build first)`);
  return files;
}

function group(name: string, files: string[], budget: number | null, note: string, sizes = files.map((file) => sizeOf(join(DIST, file)))): Group {
  return {
    name,
    files,
    bytes: sizes.reduce((sum, s) => sum + s.bytes, 0),
    gzipBytes: sizes.reduce((sum, s) => sum + s.gzipBytes, 0),
    budget,
    note,
  };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

async function main(): Promise<void> {
  for (const path of [join(DIST, 'index.html'), EMBED_MANIFEST]) {
    if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build first`);
  }
  const manifest = JSON.parse(readFileSync(EMBED_MANIFEST, 'utf8')) as Manifest;
  const embed = (...names: string[]) => staticClosure(manifest, names.map((name) => entryKey(manifest, name))).map((file) => join('embed', file));
  // The map's chunk is the one carrying MapLibre's worker; MapLibre itself is among its dynamic imports.
  const mapChunk = Object.values(manifest).find((chunk) => chunk.assets?.some((asset) => asset.includes('maplibre-gl-worker')));
  const maplibreKey = mapChunk?.dynamicImports?.find((key) => key.includes('node_modules/maplibre-gl/'));
  const appMapLibre = filesUnder(join(DIST, 'assets'), /maplibre-gl-[\w-]+\.m?js$/).map((path) => relative(DIST, path));

  const partner = await measurePartnerPage(DIST);
  const ceremonyHtml = Buffer.from(await ceremonyFileHtml({ root: process.cwd(), dist: DIST }));
  const ceremonyFile: FileSize = { file: CEREMONY_FILE, bytes: ceremonyHtml.length, gzipBytes: gzipSync(ceremonyHtml, { level: 9 }).length };
  // The map's own chunk and MapLibre must never be asked for by a page without a map.
  const mapFiles = [mapChunk?.file, ...(mapChunk?.dynamicImports ?? []).map((key) => manifest[key]?.file), ...(mapChunk?.assets ?? [])]
    .filter((file): file is string => Boolean(file))
    .map((file) => join('embed', file));
  const fetchedMapFiles = partner.requested.filter((path) => mapFiles.includes(path) || /maplibre/i.test(path));

  const groups: Group[] = [
    group('embed: a page with legend + year slider + winners, in Chromium', partner.scripts.map((s) => s.file), BUDGETS.embedWithoutMap,
      'every script response of a page loading embed/paritrana.js with the three elements and no map, until they show their data (loader and parsers included); gzip at zlib\'s default level',
      partner.scripts.map((s) => ({ file: s.file, bytes: s.bytes, gzipBytes: s.gzipBytes }))),
    group('embed: legend + year slider + winners entries', embed('paritrana-legend', 'paritrana-year-slider', 'paritrana-winners'), null,
      'paritrana-legend.js, paritrana-year-slider.js and paritrana-winners.js with their static imports (the data loader, imported on demand, not counted)'),
    group('app: critical path', criticalFiles('index.html'), BUDGETS.appCriticalPath, "dist/index.html's module script and modulepreloads"),
    group('app: index.html with its first screen', ['index.html'], BUDGETS.firstScreenHtml, 'the page itself, with the default view written in: map, legend, year, summary and table'),
    group('iframe route: critical path', criticalFiles('embed.html'), BUDGETS.embedRouteCriticalPath, "dist/embed.html's module script and modulepreloads"),
    group('ceremony: critical path', criticalFiles('present.html'), BUDGETS.presentCriticalPath, "dist/present.html's module script and modulepreloads: the title card and its SVG map (MapLibre comes at the first press)"),
    group('embed: paritrana.js, the autoloader alone', embed('paritrana'), null, 'the one-tag script with its static imports: what a page with no element fetches (each element is imported on first sight)'),
    ...ELEMENTS.map(({ tag }) => group(`embed: ${tag}.js`, embed(tag), null, 'with its static imports')),
    group('embed: MapLibre, lazily loaded', [
      ...(maplibreKey ? [join('embed', manifest[maplibreKey]!.file)] : []),
      ...(mapChunk?.assets ?? []).map((asset) => join('embed', asset)),
    ], null, 'fetched when a map upgrades from SVG to WebGL: the library chunk and its worker'),
    group('app: MapLibre, lazily loaded', appMapLibre, null, 'the same for the app page'),
    group(`offline: ${CEREMONY_FILE}, the ceremony in one file`, [CEREMONY_FILE], null,
      'what npm run package:offline writes for the presenter\'s USB stick, built here from dist/data: present.html with its script, styles, MapLibre and its worker (a data: URL) and the data files inside',
      [ceremonyFile]),
  ];
  if (!maplibreKey) throw new Error(`${EMBED_MANIFEST}: no MapLibre chunk among the dynamic imports (did the map start importing it statically?)`);

  const files = [...filesUnder(EMBED, /\.(m?js|css)$/), ...filesUnder(join(DIST, 'assets'), /\.(m?js|css)$/), ...filesUnder(join(DIST, 'lib'), /\.(m?js|css)$/)]
    .map(sizeOf)
    .sort((a, b) => a.file.localeCompare(b.file));

  // One group per desa file would bury the scripts' table: the largest stands for them all.
  const desaFiles = filesUnder(join(DIST, 'data', 'desa'), /\.topo\.json$/).map(sizeOf).sort((a, b) => b.gzipBytes - a.gzipBytes);
  if (desaFiles.length > 0) {
    const largest = desaFiles[0]!;
    groups.push(group(`data: the largest of ${desaFiles.length} desa files`, [largest.file], BUDGETS.desaFile,
      'each regency\'s desa and kecamatan, fetched for a village winner\'s card; every file is held to the budget, the largest shown', [largest]));
  }
  const overDesa = desaFiles.filter((f) => f.gzipBytes > BUDGETS.desaFile);

  // The other areas the site reaches (data/areas/): the national file, and the largest province's file for them all.
  const areasDir = join(DIST, 'data', 'areas');
  const nationalFile = join(areasDir, 'indonesia', 'regencies.topo.json');
  if (existsSync(nationalFile)) {
    groups.push(group('data: the national map\'s 38 provinces', [relative(DIST, nationalFile)], BUDGETS.nationalLayer,
      'data/areas/indonesia/regencies.topo.json, fetched by /?province=indonesia'));
  }
  const provinceFiles = filesUnder(areasDir, /[\\/]\d{2}[\\/]regencies\.topo\.json$/).map(sizeOf).sort((a, b) => b.gzipBytes - a.gzipBytes);
  if (provinceFiles.length > 0) {
    const largest = provinceFiles[0]!;
    groups.push(group(`data: the largest of ${provinceFiles.length} other provinces' regency files`, [largest.file], BUDGETS.provinceRegencies,
      'each province\'s regencies, fetched by /?province=<code>; every file is held to the budget, the largest shown', [largest]));
  }
  const overProvince = provinceFiles.filter((f) => f.gzipBytes > BUDGETS.provinceRegencies);

  const over = groups.filter((g) => g.budget !== null && g.gzipBytes > g.budget);
  const partnerGroup = groups[0]!;
  const md = [
    '# Bundle sizes',
    '',
    'Written by `npm run check:sizes` (run by `npm test` after the build) from `dist/`. Bytes are exact;',
    'gzip is zlib level 9, each file on its own. A group is an entry and every chunk it imports statically.',
    '',
    'The first group is measured in headless Chromium on this page, served beside the built site:',
    '',
    ...PARTNER_PAGE.split('\n').map((line) => `    ${line}`),
    '',
    '| group | raw | gzip | budget (gzip) | files |',
    '| --- | ---: | ---: | ---: | --- |',
    ...groups.map((g) => `| ${g.name} | ${kb(g.bytes)} | ${kb(g.gzipBytes)} | ${g.budget === null ? 'recorded' : `${kb(g.budget)}${g.gzipBytes > g.budget ? ' **over**' : ''}`} | ${g.files.map((f) => `\`${f}\``).join(', ')} |`),
    '',
    '## Every file',
    '',
    '| file | raw | gzip |',
    '| --- | ---: | ---: |',
    ...files.map((f) => `| \`${f.file}\` | ${f.bytes.toLocaleString('en-US')} | ${f.gzipBytes.toLocaleString('en-US')} |`),
    '',
  ].join('\n');
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/sizes.md', md);
  writeFileSync('bench/sizes.json', `${JSON.stringify({ budgets: BUDGETS, groups, partnerPage: partner.scripts, files }, null, 2)}\n`);

  for (const g of groups) {
    const budget = g.budget === null ? '' : ` (budget ${kb(g.budget)}${g.gzipBytes > g.budget ? ': OVER' : ''})`;
    console.log(`${g.name}: ${kb(g.bytes)} raw, ${kb(g.gzipBytes)} gzip${budget}`);
  }
  console.log(`${partnerGroup.name}, file by file:`);
  for (const s of partner.scripts) console.log(`  ${s.file}: ${s.bytes.toLocaleString('en-US')} B raw, ${s.gzipBytes.toLocaleString('en-US')} B gzip`);
  console.log('wrote bench/sizes.md and bench/sizes.json');
  if (fetchedMapFiles.length > 0) {
    console.error(`the partner page without a map fetched the map's code: ${fetchedMapFiles.join(', ')}`);
    process.exit(1);
  }
  for (const f of overDesa) console.error(`over budget: ${f.file} is ${f.gzipBytes.toLocaleString('en-US')} B gzip, budget ${BUDGETS.desaFile.toLocaleString('en-US')} B (simplify more: scripts/lib/boundaries/pipeline.ts)`);
  for (const f of overProvince) console.error(`over budget: ${f.file} is ${f.gzipBytes.toLocaleString('en-US')} B gzip, budget ${BUDGETS.provinceRegencies.toLocaleString('en-US')} B (simplify more: scripts/lib/boundaries/areas.ts)`);
  if (over.length > 0 || overDesa.length > 0 || overProvince.length > 0) {
    for (const g of over) console.error(`over budget: ${g.name} is ${g.gzipBytes.toLocaleString('en-US')} B gzip, budget ${g.budget!.toLocaleString('en-US')} B (${g.files.join(', ')})`);
    process.exit(1);
  }
}

await main();
