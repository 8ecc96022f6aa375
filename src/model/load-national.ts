// The national tables (data/national/: every province but the deployment's, and Indonesia as a whole),
// for the data desk of another area (desk.html?province=63) alone: a module of its own, so no other
// page's loader carries it.
import type { Dataset } from '../data/dataset.ts';
import { DATA_FILE_NAMES, NATIONAL_TABLES_FOLDER } from '../data/files.ts';
import type { Problem } from '../data/problems.ts';
import { fetchText, NO_PAGE, type Fetcher, type PageContext } from './load.ts';
import { readTables } from './parse-files.ts';

const TABLES = ['regions', 'coverage', 'awards'] as const;

/**
 * The national tables (data/national/: every province but the deployment's, and Indonesia as a whole),
 * as the site serves them, read and checked: what the data desk of another area checks an import
 * against and writes back complete. The CSV files themselves, never a built copy, so what is written
 * back is the published file row for row.
 */
export async function loadNationalTables(
  base: string | URL,
  fetcher: Fetcher = (url) => fetch(url, { cache: 'no-cache' }),
  page: PageContext = NO_PAGE,
): Promise<{ dataset: Dataset; problems: Problem[] }> {
  const names = TABLES.map((key) => `${NATIONAL_TABLES_FOLDER}${DATA_FILE_NAMES[key]}`);
  const texts = await Promise.all(names.map((name) => fetchText(new URL(name, base), name, fetcher, 'CSV file', false, page)));
  return readTables(names.map((name, i) => [name, texts[i]!] as const));
}
