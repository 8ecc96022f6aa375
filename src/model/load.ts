// Loading everything the page shows, from URLs relative to the page (the built site must work from any
// folder of any server), then handing the text to the data library. Nothing here throws on bad data:
// a missing file or a bad row becomes a Problem the page shows, and every valid row still loads.
import type { Topology } from 'topojson-specification';
import {
  DATA_FILE_NAMES,
  parseDataset,
  parseTopology,
  TOPOLOGY_CHECKS,
  ProblemLog,
  type Dataset,
  type Problem,
} from '../data/index.ts';

/** Where each file is, relative to the page. */
export const DATA_PATHS = {
  regions: `data/${DATA_FILE_NAMES.regions}`,
  coverage: `data/${DATA_FILE_NAMES.coverage}`,
  awards: `data/${DATA_FILE_NAMES.awards}`,
  regencyTopology: 'data/regencies.topo.json',
  contextTopology: 'data/context.topo.json',
} as const;

export type FileKey = keyof typeof DATA_PATHS;

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
): Promise<AppData> {
  const keys = (Object.keys(DATA_PATHS) as FileKey[]).filter((key) => !skip.includes(key));
  const names = Object.fromEntries(
    keys.map((key) => [key, overrides[key] === undefined ? DATA_PATHS[key] : new URL(overrides[key]!, base).href]),
  ) as Record<FileKey, string>;
  const fetched = await Promise.all(keys.map((key) => fetchText(new URL(overrides[key] ?? DATA_PATHS[key], base), names[key], fetcher)));
  // Skipped files are absent: Partial, so every read of a boundary file checks it is there.
  const texts = Object.fromEntries(keys.map((key, i) => [key, fetched[i]!])) as Partial<Record<FileKey, Fetched>>;

  const problems: Problem[] = [];
  for (const key of keys) {
    const fetchedFile = texts[key]!;
    if (!fetchedFile.ok) problems.push(fetchedFile.problem);
  }
  const failed = new Set<string>(keys.filter((key) => !texts[key]!.ok).map((key) => names[key]));

  const dataset = parseDataset({
    regions: { name: names.regions, text: textOf(texts.regions!) },
    coverage: { name: names.coverage, text: textOf(texts.coverage!) },
    awards: { name: names.awards, text: textOf(texts.awards!) },
  });
  // A file that never arrived has one problem, the failed request, not also "the file is empty".
  problems.push(...dataset.problems.filter((p) => !failed.has(p.file)));

  const regencyTopology = texts.regencyTopology?.ok
    ? useTopology(parseTopology(texts.regencyTopology.text, names.regencyTopology, dataset.regions, TOPOLOGY_CHECKS.regencies), problems)
    : null;
  const contextTopology = texts.contextTopology?.ok
    ? useTopology(parseTopology(texts.contextTopology.text, names.contextTopology, dataset.regions, TOPOLOGY_CHECKS.context), problems)
    : null;

  return { dataset, regencyTopology, contextTopology, problems };
}

type Fetched = { ok: true; text: string } | { ok: false; problem: Problem };

function textOf(fetched: Fetched): string {
  return fetched.ok ? fetched.text : '';
}

function useTopology(result: { topology: Topology | null; problems: Problem[] }, problems: Problem[]): Topology | null {
  problems.push(...result.problems);
  return result.topology;
}

async function fetchText(url: URL, file: string, fetcher: Fetcher): Promise<Fetched> {
  const log = new ProblemLog(file);
  const fail = (found: string, expected: string): Fetched => {
    log.error(null, null, found, expected);
    return { ok: false, problem: log.problems[0]! };
  };
  let response: Response;
  try {
    response = await fetcher(url.href);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error), `the file at ${url.href}; the request failed (is the server running?)`);
  }
  if (!response.ok) {
    return fail(`HTTP ${response.status}`, `the file at ${url.href}; build the site with npm run build, which puts it in data/`);
  }
  // Servers that fall back to the page for unknown paths answer 200 with HTML: a missing file all the same.
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('text/html')) {
    return fail(`a web page (${type})`, `the data file at ${url.href}; the server sent a page instead, so the file is probably missing`);
  }
  return { ok: true, text: await response.text() };
}
