// Builds the areas one site reaches besides its own province: data/areas/indonesia/ (the 38 provinces)
// and data/areas/<code>/ for every other province (its regencies), each with the three files the
// deployment's own province has in data/ (regencies.topo.json, context.topo.json, province.json), so
// the same loader and the same map draw any of them. From ../shared/boundaries/indonesia-kabkota.geojson,
// data/national/provinces.csv (the official names) and world-atlas (Natural Earth) for the countries.
//
//   npm run build:areas                 rebuild what is stale (missing, or older than its inputs)
//   npm run build:areas -- --force      rebuild regardless
//   npm run build:areas -- --help       the other options
//
// Run by npm run build:data after the province's own boundaries. Outputs are git-ignored.
import { mkdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import mapshaper from 'mapshaper';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { runBoundaryCommand } from './lib/boundaries/command.ts';
import { checkFreshness } from './lib/boundaries/freshness.ts';
import { withLabelPoints } from './lib/boundaries/label-points.ts';
import { buildContextTopology, buildRegencyTopology, OUTPUT_FILES, type ContextInput } from './lib/boundaries/pipeline.ts';
import { BoundarySourceError } from './lib/boundaries/sources.ts';
import { BoundaryOutputError, finalizeTopology } from './lib/boundaries/verify.ts';
import {
  AREA_GZIP_BUDGETS,
  AREAS_DIR,
  AREAS_REPORT_FILE,
  areaContextBox,
  boxesMeet,
  contextLabels,
  COUNTRY_NAMES_ID,
  extentOf,
  INDONESIA_ISO,
  labelsById,
  NATIONAL_AREA,
  simplifyIntervals,
  spanKm,
  type Box,
} from './lib/boundaries/areas.ts';
import { provinceBuild } from './lib/province/config.ts';
import { parseProvinceNames, type ProvinceNameEntry } from '../src/data/province-names.ts';
import { parseProvinceInfo, type ProvinceInfo } from '../src/data/province.ts';
import { PROVINCE_JSON } from '../src/data/files.ts';
import { formatProblem } from '../src/data/problem-text.ts';
import { DEFAULT_SOURCE_DIR, ownLibraryFiles, SOURCE_DIR_ENV, writeFileAtomic, type BuildBoundariesOptions } from './build-boundaries.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** The official list of the provinces, relative to the repository. */
export const PROVINCE_NAMES_FILE = 'data/national/provinces.csv';
const SOURCE_FILE = 'indonesia-kabkota.geojson';
/**
 * The regencies of indonesia-kabkota overlap and leave cracks (SOURCE.md): snapped and cleaned as the
 * regency build does for a province without desa (pipeline.ts, Kalimantan Tengah), here once for the
 * whole country, so the provinces dissolved from them tile as their regencies do.
 */
const SNAP_INTERVAL_DEGREES = 0.001;
const GAP_WIDTH = '2km';

/**
 * The boundary build's options. `province` is the deployment's own, served from data/ itself, which gets
 * no area of its own; `outDir` defaults to <that province's data folder>/areas.
 */
export type BuildAreasOptions = BuildBoundariesOptions;

export interface AreaOutputSize {
  /** "indonesia/regencies.topo.json", relative to the areas folder. */
  file: string;
  bytes: number;
  gzipBytes: number;
  gzipBudget?: number;
  /** The simplification the file was fitted at. */
  interval?: string;
}

export interface AreasBuildReport {
  buildMs: number;
  outputs: AreaOutputSize[];
}

export interface BuildAreasResult extends AreasBuildReport {
  upToDate: boolean;
}

/** The areas a deployment serves besides its own province: the country, then every other province. */
export function areaCodes(provinceCodes: readonly string[], ownProvince: string): string[] {
  return [NATIONAL_AREA, ...provinceCodes.filter((code) => code !== ownProvince)];
}

const AREA_FILES = [OUTPUT_FILES.regencies, OUTPUT_FILES.context, PROVINCE_JSON] as const;

export async function buildAreas(options: BuildAreasOptions = {}): Promise<BuildAreasResult> {
  const build = provinceBuild(options.province);
  const ownProvince = build.config.code;
  const {
    sourceDir = process.env[SOURCE_DIR_ENV] || DEFAULT_SOURCE_DIR,
    outDir = join(build.dataOutDir, AREAS_DIR),
    force = false,
    quiet = false,
    log = quiet ? () => {} : console.log,
  } = options;
  const started = performance.now();
  const step = (message: string) => log(`[areas] ${((performance.now() - started) / 1000).toFixed(1).padStart(5)}s  ${message}`);

  const namesPath = join(repoRoot, PROVINCE_NAMES_FILE);
  const names = readNames(await readFile(namesPath, 'utf8'));
  const areas = areaCodes(names.map(({ code }) => code), ownProvince);
  const sourcePath = join(sourceDir, SOURCE_FILE);
  if (!existsSync(sourcePath)) {
    throw new BoundarySourceError(`Boundary source ${SOURCE_FILE} not found in ${resolve(sourceDir)}. Pass --source DIR or set ${SOURCE_DIR_ENV}.`);
  }
  const worldAtlasPath = require.resolve('world-atlas/countries-10m.json');
  const outputPaths = [...areas.flatMap((area) => AREA_FILES.map((file) => join(outDir, area, file))), join(outDir, AREAS_REPORT_FILE)];
  const inputPaths = [
    sourcePath,
    namesPath,
    worldAtlasPath,
    require.resolve('mapshaper/package.json'),
    fileURLToPath(import.meta.url),
    join(repoRoot, 'scripts', 'build-boundaries.ts'),
    join(repoRoot, 'src', 'data', 'province-names.ts'),
    join(repoRoot, 'src', 'render', 'map-geometry.ts'),
    ...(await ownLibraryFiles()),
  ];
  // The deployment's own province is not an input: another one leaves an area's folder missing, which rebuilds.
  if (!force) {
    const freshness = await checkFreshness(outputPaths, inputPaths);
    if (freshness.upToDate) {
      const report = JSON.parse(await readFile(join(outDir, AREAS_REPORT_FILE), 'utf8')) as AreasBuildReport;
      log(`[areas] up to date in ${relative(process.cwd(), outDir)} (use --force to rebuild)`);
      return { ...report, upToDate: true };
    }
    step(`rebuilding: ${freshness.reason.length > 160 ? `${freshness.reason.slice(0, 160)}...` : freshness.reason}`);
  }

  const byCode = new Map(names.map((entry) => [entry.code, entry]));
  const split = await splitByProvince(await readFile(sourcePath, 'utf8'), byCode);
  step(`cleaned the ${split.regencyCount} regencies of ${byCode.size} provinces, dissolved them into provinces`);
  const worldAtlasText = await readFile(worldAtlasPath, 'utf8');
  const countries = countryExtents(JSON.parse(worldAtlasText) as Topology);

  // The country first: its label points name the neighbouring provinces in every province's context.
  const files = new Map<string, { text: string; budget?: number; interval?: string }>();
  const national = await fitted(simplifyIntervals(spanKm(split.extent), 'regencies'), AREA_GZIP_BUDGETS.national, `${NATIONAL_AREA}/${OUTPUT_FILES.regencies}`, (interval) =>
    buildRegencyTopology({ code: NATIONAL_CODE, name: { id: 'Indonesia', en: 'Indonesia' } }, split.provincesGeoJson, interval),
  );
  const provinceNames = new Map(names.map(({ code, name }) => [code, name]));
  const nationalText = nationalRegencies(national.text, provinceNames);
  const provinceLabels = labelsById(nationalText);
  files.set(`${NATIONAL_AREA}/${OUTPUT_FILES.regencies}`, { text: nationalText, budget: AREA_GZIP_BUDGETS.national, interval: national.interval });
  step(`indonesia: 38 provinces at ${national.interval}`);

  for (const area of areas) {
    const isNational = area === NATIONAL_AREA;
    const entry = isNational ? undefined : byCode.get(area)!;
    const extent = isNational ? split.extent : split.extents.get(area)!;
    const box = areaContextBox(extent);
    let regencyRaw: string;
    if (isNational) {
      regencyRaw = national.text;
    } else {
      const own = await fitted(simplifyIntervals(spanKm(extent), 'regencies'), AREA_GZIP_BUDGETS.province, `${area}/${OUTPUT_FILES.regencies}`, (interval) =>
        buildRegencyTopology({ code: area, name: { id: entry!.name, en: entry!.nameEn } }, split.regenciesGeoJson.get(area)!, interval),
      );
      regencyRaw = own.text;
      const regencyNames = split.regencyNames.get(area)!;
      const text = withLabelPoints(
        finalizeTopology(regencyRaw, `${area}/${OUTPUT_FILES.regencies}`, {
          kabupaten: { names: regencyNames, complete: true },
          provinsi: { names: new Map([[area, entry!.name]]), complete: true },
        }),
      );
      files.set(`${area}/${OUTPUT_FILES.regencies}`, { text, budget: AREA_GZIP_BUDGETS.province, interval: own.interval });
    }

    const neighbours = [...split.extents].filter(([code, provinceExtent]) => code !== area && !isNational && boxesMeet(provinceExtent, box)).map(([code]) => code);
    const countryCodes = [...countries].filter(([, country]) => boxesMeet(country.box, box)).map(([code]) => code);
    const neighbourNames = new Map(neighbours.map((code) => [code, provinceNames.get(code)!]));
    const countryNames = new Map(countryCodes.map((code) => [code, COUNTRY_NAMES_ID[code] ?? countries.get(code)!.name]));
    const input: ContextInput = {
      contextBox: box,
      // The country's context has no other province: a speck of open sea in the box's corner stands in
      // for one, so mapshaper's province layer keeps its fields through the build, and is taken out after.
      provinces: neighbours.length > 0 ? Object.fromEntries(neighbourNames) : { [PLACEHOLDER_CODE]: 'placeholder' },
      // Likewise a box with no other country takes one from the other side of the world, which the clip removes.
      countries: countryCodes.length > 0 ? Object.fromEntries(countryNames) : { [FAR_COUNTRY]: 'placeholder' },
      indonesiaText: JSON.stringify({ type: 'FeatureCollection', features: neighbours.length > 0 ? neighbours.map((code) => split.provinceFeatures.get(code)!) : [placeholder(box)] }),
    };
    const contextFile = `${area}/${OUTPUT_FILES.context}`;
    const context = await fitted(simplifyIntervals(spanKm(box), 'context'), AREA_GZIP_BUDGETS.context, contextFile, async (interval) =>
      finalizeTopology(withObjects(await buildContextTopology(input, worldAtlasText, regencyRaw, interval), ['provinsi', 'negara']), contextFile, {
        provinsi: { names: neighbourNames, complete: false, mayBeEmpty: true },
        negara: { names: countryNames, complete: false, mayBeEmpty: true },
      }),
    );
    files.set(contextFile, { text: context.text, budget: AREA_GZIP_BUDGETS.context, interval: context.interval });

    const info: ProvinceInfo = {
      code: isNational ? '' : area,
      name: isNational ? { id: 'Indonesia', en: 'Indonesia' } : { id: entry!.name, en: entry!.nameEn },
      contextBox: box,
      contextLabels: contextLabels(JSON.parse(context.text) as Topology, box, provinceLabels),
    };
    // What the pages will read, checked as they check it.
    parseProvinceInfo(info, `${area}/${PROVINCE_JSON}`);
    files.set(`${area}/${PROVINCE_JSON}`, { text: `${JSON.stringify(info, null, 1)}\n` });
    step(`${area}${entry ? ` (${entry.name})` : ''}: regencies${isNational ? '' : ` at ${files.get(`${area}/${OUTPUT_FILES.regencies}`)!.interval}`}, context at ${context.interval} (${neighbours.length} provinces, ${countryNames.size} countries)`);
  }

  const outputs: AreaOutputSize[] = [...files].map(([file, { text, budget, interval }]) => ({
    file,
    bytes: Buffer.byteLength(text),
    gzipBytes: gzipSync(text).length,
    ...(budget === undefined ? {} : { gzipBudget: budget }),
    ...(interval === undefined ? {} : { interval }),
  }));
  // A stale folder (a province no longer listed, or the deployment's own) must not linger.
  await rm(outDir, { recursive: true, force: true });
  for (const [file, { text }] of files) {
    await mkdir(dirname(join(outDir, file)), { recursive: true });
    await writeFileAtomic(join(outDir, file), text);
  }
  const report: AreasBuildReport = { buildMs: Math.round(performance.now() - started), outputs };
  await writeFileAtomic(join(outDir, AREAS_REPORT_FILE), `${JSON.stringify(report, null, 2)}\n`);
  const largest = (suffix: string) => outputs.filter(({ file }) => file.endsWith(suffix) && !file.startsWith(`${NATIONAL_AREA}/`)).sort((a, b) => b.gzipBytes - a.gzipBytes)[0];
  const national_ = outputs.find(({ file }) => file === `${NATIONAL_AREA}/${OUTPUT_FILES.regencies}`)!;
  step(
    `wrote ${areas.length} areas to ${relative(process.cwd(), outDir)}: national ${national_.gzipBytes} B gzip, ` +
      `largest province ${largest(OUTPUT_FILES.regencies)?.file} ${largest(OUTPUT_FILES.regencies)?.gzipBytes} B, ` +
      `largest context ${largest(OUTPUT_FILES.context)?.file} ${largest(OUTPUT_FILES.context)?.gzipBytes} B`,
  );
  return { ...report, upToDate: false };
}

const PLACEHOLDER_CODE = '00';
/** Chile (ISO 152): the country a box with no country of its own carries through mapshaper, cut away by the clip. */
const FAR_COUNTRY = '152';
/** A speck (about 5 km) in the box's south-west corner: the Indian Ocean for the country's box. */
function placeholder({ west, south }: Box) {
  const [x, y] = [west + 0.1, south + 0.1];
  return { type: 'Feature', properties: { kode: PLACEHOLDER_CODE }, geometry: { type: 'Polygon', coordinates: [[[x, y], [x + 0.05, y], [x, y + 0.05], [x, y]]] } };
}

/** The code the national file's outline is built under, removed before writing: the country has none. */
const NATIONAL_CODE = 'ID';

function readNames(text: string): ProvinceNameEntry[] {
  const { entries, problems } = parseProvinceNames(text, PROVINCE_NAMES_FILE);
  if (problems.length > 0) throw new BoundarySourceError(problems.map(formatProblem).join('\n'));
  return entries;
}

/** Tries each interval, finest first, until the file fits; fails naming the file when none does. */
async function fitted(intervals: readonly string[], budget: number, file: string, make: (interval: string) => Promise<string>): Promise<{ text: string; interval: string }> {
  for (const interval of intervals) {
    const text = await make(interval);
    if (gzipSync(text).length <= budget) return { text, interval };
  }
  throw new BoundaryOutputError(`${file}: over ${budget} bytes gzipped even simplified at ${intervals.at(-1)}; add a coarser step to AREA_SIMPLIFY_INTERVALS (scripts/lib/boundaries/areas.ts).`);
}

/** The national file: provinces named from the official list, the country's outline without an id. */
function nationalRegencies(raw: string, provinceNames: ReadonlyMap<string, string>): string {
  const file = `${NATIONAL_AREA}/${OUTPUT_FILES.regencies}`;
  const topology = JSON.parse(
    withLabelPoints(
      finalizeTopology(raw, file, {
        kabupaten: { names: provinceNames, complete: true },
        provinsi: { names: new Map([[NATIONAL_CODE, 'Indonesia']]), complete: true },
      }),
    ),
  ) as Topology;
  for (const geometry of (topology.objects.provinsi as GeometryCollection).geometries) delete geometry.id;
  return JSON.stringify(topology);
}

/**
 * mapshaper leaves out a layer with no feature: the app expects both objects, even empty. The
 * placeholder province goes (its arc stays, drawn by nothing).
 */
function withObjects(topologyText: string, objectNames: readonly string[]): string {
  const topology = JSON.parse(topologyText) as Topology;
  topology.objects = Object.fromEntries(objectNames.map((name) => [name, topology.objects[name] ?? { type: 'GeometryCollection', geometries: [] }]));
  const provinsi = topology.objects.provinsi as GeometryCollection | undefined;
  if (provinsi) provinsi.geometries = provinsi.geometries.filter((geometry) => geometry.id !== PLACEHOLDER_CODE);
  return JSON.stringify(topology);
}

interface SplitSources {
  regencyCount: number;
  /** Every province (code, name): the national file's units. */
  provincesGeoJson: string;
  /** Each province as one GeoJSON feature with `kode` its code: the context's neighbouring land. */
  provinceFeatures: Map<string, Feature>;
  /** Per province, its regencies (code, name), cleaned and unsimplified. */
  regenciesGeoJson: Map<string, string>;
  regencyNames: Map<string, Map<string, string>>;
  extents: Map<string, Box>;
  extent: Box;
}

/** One snap-and-clean of the whole country, so every border between two regencies is one line. */
async function splitByProvince(sourceText: string, names: ReadonlyMap<string, ProvinceNameEntry>): Promise<SplitSources> {
  const source = JSON.parse(sourceText) as FeatureCollection<Polygon | MultiPolygon, { kode?: unknown; nama?: unknown }>;
  const regencyNames = new Map<string, Map<string, string>>();
  source.features.forEach(({ properties }, index) => {
    const { kode, nama } = properties ?? {};
    if (typeof kode !== 'string' || !/^\d{2}\.\d{2}$/.test(kode) || typeof nama !== 'string' || nama.trim() === '') {
      throw new BoundarySourceError(`${SOURCE_FILE}, feature ${index}: kode ${JSON.stringify(kode)}, nama ${JSON.stringify(nama)}; expected a regency code like "63.01" and its name.`);
    }
    const province = kode.slice(0, 2);
    if (!names.has(province)) {
      throw new BoundarySourceError(`${SOURCE_FILE}, feature ${index}: regency ${kode} (${nama}) is in province ${province}, which ${PROVINCE_NAMES_FILE} does not list.`);
    }
    if (!regencyNames.has(province)) regencyNames.set(province, new Map());
    regencyNames.get(province)!.set(kode, nama.trim());
  });
  const without = [...names.keys()].filter((code) => !regencyNames.has(code));
  if (without.length > 0) throw new BoundarySourceError(`${SOURCE_FILE}: no regency of province ${without.join(', ')} listed in ${PROVINCE_NAMES_FILE}.`);

  const codes = [...regencyNames.keys()];
  const output = await mapshaper.applyCommands(
    [
      '-i source.geojson name=kabupaten',
      `-clean snap-interval=${SNAP_INTERVAL_DEGREES} gap-width=${GAP_WIDTH}`,
      `-each 'code=kode, name=nama.trim(), province=kode.slice(0,2)'`,
      '-filter-fields code,name,province',
      '-dissolve province target=kabupaten + name=provinces',
      `-each 'code=province, kode=province' target=provinces`,
      '-filter-fields code,kode target=provinces',
      '-o provinces.geojson format=geojson target=provinces',
      ...codes.flatMap((code) => [
        `-filter 'province === ${JSON.stringify(code)}' target=kabupaten + name=k${code}`,
        `-filter-fields code,name target=k${code}`,
        `-o ${code}.geojson format=geojson target=k${code}`,
      ]),
      '-quiet',
    ].join(' '),
    { 'source.geojson': sourceText },
  );
  const text = (name: string) => {
    const content = output[name];
    if (content === undefined) throw new Error(`mapshaper produced no ${name}.`);
    return typeof content === 'string' ? content : content.toString('utf8');
  };
  const provinces = JSON.parse(text('provinces.geojson')) as FeatureCollection<Polygon | MultiPolygon, { code: string; kode: string }>;
  const provinceFeatures = new Map(provinces.features.map((f) => [f.properties.code, f as Feature]));
  const extents = new Map(provinces.features.map((f) => [f.properties.code, extentOf([f.geometry])]));
  // The national file's units: named as the official list names them (its -join would need a file).
  const named = {
    type: 'FeatureCollection',
    features: provinces.features.map((f) => ({ ...f, properties: { code: f.properties.code, name: names.get(f.properties.code)!.name } })),
  };
  return {
    regencyCount: source.features.length,
    provincesGeoJson: JSON.stringify(named),
    provinceFeatures,
    regenciesGeoJson: new Map(codes.map((code) => [code, text(`${code}.geojson`)])),
    regencyNames,
    extents,
    extent: extentOf(provinces.features.map((f) => f.geometry)),
  };
}

/** Each country of Natural Earth but Indonesia, with its extent. */
function countryExtents(topology: Topology): Map<string, { name: string; box: Box }> {
  const collection = topology.objects.countries as GeometryCollection<{ name: string }>;
  const result = new Map<string, { name: string; box: Box }>();
  for (const geometry of collection.geometries) {
    if (geometry.id === undefined || String(geometry.id) === INDONESIA_ISO) continue;
    const shape = feature(topology, geometry) as Feature<Polygon | MultiPolygon | null>;
    const box = extentOf([shape.geometry]);
    // Across 180° (Fiji, Russia): far from any box here, and cut by a box it would leave a band around the globe.
    if (box.east - box.west > 180) continue;
    result.set(String(geometry.id), { name: (geometry.properties as { name: string }).name, box });
  }
  return result;
}


const USAGE = `Usage: node --import tsx scripts/build-areas.ts [--force] [--source DIR] [--province CODE]
  --source DIR     folder with the boundary sources (default: $${SOURCE_DIR_ENV}, else ../shared/boundaries)
  --province CODE  the deployment's own province, which gets no area (default: $PARITRANA_PROVINCE, else provinces/default.json)
  --force          rebuild even when the outputs are up to date`;

runBoundaryCommand(import.meta.url, 'build-areas', USAGE, buildAreas);
