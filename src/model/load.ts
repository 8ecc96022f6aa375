// Loading everything the page shows, from URLs relative to the page (the built site must work from any
// folder of any server). Nothing here throws on bad data: a missing file or a bad row becomes a Problem
// the page shows, and every valid row still loads.
//
// The tables come from data/dataset.json, which the build writes from the CSV files after checking
// them (src/data/dataset-json.ts): reading it takes JSON.parse alone. The CSV parser and validator
// (parse-files.ts) load only when they are needed: for CSV files a page names itself (a partner's own
// coverage-src), for a site deployed without dataset.json, and for boundary files, which are checked
// against the regions before they are drawn.
import type { Topology } from 'topojson-specification';
import { datasetFromJson } from '../data/dataset-json.ts';
import type { Dataset } from '../data/dataset.ts';
import { DATA_FILE_NAMES, DATASET_JSON } from '../data/files.ts';
import { ProblemLog, type Problem } from '../data/problems.ts';

/** Where each file is, relative to the page. */
export const DATA_PATHS = {
  regions: `data/${DATA_FILE_NAMES.regions}`,
  coverage: `data/${DATA_FILE_NAMES.coverage}`,
  awards: `data/${DATA_FILE_NAMES.awards}`,
  regencyTopology: 'data/regencies.topo.json',
  contextTopology: 'data/context.topo.json',
} as const;

/** The three tables, checked and parsed at build time. */
export const DATASET_PATH = `data/${DATASET_JSON}`;

export type FileKey = keyof typeof DATA_PATHS;
type TableKey = 'regions' | 'coverage' | 'awards';
type BoundaryKey = 'regencyTopology' | 'contextTopology';
const TABLES: readonly TableKey[] = ['regions', 'coverage', 'awards'];
const BOUNDARIES: readonly BoundaryKey[] = ['regencyTopology', 'contextTopology'];

export interface AppData {
  dataset: Dataset;
  /** Objects `kabupaten` (ids are Kemendagri codes) and `provinsi`; null when it could not be used. */
  regencyTopology: Topology | null;
  /** Neighbouring land (objects `provinsi` and `negara`), drawn muted; null when it could not be used. */
  contextTopology: Topology | null;
  /** Every problem with every file, in file order. */
  problems: Problem[];
}

export type Fetcher = (url: string) => Promise<Response>;

/** What the page knows that explains a failed request: its own origin, and whether the browser is online. */
export interface PageContext {
  /** "https://berita.example"; null where there is no page (Node). */
  origin: string | null;
  online(): boolean;
}

const NO_PAGE: PageContext = { origin: null, online: () => true };

/** Files given in place of the defaults, by URL (a partner's own coverage CSV, say). */
export type DataOverrides = Partial<Record<FileKey, string | URL>>;

/**
 * Fetches and parses the data files. `base` is the URL the default paths are relative to: the page's
 * own address (document.baseURI) in the app. A file given in `overrides` is fetched from there instead,
 * and its problems name it by its full address.
 */
export async function loadAppData(
  base: string | URL,
  fetcher: Fetcher = (url) => fetch(url),
  overrides: DataOverrides = {},
  /** Files not wanted (boundaries, for an element that draws no map): not fetched, left null. */
  skip: readonly FileKey[] = [],
  page: PageContext = NO_PAGE,
): Promise<AppData> {
  const name = (key: FileKey) => (overrides[key] === undefined ? DATA_PATHS[key] : new URL(overrides[key]!, base).href);
  const get = (key: FileKey) => fetchText(new URL(overrides[key] ?? DATA_PATHS[key], base), name(key), fetcher, kindOf(key), overrides[key] !== undefined, page);
  // Every request starts at once; boundaries are parsed once the tables they are checked against are in.
  const boundaryKeys = BOUNDARIES.filter((key) => !skip.includes(key));
  const boundaries = Promise.all(boundaryKeys.map(get));
  const tables = await loadTables(base, fetcher, overrides, name, get, page);
  const problems = [...tables.problems];

  const boundaryTexts = await boundaries;
  const topologies: Record<BoundaryKey, Topology | null> = { regencyTopology: null, contextTopology: null };
  if (boundaryTexts.length > 0) {
    const { parseTopology, TOPOLOGY_CHECKS } = await import('./parse-files.ts');
    boundaryKeys.forEach((key, i) => {
      const fetched = boundaryTexts[i]!;
      if (!fetched.ok) {
        problems.push(fetched.problem);
        return;
      }
      const checks = key === 'regencyTopology' ? TOPOLOGY_CHECKS.regencies : TOPOLOGY_CHECKS.context;
      const result = parseTopology(fetched.text, name(key), tables.dataset.regions, checks);
      // One at a time: a spread of 200,000 problems overflows the stack.
      for (const problem of result.problems) problems.push(problem);
      topologies[key] = result.topology;
    });
  }
  return { dataset: tables.dataset, ...topologies, problems };
}

