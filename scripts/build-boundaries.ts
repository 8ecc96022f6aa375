// Builds the boundary files the app serves from public/data/, from the source GeoJSON described in
// ../shared/boundaries/SOURCE.md and world-atlas (Natural Earth) for the countries next door, for the
// province PARITRANA_PROVINCE names (provinces/<code>.json; default provinces/default.json).
//
//   npm run build:boundaries                 rebuild what is stale (missing, or older than its inputs)
//   npm run build:boundaries -- --force      rebuild regardless
//   npm run build:boundaries -- --source DIR read the sources from DIR (or PARITRANA_BOUNDARIES_DIR=DIR)
//
// Outputs are git-ignored: derived from MIT-licensed data that is not ours to commit, and rebuilt.
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { runBoundaryCommand } from './lib/boundaries/command.ts';
import { checkFreshness } from './lib/boundaries/freshness.ts';
import { withLabelPoints } from './lib/boundaries/label-points.ts';
import {
  buildContextTopology,
  buildDesaTopology,
  buildKabupatenFromRegencies,
  buildRegencyTopology,
  OUTPUT_FILES,
  provinceContextInput,
} from './lib/boundaries/pipeline.ts';
import { BoundarySourceError, readProvinceSources, sourceFiles, type ProvinceSources } from './lib/boundaries/sources.ts';
import { BoundaryOutputError, finalizeTopology, type ObjectExpectation } from './lib/boundaries/verify.ts';
import { provinceBuild } from './lib/province/config.ts';
import type { ProvinceConfig } from '../src/data/province.ts';
import { desaTopologyFile } from '../src/data/files.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** The sources sit beside the repository in this workplace and in CI (see .ci/run). */
export const DEFAULT_SOURCE_DIR = resolve(repoRoot, '..', 'shared', 'boundaries');
export const SOURCE_DIR_ENV = 'PARITRANA_BOUNDARIES_DIR';

/**
 * Gzipped size limits in bytes (zlib's default level, as a server would send them). The regency file
 * is on the first screen, so it gets the tightest limit.
 */
export const GZIP_BUDGETS: Readonly<Record<string, number>> = {
  [OUTPUT_FILES.regencies]: 20_000,
  [OUTPUT_FILES.context]: 40_000,
};
/**
 * Each regency's desa file (desaTopologyFile), fetched when a village winner's card comes up during
 * the ceremony: the build simplifies each file until it fits (pipeline.ts), and check:sizes holds the
 * built site to the same limit.
 */
export const DESA_GZIP_BUDGET = 40_000;
/** The folder of the desa files under the data folder. */
const DESA_DIR = dirname(desaTopologyFile('00.00'));
/** The single desa file of earlier builds, for the whole province: removed, nothing reads it. */
const FORMER_DESA_FILE = 'desa.topo.json';

export const LICENCE_FILE = 'boundaries-LICENSE.txt';
export const PROVENANCE_FILE = 'boundaries-SOURCE.txt';
/** Build time and sizes, read by the bench; written last, so its presence means the build finished. */
export const REPORT_FILE = 'boundaries-build.json';

export interface BuildBoundariesOptions {
  /** Folder holding the files SOURCE.md lists. Default: $PARITRANA_BOUNDARIES_DIR, else ../shared/boundaries. */
  sourceDir?: string;
  /** Kemendagri code of the province (provinces/<code>.json). Default: $PARITRANA_PROVINCE, else the default province. */
  province?: string;
  /** Default: the province's data folder (public/data for the default province). */
  outDir?: string;
  /** Rebuild even when every output is newer than its inputs. */
  force?: boolean;
  /** No progress lines (errors are still thrown). */
  quiet?: boolean;
  /** Where progress lines go; default console.log. */
  log?: (line: string) => void;
}

export interface OutputSize {
  file: string;
  bytes: number;
  gzipBytes: number;
  gzipBudget?: number;
}

export interface BoundariesBuildReport {
  /** Wall time of the last build in ms (the build that wrote the files, when this run skipped). */
  buildMs: number;
  outputs: OutputSize[];
}

