// The CSV parser and validator, and the topology checks: what a page needs only for files it must
// check itself (a partner's own CSV, a CSV file replaced after the build, a site deployed without
// dataset.json, the boundaries). Its own module, so load.ts can import it on demand and a page of
// tables alone never loads it.
import { parseDataset, type Dataset, type Problem } from '../data/index.ts';
import type { Fetched } from './load-failures.ts';

export { parseTopology, TOPOLOGY_CHECKS } from '../data/index.ts';

/**
 * The three tables from their fetched texts (regions, coverage, awards, each under the name problems
 * give it), read and checked. A failed request is its file's one problem, not also "the file is
 * empty"; a file read in another encoding says so first.
 */
export function readTables(files: readonly (readonly [string, Fetched])[]): { dataset: Dataset; problems: Problem[] } {
  const problems: Problem[] = files.flatMap(([, fetched]) => (fetched.ok ? fetched.problems : [fetched.problem]));
  const failed = new Set(files.filter(([, fetched]) => !fetched.ok).map(([file]) => file));
  const table = ([file, fetched]: readonly [string, Fetched]) => ({ name: file, text: fetched.ok ? fetched.text : '' });
  const [regions, coverage, awards] = files as readonly [readonly [string, Fetched], readonly [string, Fetched], readonly [string, Fetched]];
  const dataset = parseDataset({ regions: table(regions), coverage: table(coverage), awards: table(awards) });
  for (const problem of dataset.problems) if (!failed.has(problem.file)) problems.push(problem);
  return { dataset, problems };
}