/** The three tables: the built dataset.json, unless the page names CSV files of its own or the site has none. */
async function loadTables(
  base: string | URL,
  fetcher: Fetcher,
  overrides: DataOverrides,
  name: (key: FileKey) => string,
  get: (key: FileKey) => Promise<Fetched>,
  page: PageContext,
): Promise<{ dataset: Dataset; problems: Problem[] }> {
  if (TABLES.every((key) => overrides[key] === undefined)) {
    const built = await fetchText(new URL(DATASET_PATH, base), DATASET_PATH, fetcher, 'JSON file', false, page);
    if (built.ok) {
      const { dataset, problems } = datasetFromJson(built.text, DATASET_PATH);
      if (dataset) return { dataset, problems };
    }
    // No usable dataset.json (a site deployed with its CSV files alone): read those, as a partner's are.
  }
  const [texts, { parseDataset }] = await Promise.all([Promise.all(TABLES.map(get)), import('./parse-files.ts')]);
  const [regions, coverage, awards] = texts as [Fetched, Fetched, Fetched];
  const problems: Problem[] = texts.flatMap((fetched) => (fetched.ok ? [] : [fetched.problem]));
  const failed = new Set(TABLES.filter((_, i) => !texts[i]!.ok).map(name));
  const dataset = parseDataset({
    regions: { name: name('regions'), text: textOf(regions) },
    coverage: { name: name('coverage'), text: textOf(coverage) },
    awards: { name: name('awards'), text: textOf(awards) },
  });
  // A file that never arrived has one problem, the failed request, not also "the file is empty".
  for (const problem of dataset.problems) if (!failed.has(problem.file)) problems.push(problem);
  return { dataset, problems };
}

type Fetched = { ok: true; text: string } | { ok: false; problem: Problem };

function textOf(fetched: Fetched): string {
  return fetched.ok ? fetched.text : '';
}

/** What a file is, for a message that says what came instead. */
type FileKind = 'CSV file' | 'JSON file' | 'TopoJSON file';

/** Boundaries are TopoJSON, the tables CSV. */
const kindOf = (key: FileKey): FileKind => (key.endsWith('Topology') ? 'TopoJSON file' : 'CSV file');


/**
 * Why a request failed without an answer, and what fixes it. fetch gives no status then: the browser
 * is offline, or the answer was refused (a server on another origin that does not allow this page's
 * shows as exactly this, a TypeError and nothing else), or no server answered at all.
 */
function unansweredExpectation(url: URL, page: PageContext): string {
  if (!page.online()) {
    return `the file at ${url.href}; the browser is offline: connect to the network and load the page again`;
  }
  const { origin } = page;
  if (origin !== null && origin !== url.origin) {
    return (
      `the file at ${url.href}; the request was refused, most likely because the server of ${url.origin} does not allow pages of ${origin} to read it (CORS): ` +
      'it must send the header Access-Control-Allow-Origin (for example Access-Control-Allow-Origin: *) with the file; otherwise check the address and that the server is running'
    );
  }
  return `the file at ${url.href}; the request got no answer: check the address and that the server is running`;
}

/** What an HTTP error means for the reader: a file not there, or a server in trouble. */
function statusExpectation(url: URL, status: number, named: boolean): string {
  const file = `the file at ${url.href}; `;
  if (status === 404 || status === 410) {
    return file + (named ? `the server has no file there (HTTP ${status}): check the address in the attribute` : 'build the site with npm run build, which puts it in data/');
  }
  return file + `the server answered HTTP ${status}${status >= 500 ? ', a fault of the server: try again later' : ' instead of the file'}`;
}

/**
 * Fetches one file, or says why it could not: every way a request fails on a partner's page has its
 * own cause and its own fix, so "is the server running?" is said only when that is the likely one.
 * `named`: the page named this file (an attribute), so advice to rebuild the site would not help.
 */
async function fetchText(url: URL, file: string, fetcher: Fetcher, kind: FileKind, named: boolean, page: PageContext): Promise<Fetched> {
  const log = new ProblemLog(file);
  const fail = (found: string, expected: string): Fetched => {
    log.error(null, null, found, expected);
    return { ok: false, problem: log.problems[0]! };
  };
  let response: Response;
  try {
    response = await fetcher(url.href);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error), unansweredExpectation(url, page));
  }
  if (!response.ok) {
    return fail(`HTTP ${response.status}`, statusExpectation(url, response.status, named));
  }
  // Servers that fall back to a page for unknown paths answer 200 with HTML: a missing file all the same.
  const type = response.headers.get('content-type') ?? '';
  const text = await response.text();
  if (type.includes('text/html') || /^\uFEFF?\s*</.test(text)) {
    return fail(
      type.includes('text/html') ? `a web page (${type})` : `a web page (starting ${text.replace(/^\uFEFF/, '').trimStart().slice(0, 20)})`,
      `a ${kind} at ${url.href}; got a web page, not a ${kind}: the file is probably missing there, or the address leads to a page`,
    );
  }
  return { ok: true, text };
}