export interface BuildBoundariesResult extends BoundariesBuildReport {
  /** true when nothing was rebuilt. */
  upToDate: boolean;
}

export async function buildBoundaries(options: BuildBoundariesOptions = {}): Promise<BuildBoundariesResult> {
  const build = provinceBuild(options.province);
  const { config } = build;
  const {
    sourceDir = process.env[SOURCE_DIR_ENV] || DEFAULT_SOURCE_DIR,
    outDir = build.dataOutDir,
    force = false,
    quiet = false,
    log = quiet ? () => {} : console.log,
  } = options;
  const started = performance.now();
  const step = (message: string) => log(`[boundaries] ${formatSeconds(performance.now() - started)}  ${message}`);

  const sourcePaths = sourceFiles(config).map((name) => join(sourceDir, name));
  const missingSources = sourceFiles(config).filter((name) => !existsSync(join(sourceDir, name)));
  if (missingSources.length > 0) {
    throw new BoundarySourceError(
      `Boundary sources missing in ${resolve(sourceDir)}: ${missingSources.join(', ')}. ` +
        `Pass --source DIR or set ${SOURCE_DIR_ENV} to the folder described in SOURCE.md.`,
    );
  }
  const worldAtlasPath = require.resolve('world-atlas/countries-10m.json');
  const hasDesa = config.boundaries.desa !== undefined;
  const topologyFiles: string[] = Object.values(OUTPUT_FILES);
  // Which regencies have a desa file is known from the sources; the last build's report names them, so
  // a missing one is noticed without reading the sources (no report: a build is due anyway).
  const lastDesaFiles = hasDesa ? await reportedDesaFiles(join(outDir, REPORT_FILE)) : [];
  const outputPaths = [...topologyFiles, ...lastDesaFiles, LICENCE_FILE, PROVENANCE_FILE, REPORT_FILE].map((name) => join(outDir, name));
  // The script's own files and the province's configuration count as inputs: a change to either must
  // reach the outputs.
  const inputPaths = [
    ...sourcePaths,
    build.configFile,
    worldAtlasPath,
    require.resolve('mapshaper/package.json'),
    fileURLToPath(import.meta.url),
    ...(await ownLibraryFiles()),
  ];

  if (!force) {
    const freshness = await checkFreshness(outputPaths, inputPaths);
    if (freshness.upToDate) {
      const report = JSON.parse(await readFile(join(outDir, REPORT_FILE), 'utf8')) as BoundariesBuildReport;
      log(`[boundaries] outputs are up to date in ${relative(process.cwd(), outDir) || '.'} (use --force to rebuild)`);
      return { ...report, upToDate: true };
    }
    step(`rebuilding: ${freshness.reason}`);
  } else {
    step('rebuilding: --force');
  }

  const sources = await readProvinceSources(sourceDir, config);
  const { desa, kecamatanNames, kabupatenNames } = sources;
  step(
    `read and checked sources of ${config.name.id} (${config.code}): ` +
      (hasDesa ? `${desa.length} desa, ${kecamatanNames.size} kecamatan, ` : '') +
      `${kabupatenNames.size} kabupaten`,
  );

  const expectations = levelExpectations(sources);
  const built: Record<string, string> = {};
  const desaFiles: string[] = [];
  let kabupatenGeoJson: string;
  if (hasDesa) {
    const desaBuild = await buildDesaTopology(sources, DESA_GZIP_BUDGET);
    kabupatenGeoJson = desaBuild.kabupatenGeoJson;
    for (const [regencyCode, { topology }] of desaBuild.desaByRegency) {
      const file = desaTopologyFile(regencyCode);
      built[file] = finalizeTopology(topology, file, regencyExpectations(sources, regencyCode));
      desaFiles.push(file);
    }
    const intervals = [...desaBuild.desaByRegency].map(([code, { interval }]) => `${code} ${interval}`).join(', ');
    step(`desa: cleaned, dissolved to kecamatan and kabupaten; a file a regency, simplified to fit (${intervals})`);
  } else {
    kabupatenGeoJson = await buildKabupatenFromRegencies(sources);
    step('regencies: snapped and cleaned from the kabkota polygons (no desa layer for this province)');
  }
  const regencyTopology = await buildRegencyTopology(config, kabupatenGeoJson);
  built[OUTPUT_FILES.regencies] = withLabelPoints(
    finalizeTopology(regencyTopology, OUTPUT_FILES.regencies, {
      kabupaten: expectations.kabupaten,
      provinsi: expectations.provinsi,
    }),
  );
  step('regency topology: simplified for the province-wide view');
  const contextTopology = await buildContextTopology(provinceContextInput(sources), await readFile(worldAtlasPath, 'utf8'), regencyTopology);
  const { neighbourProvinces, neighbourCountries } = config.boundaries;
  built[OUTPUT_FILES.context] = finalizeTopology(contextTopology, OUTPUT_FILES.context, {
    provinsi: { names: new Map(Object.entries(neighbourProvinces)), complete: false },
    negara: { names: new Map(Object.entries(neighbourCountries)), complete: false },
  });
  step("context topology: neighbouring provinces and countries, clipped, fitted to the province's border");
  const contents: Record<string, string> = {
    ...Object.fromEntries([...topologyFiles, ...desaFiles].map((file) => [file, built[file]!])),
    [LICENCE_FILE]: sources.licenceText,
    [PROVENANCE_FILE]: provenanceNote(sources, topologyFiles, desaFiles.length),
  };
  step('checked ids, names and counts');

  const outputs = Object.entries(contents).map(([file, text]): OutputSize => {
    const bytes = Buffer.byteLength(text);
    const gzipBudget = desaFiles.includes(file) ? DESA_GZIP_BUDGET : GZIP_BUDGETS[file];
    return { file, bytes, gzipBytes: gzipSync(text).length, gzipBudget };
  });
  // Checked before writing: a file over budget left on disk would look up to date on the next run.
  const overBudget = outputs.filter(({ gzipBytes, gzipBudget }) => gzipBudget !== undefined && gzipBytes > gzipBudget);
  if (overBudget.length > 0) {
    for (const line of sizeTable(outputs)) log(line);
    throw new BoundaryOutputError(
      `Size budget exceeded, nothing written: ${overBudget
        .map(({ file, gzipBytes, gzipBudget }) => `${file} is ${gzipBytes} bytes gzipped, budget ${gzipBudget}`)
        .join('; ')}. Simplify more in scripts/lib/boundaries/pipeline.ts.`,
    );
  }

  await mkdir(outDir, { recursive: true });
  // A regency no longer in the sources leaves no file of its own behind.
  await rm(join(outDir, DESA_DIR), { recursive: true, force: true });
  await rm(join(outDir, FORMER_DESA_FILE), { force: true });
  if (desaFiles.length > 0) await mkdir(join(outDir, DESA_DIR), { recursive: true });
  for (const [file, text] of Object.entries(contents)) await writeFileAtomic(join(outDir, file), text);
  const report: BoundariesBuildReport = { buildMs: Math.round(performance.now() - started), outputs };
  await writeFileAtomic(join(outDir, REPORT_FILE), `${JSON.stringify(report, null, 2)}\n`);
  step(`wrote ${outputs.length + 1} files to ${relative(process.cwd(), outDir) || '.'}`);
  for (const line of sizeTable(outputs)) log(line);
  return { ...report, upToDate: false };
}

