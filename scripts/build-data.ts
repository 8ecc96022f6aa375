// npm run build:data: everything the app serves under data/, built from its sources.
//   1. The boundary topologies, from ../shared/boundaries (scripts/build-boundaries.ts; skipped when
//      up to date).
//   2. The project's CSV files, validated (the build stops on any error) and copied as they are, so
//      the site serves the very files the repository reviews.
// Output: public/data/ (git-ignored), which Vite copies into dist/data/.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countBySeverity, DATA_FILE_NAMES, formatProblem, parseDataset } from '../src/data/index.ts';
import { buildBoundaries } from './build-boundaries.ts';

const OUT_DIR = 'public/data';

async function main(): Promise<void> {
  await buildBoundaries({});

  const read = (name: string) => ({ name: `data/${name}`, text: readFileSync(join('data', name), 'utf8') });
  const dataset = parseDataset({
    regions: read(DATA_FILE_NAMES.regions),
    coverage: read(DATA_FILE_NAMES.coverage),
    awards: read(DATA_FILE_NAMES.awards),
  });
  for (const problem of dataset.problems) console.log(formatProblem(problem));
  const { error } = countBySeverity(dataset.problems);
  if (error > 0) throw new Error(`data/: ${error} errors; fix them (npm run validate) before building`);

  mkdirSync(OUT_DIR, { recursive: true });
  for (const name of Object.values(DATA_FILE_NAMES)) copyFileSync(join('data', name), join(OUT_DIR, name));
  console.log(
    `[data] ${dataset.regions.regions.length} regions, ${dataset.figures.length} figures, ${dataset.awards.length} award rows -> ${OUT_DIR}/`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
