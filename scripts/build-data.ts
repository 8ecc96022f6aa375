// npm run build:data: everything the app serves under data/, built from its sources, for the province
// PARITRANA_PROVINCE names (provinces/<code>.json; default provinces/default.json).
//   1. The boundary topologies, from ../shared/boundaries (scripts/build-boundaries.ts; skipped when
//      up to date), and those of the other areas the site reaches, data/areas/<area>/: the country's
//      provinces and every other province's regencies (scripts/build-areas.ts; skipped when up to date).
//   2. The province's CSV files (its configuration's dataDir), validated (the build stops on any
//      error) and written out as UTF-8 with the rows as they are, so the site serves the very files
//      the repository reviews (re-encoded when they were saved in another encoding); beside them dataset.json, the same rows parsed, which is what the pages read
//      while each CSV file is still the one it was built from (its fingerprint in dataset.json). A
//      village winner's desa code must name a desa of the desa files of step 1.
//      And province.json: the province's code, names, camera box and context labels, from its configuration.
//   3. The default deployment only: every other area's dataset.json (data/areas/<area>/) from the home
//      tables and data/national/, and data/national/'s three CSV files copied unchanged, for the data
//      desk of those areas (desk.html?province=63).
//   4. The empty templates (CSV and one .xlsx workbook) in data/templates/, from the field guide.
// Output: public/data/ (git-ignored), which Vite copies into dist/data/. Another province than the
// default builds into .cache/province-<code>/public/ instead (with a copy of public/'s other files),
// which its Vite build uses as its public folder.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { countBySeverity, DATA_FILE_NAMES, DATASET_JSON, datasetToJson, decodeText, formatProblem, parseDataset, provinceInfo, type Problem } from '../src/data/index.ts';
import { NATIONAL_TABLES_FOLDER, PROVINCE_JSON } from '../src/data/files.ts';
import { buildAreas, PROVINCE_NAMES_FILE } from './build-areas.ts';
import { buildBoundaries } from './build-boundaries.ts';
import { buildTemplates } from './build-templates.ts';
import { readDesaIndex } from './lib/desa-files.ts';
import { checkAwardDesa, indexDesa } from '../src/data/desa.ts';
import { provinceBuild } from './lib/province/config.ts';
import { areaFolder } from '../src/data/area.ts';
import { areaDataset, areaIds } from '../src/data/area-dataset.ts';
import type { Dataset } from '../src/data/dataset.ts';
import { parseProvinceNames } from '../src/data/province-names.ts';

/** Other provinces and Indonesia as a whole: the same three tables (data/README.md), served under the same path. */
const NATIONAL_DATA_DIR = NATIONAL_TABLES_FOLDER.replace(/\/$/, '');

