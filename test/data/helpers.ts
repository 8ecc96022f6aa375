// Shared by the data tests: where the repository is (from this file's place in it, never an absolute
// path) and the shipped data, parsed once per test file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_FILE_NAMES, parseDataset, parseRegions, type Dataset, type RegionIndex } from '../../src/data/index.ts';

/** The repository root: this file is test/data/helpers.ts. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const fixturesDir = path.join(repoRoot, 'test', 'fixtures');

/** A file's text, by its path relative to the repository root. */
function readRepoFile(relative: string): string {
  return readFileSync(path.join(repoRoot, relative), 'utf8');
}

export function shippedRegions(): RegionIndex {
  return parseRegions(readRepoFile('data/regions.csv'), 'data/regions.csv').index;
}

/** The three files of a data folder ("data", "data/national"), parsed together. */
function datasetIn(folder: string): Dataset {
  const file = (name: string) => ({ name: `${folder}/${name}`, text: readRepoFile(`${folder}/${name}`) });
  return parseDataset({
    regions: file(DATA_FILE_NAMES.regions),
    coverage: file(DATA_FILE_NAMES.coverage),
    awards: file(DATA_FILE_NAMES.awards),
  });
}

export function shippedDataset(): Dataset {
  return datasetIn('data');
}

/** Other provinces and Indonesia as a whole (data/national/): not part of the Kalbar site's build. */
export function nationalDataset(): Dataset {
  return datasetIn('data/national');
}
