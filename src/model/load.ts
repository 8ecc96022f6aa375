// Loading everything the page shows, from URLs relative to the page (the built site must work from any
// folder of any server). Nothing here throws on bad data: a missing file or a bad row becomes a Problem
// the page shows, and every valid row still loads.
//
// The tables come from data/dataset.json, which the build writes from the CSV files after checking
// them (src/data/dataset-json.ts): reading it takes JSON.parse alone, as long as the CSV files served
// are those it was built from. The CSV parser and validator (parse-files.ts) load only when they are
// needed: for CSV files a page names itself (a partner's own coverage-src), for a CSV file replaced in
// a deployed data/ folder, for a site deployed without dataset.json, and for boundary files, which are
// checked against the regions before they are drawn.
import type { Topology } from 'topojson-specification';
import { datasetFromJson, fingerprint } from '../data/dataset-json.ts';
import type { Dataset } from '../data/dataset.ts';
import { DATA_FILE_NAMES, DATASET_JSON, PROVINCE_JSON } from '../data/files.ts';
import type { Problem } from '../data/problems.ts';
import type { ProvinceInfo } from '../data/province.ts';
import type { Fetched, FileKind, PageContext } from './load-failures.ts';

/** Where each file is, relative to the page. */
export const DATA_PATHS = {
  regions: `data/${DATA_FILE_NAMES.regions}`,
  coverage: `data/${DATA_FILE_NAMES.coverage}`,
  awards: `data/${DATA_FILE_NAMES.awards}`,
  regencyTopology: 'data/regencies.topo.json',
  contextTopology: 'data/context.topo.json',
  province: `data/${PROVINCE_JSON}`,
} as const;

/** The three tables, checked and parsed at build time. */
export const DATASET_PATH = `data/${DATASET_JSON}`;

export type FileKey = keyof typeof DATA_PATHS;
type TableKey = 'regions' | 'coverage' | 'awards';
type BoundaryKey = 'regencyTopology' | 'contextTopology';
/** What a map needs besides the tables: the boundaries, and which province they are (its frame and names). */
export const MAP_FILES: readonly FileKey[] = ['regencyTopology', 'contextTopology', 'province'];
const TABLES: readonly TableKey[] = ['regions', 'coverage', 'awards'];
const BOUNDARIES: readonly BoundaryKey[] = ['regencyTopology', 'contextTopology'];

export interface AppData {
  dataset: Dataset;
  /** Objects `kabupaten` (ids are Kemendagri codes) and `provinsi`; null when it could not be used. */
  regencyTopology: Topology | null;
  /** Neighbouring land (objects `provinsi` and `negara`), drawn muted; null when it could not be used. */
  contextTopology: Topology | null;
  /**
   * Which province the data is: its names, the camera's box and the names around it (data/province.json);
   * null when it could not be used, or was not asked for. Nothing in the scripts names a province.
   */
  province: ProvinceInfo | null;
  /** Every problem with every file, in file order. */
  problems: Problem[];
}

export type Fetcher = (url: string) => Promise<Response>;

export type { PageContext } from './load-failures.ts';

/** No page to ask whether it is online or where it is from: a test's or a script's load. */
export const NO_PAGE: PageContext = { origin: null, online: () => true };

/** Files given in place of the defaults, by URL (a partner's own coverage CSV, say). */
export type DataOverrides = Partial<Record<FileKey, string | URL>>;

/**
 * Fetches and parses the data files. `base` is the URL the default paths are relative to: the page's
 * own address (document.baseURI) in the app. A file given in `overrides` is fetched from there instead,
 * and its problems name it by its full address.
 */
export async function loadAppData(
  base: string | URL,
  // Asking the server each time whether a file changed (an answer of "not modified" is a few bytes):
  // figures replaced in a deployed data/ folder show at the next load, whatever the server's caching.
  fetcher: Fetcher = (url) => fetch(url, { cache: 'no-cache' }),
  overrides: DataOverrides = {},
  /** Files not wanted (boundaries, for an element that draws no map): not fetched, left null. */
  skip: readonly FileKey[] = [],
  page: PageContext = NO_PAGE,
  /**
   * The folder of the area shown (src/data/area.ts areaFolder): data/ for the deployment's own province,
   * data/areas/<area>/ for another, whose tables come as dataset.json alone (the build writes them from
   * the national tables; no CSV file is served beside them).
   */
  folder = 'data/',
): Promise<AppData> {
  const home = folder === 'data/';
  const path = (key: FileKey) => (home ? DATA_PATHS[key] : `${folder}${DATA_PATHS[key].slice('data/'.length)}`);
  const name = (key: FileKey) => (overrides[key] === undefined ? path(key) : new URL(overrides[key]!, base).href);
  const get = (key: FileKey) => fetchText(new URL(overrides[key] ?? path(key), base), name(key), fetcher, kindOf(key), overrides[key] !== undefined, page);
  // Every request starts at once; boundaries are parsed once the tables they are checked against are in.
  const boundaryKeys = BOUNDARIES.filter((key) => !skip.includes(key));
  const boundaries = Promise.all(boundaryKeys.map(get));
  const provinceFile = skip.includes('province') ? null : get('province');
  // Boundaries are checked by parse-files.ts: its code comes while the files do, not after them.
  const parser = boundaryKeys.length > 0 || provinceFile ? import('./parse-files.ts') : null;
  const tables = home ? await loadTables(base, fetcher, overrides, name, get, page) : await loadAreaTables(base, fetcher, folder, page);
  const problems = [...tables.problems];

  const boundaryTexts = await boundaries;
  const topologies: Record<BoundaryKey, Topology | null> = { regencyTopology: null, contextTopology: null };
  let province: ProvinceInfo | null = null;
  if (parser) {
    const { parseTopology, readProvince, TOPOLOGY_CHECKS } = await parser;
    for (const [i, key] of boundaryKeys.entries()) {
      const fetched = boundaryTexts[i]!;
      if (!fetched.ok) {
        problems.push(fetched.problem);
        continue;
      }
      // Each file read and checked in a task of its own: the page answers a key, or paints, between them.
      await nextTask();
      const checks = key === 'regencyTopology' ? TOPOLOGY_CHECKS.regencies : TOPOLOGY_CHECKS.context;
      for (const problem of fetched.problems) problems.push(problem);
      const result = parseTopology(fetched.text, name(key), tables.dataset.regions, checks);
      // One at a time: a spread of 200,000 problems overflows the stack.
      for (const problem of result.problems) problems.push(problem);
      topologies[key] = result.topology;
    }
    if (provinceFile) province = readProvince(await provinceFile, name('province'), tables.dataset.regions, DATA_PATHS.regions, problems);
  }
  return { dataset: tables.dataset, ...topologies, province, problems };
}

