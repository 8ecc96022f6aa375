// npm run build:data: everything the app serves under data/, built from its sources, for the province
// PARITRANA_PROVINCE names (provinces/<code>.json; default provinces/default.json).
//   1. The boundary topologies, from ../shared/boundaries (scripts/build-boundaries.ts; skipped when
//      up to date).
//   2. The province's CSV files (its configuration's dataDir), validated (the build stops on any
//      error) and copied as they are, so the site serves the very files the repository reviews;
//      beside them dataset.json, the same rows parsed, which is what the pages read.
// Output: public/data/ (git-ignored), which Vite copies into dist/data/. Another province than the
// default builds into .cache/province-<code>/public/ instead (with a copy of public/'s other files),
// which its Vite build uses as its public folder.
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { countBySeverity, DATA_FILE_NAMES, DATASET_JSON, datasetToJson, formatProblem, parseDataset } from '../src/data/index.ts';
import { buildBoundaries } from './build-boundaries.ts';
import { provinceBuild } from './lib/province/config.ts';

async function main(): Promise<void> {
  const build = provinceBuild();
  const { config, dataDir, dataOutDir, publicDir } = build;
  await buildBoundaries({ province: config.code });

  const shown = (name: string) => relative(process.cwd(), join(dataDir, name));
  const read = (name: string) => ({ name: shown(name), text: readFileSync(join(dataDir, name), 'utf8') });
  const dataset = parseDataset({
    regions: read(DATA_FILE_NAMES.regions),
    coverage: read(DATA_FILE_NAMES.coverage),
    awards: read(DATA_FILE_NAMES.awards),
  });
  for (const problem of dataset.problems) console.log(formatProblem(problem));
  const { error } = countBySeverity(dataset.problems);
  if (error > 0) throw new Error(`${relative(process.cwd(), dataDir)}/: ${error} errors; fix them (npm run validate) before building`);
  const strangers = dataset.regions.regions.filter((region) => region.code.slice(0, 2) !== config.code);
  if (strangers.length > 0) {
    throw new Error(`${shown(DATA_FILE_NAMES.regions)}: ${strangers.map((r) => r.code).join(', ')} not in province ${config.code} (${config.name.id}) of ${relative(process.cwd(), build.configFile)}`);
  }

  mkdirSync(dataOutDir, { recursive: true });
  if (!build.isDefault) {
    // The site's other public files (the icon): public/ itself holds the default province's data.
    for (const entry of readdirSync('public')) {
      if (entry !== 'data' && existsSync(join('public', entry))) cpSync(join('public', entry), join(publicDir, entry), { recursive: true });
    }
  }
  for (const name of Object.values(DATA_FILE_NAMES)) copyFileSync(join(dataDir, name), join(dataOutDir, name));
  // The same tables, checked and parsed: what the pages and elements read (src/data/dataset-json.ts).
  writeFileSync(join(dataOutDir, DATASET_JSON), JSON.stringify(datasetToJson(dataset)));
  console.log(
    `[data] ${config.name.id}: ${dataset.regions.regions.length} regions, ${dataset.figures.length} figures, ` +
      `${dataset.awards.length} award rows -> ${relative(process.cwd(), dataOutDir)}/`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
