// The dataset as the build writes it beside the CSV files: data/dataset.json, the three files parsed and
// validated once, at build time (npm run build:data stops on any error). Pages and elements read it
// with JSON.parse alone, so a partner page showing a legend, a slider and the winners loads no CSV
// parser or validator; those load only for files a page names itself (coverage-src="..."), which
// must be checked in the reader's browser. The CSV files stay the source and are still served, and
// dataset.json names a fingerprint of each: a CSV file replaced on the server after the build (new
// figures, with no rebuild) no longer matches, and the loader reads and checks the files instead.
import type { Award } from './awards.ts';
import type { CoverageFigure } from './coverage.ts';
import type { Dataset } from './dataset.ts';
import { ProblemLog, type Problem } from './problems.ts';
import { indexRegions, type Region } from './region-index.ts';

import { DATA_FILE_NAMES } from './files.ts';

export { DATASET_JSON } from './files.ts';

const FORMAT = 'peta-paritrana/dataset';
const VERSION = 1;

export interface DatasetJson {
  format: typeof FORMAT;
  version: typeof VERSION;
  regions: Region[];
  figures: CoverageFigure[];
  awards: Award[];
  /** Warnings the build let through (errors stop it), shown by the pages as the CSV files' own. */
  problems: Problem[];
  /** The fingerprint of each CSV file it was built from, by table: `fingerprint(text)`. */
  sources?: Partial<Record<TableName, string>>;
}

export type TableName = keyof typeof DATA_FILE_NAMES;

/**
 * A file's text in a few characters: its length and its FNV-1a hash (32 bits, over UTF-16 code units).
 * Not a defence against anyone: it tells a file replaced after the build from the one built, cheaply.
 */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}-${(hash >>> 0).toString(16)}`;
}

/** `tables`: the CSV files' texts as served beside it, fingerprinted so a replaced one is noticed. */
export function datasetToJson(dataset: Dataset, tables: Partial<Record<TableName, string>> = {}): DatasetJson {
  const sources: Partial<Record<TableName, string>> = {};
  for (const [name, text] of Object.entries(tables) as [TableName, string][]) sources[name] = fingerprint(text);
  return {
    format: FORMAT,
    version: VERSION,
    regions: [...dataset.regions.regions],
    figures: dataset.figures,
    awards: dataset.awards,
    problems: dataset.problems.filter((p) => p.severity !== 'error'),
    sources,
  };
}

/**
 * The dataset from the file's text, with the fingerprints of the files it was built from; null with one
 * problem when it is not a dataset this code can read.
 */
export function datasetFromJson(text: string, file: string): { dataset: Dataset | null; problems: Problem[]; sources?: DatasetJson['sources'] } {
  const log = new ProblemLog(file);
  let value: Partial<DatasetJson>;
  try {
    value = JSON.parse(text) as Partial<DatasetJson>;
  } catch (error) {
    log.error(null, null, error instanceof Error ? error.message : String(error), 'JSON written by npm run build:data');
    return { dataset: null, problems: log.problems };
  }
  if (value?.format !== FORMAT || value.version !== VERSION) {
    log.error(null, 'format', `${String(value?.format)} version ${String(value?.version)}`, `${FORMAT} version ${VERSION}; rebuild the data with npm run build:data`);
    return { dataset: null, problems: log.problems };
  }
  const { regions = [], figures: listed = [], awards = [], problems = [], sources } = value;
  // The build writes only figures it validated, but JSON reads 1e400 as Infinity: a file edited by
  // hand loses such a figure with a word, rather than showing "∞%".
  const figures: CoverageFigure[] = [];
  const shown: Problem[] = problems.slice();
  listed.forEach((figure, i) => {
    if (typeof figure?.value === 'number' && Number.isFinite(figure.value)) figures.push(figure);
    else shown.push({ severity: 'error', file, line: null, field: `figures[${i}].value`, found: String(figure?.value), expected: 'a finite number, as npm run build:data writes it' });
  });
  return { dataset: { regions: indexRegions(regions), figures, awards, problems: shown }, problems: shown, sources };
}