/** The desa files the last build wrote, from its report; none when there is no report. */
async function reportedDesaFiles(reportPath: string): Promise<string[]> {
  if (!existsSync(reportPath)) return [];
  const report = JSON.parse(await readFile(reportPath, 'utf8')) as BoundariesBuildReport;
  return report.outputs.map(({ file }) => file).filter((file) => file.startsWith(`${DESA_DIR}/`));
}

/** A regency's desa file holds all its desa and kecamatan, named as in the sources, and nothing else. */
function regencyExpectations(sources: ProvinceSources, regencyCode: string): Record<string, ObjectExpectation> {
  const ofRegency = (names: ReadonlyMap<string, string>) => new Map([...names].filter(([code]) => code.startsWith(`${regencyCode}.`)));
  return {
    desa: { names: ofRegency(new Map(sources.desa.map((area) => [area.code, area.name]))), complete: true },
    kecamatan: { names: ofRegency(sources.kecamatanNames), complete: true },
  };
}

function levelExpectations(sources: ProvinceSources): Record<string, ObjectExpectation> {
  const { code, name } = sources.config;
  return {
    kabupaten: { names: sources.kabupatenNames, complete: true },
    provinsi: { names: new Map([[code, name.id]]), complete: true },
  };
}

function provenanceNote({ provenance, config, finestLevel }: ProvinceSources, files: readonly string[], desaFileCount: number): string {
  const mapshaperVersion = (require('mapshaper/package.json') as { version: string }).version;
  const worldAtlasVersion = (require('world-atlas/package.json') as { version: string }).version;
  const levels = finestLevel === 'desa' ? 'desa, kecamatan, kabupaten, provinsi' : 'kabupaten, provinsi';
  const countries = Object.values(config.boundaries.neighbourCountries).join(', ');
  return [
    `Boundary files of Peta Paritrana: ${files.join(', ')}${desaFileCount > 0 ? `, and ${DESA_DIR}/<regency code>.topo.json for ${desaFileCount} regencies` : ''}.`,
    '',
    `${config.name.id} (${levels}) and the neighbouring provinces:`,
    `  ${provenance.repository}, commit ${provenance.commit}`,
    '  MIT licence, see boundaries-LICENSE.txt. Codes and names: Kemendagri.',
    finestLevel === 'desa'
      ? '  Kecamatan, kabupaten and the province are dissolved from the desa polygons (after snapping and'
      : '  The regencies are snapped and cleaned from the kabkota polygons (overlaps given to one regency,',
    finestLevel === 'desa'
      ? '  filling slivers), then simplified and quantized; other properties are dropped.'
      : '  cracks filled), the province dissolved from them, then simplified and quantized; other properties dropped.',
    `Neighbouring land outside Indonesia (${countries}, where inside the box ${contextBox(config)}):`,
    '  Natural Earth 1:10m Admin 0 countries (public domain),',
    `  via the npm package world-atlas ${worldAtlasVersion} (ISC licence, Mike Bostock).`,
    '',
    `Built by scripts/build-boundaries.ts with mapshaper ${mapshaperVersion}. Do not edit; rebuild with`,
    '`npm run build:boundaries`.',
    '',
  ].join('\n');
}