/**
 * The three tables: the built dataset.json while every CSV file served is the one it was built from (its
 * fingerprint), so no parser loads; otherwise the CSV files, read and checked. The CSV files are fetched
 * beside it either way (they are small): a file replaced on the server, with no rebuild, is the one shown.
 */
async function loadTables(
  base: string | URL,
  fetcher: Fetcher,
  overrides: DataOverrides,
  name: (key: FileKey) => string,
  get: (key: FileKey) => Promise<Fetched>,
  page: PageContext,
): Promise<{ dataset: Dataset; problems: Problem[] }> {
  const csv = Promise.all(TABLES.map(get));
  if (TABLES.every((key) => overrides[key] === undefined)) {
    const [built, texts] = await Promise.all([fetchText(new URL(DATASET_PATH, base), DATASET_PATH, fetcher, 'JSON file', false, page), csv]);
    if (built.ok) {
      const { dataset, problems, sources } = datasetFromJson(built.text, DATASET_PATH);
      // A file that did not come cannot have changed: dataset.json still stands for it.
      const unchanged = (key: TableKey, i: number) => {
        const fetched = texts[i]!;
        return !fetched.ok || sources?.[key] === fingerprint(fetched.text);
      };
      if (dataset && TABLES.every(unchanged)) return { dataset, problems };
    }
    // No usable dataset.json, or a CSV file changed since the build: read the files, as a partner's are.
  }
  const [texts, { readTables }] = await Promise.all([csv, import('./parse-files.ts')]);
  return readTables(TABLES.map((key, i) => [name(key), texts[i]!]));
}

/** Another area's tables: its dataset.json, which the build wrote from the national tables. */
async function loadAreaTables(base: string | URL, fetcher: Fetcher, folder: string, page: PageContext): Promise<{ dataset: Dataset; problems: Problem[] }> {
  const file = `${folder}${DATASET_JSON}`;
  const fetched = await fetchText(new URL(file, base), file, fetcher, 'JSON file', false, page);
  const { dataset, problems } = fetched.ok ? datasetFromJson(fetched.text, file) : { dataset: null, problems: [fetched.problem] };
  if (dataset) return { dataset, problems };
  // Nothing to draw: the page says why (the problems) over an empty map, as for a missing CSV file.
  const { indexRegions } = await import('../data/region-index.ts');
  return { dataset: { regions: indexRegions([]), figures: [], awards: [], problems: [] }, problems };
}

/** A task later: what comes next runs after the browser (or Node) has done what was waiting. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Boundaries are TopoJSON, the province JSON, the tables CSV. */
const kindOf = (key: FileKey): FileKind => (key.endsWith('Topology') ? 'TopoJSON file' : key === 'province' ? 'JSON file' : 'CSV file');


/**
 * Fetches one file, or says why it could not: every way a request fails on a partner's page has its
 * own cause and its own fix, so "is the server running?" is said only when that is the likely one.
 * `named`: the page named this file (an attribute), so advice to rebuild the site would not help.
 */
export async function fetchText(url: URL, file: string, fetcher: Fetcher, kind: FileKind, named: boolean, page: PageContext): Promise<Fetched> {
  // Every explanation of a failure, and every encoding but UTF-8, is loaded only when a file needs it:
  // a page whose files are fine never carries them.
  const failure = async (explain: (failures: typeof import('./load-failures.ts')) => Problem | { text: string; problems: Problem[] }): Promise<Fetched> => {
    const outcome = explain(await import('./load-failures.ts'));
    if ('severity' in outcome) return { ok: false, problem: outcome };
    const error = outcome.problems.find((p) => p.severity === 'error');
    return error ? { ok: false, problem: error } : { ok: true, text: outcome.text, problems: outcome.problems };
  };
  let response: Response;
  try {
    response = await fetcher(url.href);
  } catch (error) {
    return failure((f) => f.unanswered(file, url, page, error));
  }
  if (!response.ok) return failure((f) => f.badStatus(file, url, response.status, named));
  const type = response.headers.get('content-type') ?? '';
  const bytes = new Uint8Array(await response.arrayBuffer());
  let text: string | null = null;
  try {
    // A byte-order mark, or bytes that are not UTF-8, are for the encodings module to read or refuse.
    if (!(bytes[0] === 0xef || bytes[0] === 0xfe || bytes[0] === 0xff)) text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = null;
  }
  // Servers that fall back to a page for unknown paths answer 200 with HTML: a missing file all the same.
  // A NUL byte is in no text file: a workbook, a PDF or an image, which the encodings module names.
  if (text === null || text.includes('\u0000') || type.includes('text/html') || /^\s*</.test(text)) {
    return failure((f) => f.examine(file, url, kind, type, bytes));
  }
  return { ok: true, text, problems: [] };
}