async function main(): Promise<void> {
  const build = provinceBuild();
  const { config, dataDir, dataOutDir, publicDir } = build;
  // Quiet: the one line at the end says what was done (a boundary build's own lines are for
  // `npm run build:boundaries`); a problem in the data or the sources still shows, and stops the build.
  const boundaries = await buildBoundaries({ province: config.code, quiet: true });
  // The country and every other province, in data/areas/ (scripts/build-areas.ts; skipped when up to date):
  // the default deployment's, whose tables and data/national/ together hold every province's figures.
  const areas = build.isDefault ? await buildAreas({ province: config.code, quiet: true }) : { upToDate: true, buildMs: 0 };

  const shown = (name: string) => relative(process.cwd(), join(dataDir, name));
  // Read as the validator reads: a table saved as Windows-1252 or UTF-16 is decoded (with a warning),
  // and the site gets it as UTF-8; a workbook saved under a .csv name stops the build.
  const decodingProblems: Problem[] = [];
  const read = (name: string) => {
    const decoded = decodeText(readFileSync(join(dataDir, name)), shown(name));
    for (const problem of decoded.problems) decodingProblems.push(problem);
    return { name: shown(name), text: decoded.text ?? '' };
  };
  const tables = {
    regions: read(DATA_FILE_NAMES.regions),
    coverage: read(DATA_FILE_NAMES.coverage),
    awards: read(DATA_FILE_NAMES.awards),
  };
  const dataset = parseDataset(tables);
  // A village winner's desa code must name a desa of the desa files just built.
  const desaProblems = checkAwardDesa(dataset.awards, readDesaIndex(dataOutDir) ?? indexDesa([]), dataset.regions);
  const problems = [...decodingProblems, ...dataset.problems, ...desaProblems];
  for (const problem of problems) console.log(formatProblem(problem));
  const { error } = countBySeverity(problems);
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
  for (const { name, text } of Object.values(tables)) writeFileSync(join(dataOutDir, basename(name)), text);
  // The same tables, checked and parsed: what the pages and elements read (src/data/dataset-json.ts).
  // With each CSV file's fingerprint: a file replaced in a deployed data/ folder is read in its place.
  const texts = { regions: tables.regions.text, coverage: tables.coverage.text, awards: tables.awards.text };
  writeFileSync(join(dataOutDir, DATASET_JSON), JSON.stringify(datasetToJson(dataset, texts)));
  // Which province this folder is (src/data/files.ts): the scripts carry none, so the same script draws
  // any deployment's data in its own frame, under its own name.
  writeFileSync(join(dataOutDir, PROVINCE_JSON), `${JSON.stringify(provinceInfo(config), null, 1)}\n`);
  // Every other area's tables, for the national map and any province's (src/data/area.ts): the default
  // deployment only, which serves them all.
  if (build.isDefault) writeAreaDatasets(dataset, dataOutDir);
  // The empty templates the data desk offers (scripts/build-templates.ts).
  const templates = await buildTemplates(dataOutDir, dataset.regions);
  console.log(
    `[data] ${config.name.id}: ${dataset.regions.regions.length} regions, ${dataset.figures.length} figures, ` +
      `${dataset.awards.length} award rows, ${templates.length} templates, boundaries ` +
      `${boundaries.upToDate ? 'up to date' : `built in ${(boundaries.buildMs / 1000).toFixed(1)} s`}, other areas ` +
      `${areas.upToDate ? 'up to date' : `built in ${(areas.buildMs / 1000).toFixed(1)} s`} -> ${relative(process.cwd(), dataOutDir)}/`,
  );
}

/**
 * data/areas/<area>/dataset.json for Indonesia and every province but the home one, from the home
 * tables and data/national/ (checked as the validator checks them: an error stops the build). Each is
 * the dataset the pages read for that area; its boundaries and province.json are the boundary build's.
 * And data/national/'s three CSV files, copied unchanged, for the data desk of those areas.
 */
function writeAreaDatasets(home: Dataset, dataOutDir: string): number {
  const read = (name: string) => {
    const file = join(NATIONAL_DATA_DIR, name);
    return { name: relative(process.cwd(), file), text: decodeText(readFileSync(file), relative(process.cwd(), file)).text ?? '' };
  };
  const national = parseDataset({ regions: read(DATA_FILE_NAMES.regions), coverage: read(DATA_FILE_NAMES.coverage), awards: read(DATA_FILE_NAMES.awards) });
  const errors = national.problems.filter((p) => p.severity === 'error');
  for (const problem of errors) console.log(formatProblem(problem));
  if (errors.length > 0) throw new Error(`${relative(process.cwd(), NATIONAL_DATA_DIR)}/: ${errors.length} errors; fix them (npm run validate) before building`);
  // The national tables themselves, as they are (byte for byte): the data desk opened at another area
  // (desk.html?province=63) checks an import against them and writes them back complete.
  const nationalOut = join(dataOutDir, NATIONAL_DATA_DIR.replace(/^data\//, ''));
  mkdirSync(nationalOut, { recursive: true });
  for (const name of [DATA_FILE_NAMES.regions, DATA_FILE_NAMES.coverage, DATA_FILE_NAMES.awards]) cpSync(join(NATIONAL_DATA_DIR, name), join(nationalOut, name));
  // The provinces' English names, from the official list the boundary build reads too.
  const names = parseProvinceNames(readFileSync(PROVINCE_NAMES_FILE, 'utf8'), PROVINCE_NAMES_FILE);
  if (names.problems.some((p) => p.severity === 'error')) throw new Error(names.problems.map(formatProblem).join('\n'));
  const sources = { home, national, englishNames: new Map(names.entries.map((entry) => [entry.code, entry.nameEn])) };
  const homeCode = home.regions.province?.code ?? '';
  let written = 0;
  for (const area of areaIds(sources)) {
    if (area === homeCode) continue;
    const dataset = areaDataset(area, sources)!;
    const folder = join(dataOutDir, areaFolder(area, homeCode).replace(/^data\//, ''));
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, DATASET_JSON), JSON.stringify(datasetToJson(dataset)));
    written++;
  }
  return written;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