function contextBox(config: ProvinceConfig): string {
  const { west, south, east, north } = config.boundaries.contextBox;
  return `lon ${west} to ${east}, lat ${south} to ${north}`;
}

/** The boundary builds' own code: a change to it makes their outputs stale (build-areas.ts reads it too). */
export async function ownLibraryFiles(): Promise<string[]> {
  const libDir = join(repoRoot, 'scripts', 'lib', 'boundaries');
  return (await readdir(libDir)).map((name) => join(libDir, name));
}

/** A crash mid-write must not leave a truncated file with a fresh mtime. */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
}

function sizeTable(outputs: OutputSize[]): string[] {
  const width = Math.max(...outputs.map(({ file }) => file.length));
  return outputs.map(({ file, bytes, gzipBytes, gzipBudget }) => {
    const budget = gzipBudget === undefined ? '' : `  (budget ${formatKilobytes(gzipBudget)})`;
    const sizes = `${formatKilobytes(bytes).padStart(9)} raw  ${formatKilobytes(gzipBytes).padStart(9)} gzip`;
    return `  ${file.padEnd(width)}  ${sizes}${budget}`;
  });
}

function formatKilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`.padStart(6);
}

const USAGE = `Usage: node --import tsx scripts/build-boundaries.ts [--force] [--source DIR] [--province CODE]
  --source DIR     folder with the boundary sources (default: $${SOURCE_DIR_ENV}, else ../shared/boundaries)
  --province CODE  the province of provinces/CODE.json (default: $PARITRANA_PROVINCE, else provinces/default.json)
  --force          rebuild even when the outputs are up to date`;

runBoundaryCommand(import.meta.url, 'build-boundaries', USAGE, buildBoundaries);
