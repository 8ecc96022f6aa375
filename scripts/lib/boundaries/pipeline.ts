// The geometry of the boundary build, all of it done by mapshaper (in memory, through applyCommands):
// clean the desa layer, dissolve it into kecamatan and kabupaten, simplify, quantize.
// Dissolving from the finest level means every border is one shared arc, so the levels agree and
// regencies neither overlap nor leave gaps, which the source's own kabkota polygons do (SOURCE.md).
import { gzipSync } from 'node:zlib';
import mapshaper from 'mapshaper';
import type { ProvinceConfig } from '../../../src/data/province.ts';
import type { NamedArea, ProvinceSources } from './sources.ts';
import { BoundaryOutputError } from './verify.ts';

/**
 * Snap vertices closer than about 1 m (in degrees, the source's units) before cleaning, so borders
 * that two desa trace with slightly different coordinates become one shared edge.
 */
const SNAP_INTERVAL_DEGREES = 0.00001;
/**
 * Slivers between neighbouring desa narrower than this are given to a neighbour. Measured: every gap
 * in the source is far narrower (the result is the same from 50 m to 2 km), so this removes the
 * ~4 km2 of cracks without touching real features.
 */
const GAP_WIDTH = '100m';

/**
 * Simplification of a regency's desa file, finest first: each file keeps the finest detail that fits its
 * budget. The file is drawn for one regency filling the ceremony's screen, so a small city (Kota
 * Pontianak, 15 km across) keeps its kelurahan at 50 m, while Sintang's 391 desa, 250 km across at
 * about 250 m a pixel, fit at 150 m. Visvalingam (mapshaper's weighted default), as everywhere here.
 */
const DESA_SIMPLIFY_INTERVALS = ['50m', '75m', '100m', '150m', '200m', '300m', '500m'] as const;
/** Steps across one regency's box: about 25 m for the largest (Kapuas Hulu), under a pixel on any screen. */
const DESA_QUANTIZATION = 10_000;

/**
 * The regency file is drawn at a province-wide zoom: about 600 km over 1,000 px, 0.6 km a pixel.
 * Detail finer than half a pixel is not seen, and dropping it keeps the file near 14 KB gzipped.
 */
const REGENCY_SIMPLIFY_INTERVAL = '300m';
/** About 55 m per step: a tenth of a pixel at the zoom above. */
const REGENCY_QUANTIZATION = 10_000;

/**
 * A province whose finest source level is its regencies (no desa file): their polygons are heavily
 * simplified and overlap or leave cracks (SOURCE.md). Snapping vertices closer than about 100 m makes
 * nearly shared borders one edge; -clean then gives each overlap to one regency and fills the cracks
 * narrower than this, so the regencies tile. Measured on Kalimantan Tengah: the widest crack is under 1 km.
 */
const REGENCY_SOURCE_SNAP_INTERVAL_DEGREES = 0.001;
const REGENCY_SOURCE_GAP_WIDTH = '2km';
/**
 * indonesia-kabkota's regency polygons are heavily simplified and leave cracks between neighbours
 * (SOURCE.md), which would show as hairlines of sea inside a province. Measured: all under 500 m.
 */
const NEIGHBOUR_REGENCY_GAP_WIDTH = '1km';
/**
 * Natural Earth's borders and the Indonesian sources' differ by up to about 3 km (measured on the
 * border with Sarawak); the cracks between them, and between Natural Earth and the other
 * provinces, are filled with the neighbour's land so no sea shows along a land border.
 */
const BORDER_CRACK_WIDTH = '5km';
/** Context sits under the map at the regency file's zoom, so it needs no more detail than that. */
const CONTEXT_SIMPLIFY_INTERVAL = '500m';
/**
 * Finer than the regency file's grid: the context's edge along the province is the regency file's border,
 * re-quantized on this file's own grid, and a coarse grid would leave slivers of overlap and crack
 * along it (about 6 km2 in all at 10,000; about 1 at 50,000, for 2 KB more gzipped).
 */
const CONTEXT_QUANTIZATION = 50_000;

/** The same names for every province: the site's folder says which province it is. */
export const OUTPUT_FILES = {
  regencies: 'regencies.topo.json',
  context: 'context.topo.json',
} as const;

export interface DesaTopologyResult {
  /**
   * Per regency code, its desa file (desaTopologyFile): TopoJSON text with objects desa and kecamatan,
   * each feature's id its Kemendagri code.
   */
  desaByRegency: Map<string, { topology: string; gzipBytes: number; interval: string }>;
  /** Unsimplified regencies as GeoJSON, the input of the display-scale regency file. */
  kabupatenGeoJson: string;
}

const KABUPATEN_GEOJSON = 'kabupaten.geojson';

/**
 * The regencies of a province without a desa layer, from its kabkota polygons: snapped and cleaned so
 * they tile (no overlaps, no cracks), as unsimplified GeoJSON for buildRegencyTopology.
 */
export async function buildKabupatenFromRegencies(sources: ProvinceSources): Promise<string> {
  const commands = [
    '-i kabupaten-source.geojson name=kabupaten',
    `-clean snap-interval=${REGENCY_SOURCE_SNAP_INTERVAL_DEGREES} gap-width=${REGENCY_SOURCE_GAP_WIDTH}`,
    `-each 'code=kode'`,
    '-join kabupaten-names.json keys=code,code fields=name',
    '-filter-fields code,name',
    `-o ${KABUPATEN_GEOJSON} format=geojson`,
  ];
  const output = await runMapshaper(commands, {
    'kabupaten-source.geojson': sources.finestText,
    'kabupaten-names.json': namesJson(sources.kabupatenNames),
  });
  return outputText(output, KABUPATEN_GEOJSON);
}

/**
 * Every level is dissolved from the cleaned desa, then each regency's desa and kecamatan are written
 * to a file of their own: a village winner's card loads its regency's file only.
 */
export async function buildDesaTopology(sources: ProvinceSources, gzipBudget: number): Promise<DesaTopologyResult> {
  const regencyCodes = [...sources.kabupatenNames.keys()];
  const layer = (level: string, code: string) => `${level}${code.replace(/\D/g, '')}`;
  const commands = [
    '-i desa.geojson name=desa',
    `-clean snap-interval=${SNAP_INTERVAL_DEGREES} gap-width=${GAP_WIDTH}`,
    // Ids and the hierarchy come from the code, set once, before any dissolve.
    `-each 'code=kode, name=nama, kecamatanCode=kode.slice(0,8), regencyCode=kode.slice(0,5)'`,
    '-dissolve kecamatanCode copy-fields=regencyCode + name=kecamatan',
    '-dissolve regencyCode target=kecamatan + name=kabupaten',
    '-rename-fields code=kecamatanCode target=kecamatan',
    '-rename-fields code=regencyCode target=kabupaten',
    '-join kecamatan-names.json keys=code,code fields=name target=kecamatan',
    '-join kabupaten-names.json keys=code,code fields=name target=kabupaten',
    '-filter-fields code,name target=desa,kecamatan,kabupaten',
    `-o ${KABUPATEN_GEOJSON} format=geojson target=kabupaten`,
    // Unsimplified, each regency with only the arcs of its own desa and kecamatan.
    ...regencyCodes.flatMap((code) => [
      `-filter 'code.slice(0,5) === ${JSON.stringify(code)}' target=desa + name=${layer('desa', code)}`,
      `-filter 'code.slice(0,5) === ${JSON.stringify(code)}' target=kecamatan + name=${layer('kecamatan', code)}`,
      `-o ${code}.json format=topojson no-quantization target=${layer('desa', code)},${layer('kecamatan', code)}`,
    ]),
  ];
  const output = await runMapshaper(commands, {
    'desa.geojson': sources.finestText,
    'kecamatan-names.json': namesJson(sources.kecamatanNames),
    'kabupaten-names.json': namesJson(sources.kabupatenNames),
  });
  const desaByRegency: DesaTopologyResult['desaByRegency'] = new Map();
  for (const code of regencyCodes) {
    const regency = outputText(output, `${code}.json`);
    let fitted: { topology: string; gzipBytes: number; interval: string } | null = null;
    for (const interval of DESA_SIMPLIFY_INTERVALS) {
      const topology = await simplifyRegencyDesa(regency, interval);
      const gzipBytes = gzipSync(topology).length;
      if (gzipBytes <= gzipBudget) {
        fitted = { topology, gzipBytes, interval };
        break;
      }
    }
    if (!fitted) {
      const coarsest = DESA_SIMPLIFY_INTERVALS[DESA_SIMPLIFY_INTERVALS.length - 1];
      throw new BoundaryOutputError(`desa of ${code}: over ${gzipBudget} bytes gzipped even simplified at ${coarsest}; add a coarser step to DESA_SIMPLIFY_INTERVALS.`);
    }
    desaByRegency.set(code, fitted);
  }
  return { desaByRegency, kabupatenGeoJson: outputText(output, KABUPATEN_GEOJSON) };
}

async function simplifyRegencyDesa(regencyTopology: string, interval: string): Promise<string> {
  const commands = [
    '-i regency.json',
    // The file's objects are named as the app reads them, whatever the regency.
    '-rename-layers desa,kecamatan',
    `-simplify interval=${interval} keep-shapes target=desa,kecamatan`,
    `-o desa.topo.json format=topojson quantization=${DESA_QUANTIZATION} fix-geometry id-field=code target=desa,kecamatan`,
  ];
  return outputText(await runMapshaper(commands, { 'regency.json': regencyTopology }), 'desa.topo.json');
}

/**
 * The display file starts from the unsimplified regencies rather than from the desa topology: there,
 * regency borders are cut into arcs at every desa corner, and simplification never removes an arc's
 * end points, so the file would keep thousands of points nobody can see.
 */
export async function buildRegencyTopology(
  config: Pick<ProvinceConfig, 'code' | 'name'>,
  kabupatenGeoJson: string,
  interval: string = REGENCY_SIMPLIFY_INTERVAL,
): Promise<string> {
  const commands = [
    `-i ${KABUPATEN_GEOJSON} name=kabupaten`,
    '-dissolve target=kabupaten + name=provinsi',
    provinceAttributes(config, 'provinsi'),
    `-simplify interval=${interval} keep-shapes target=kabupaten,provinsi`,
    `-o ${OUTPUT_FILES.regencies} format=topojson quantization=${REGENCY_QUANTIZATION} fix-geometry ` +
      'id-field=code target=kabupaten,provinsi',
  ];
  const output = await runMapshaper(commands, { [KABUPATEN_GEOJSON]: kabupatenGeoJson });
  return outputText(output, OUTPUT_FILES.regencies);
}

/**
 * Neighbouring land, so the province does not float in a void: the neighbouring provinces from the
 * all-Indonesia source (dissolved from its regencies) and the neighbouring countries from Natural
 * Earth, cut to the map's surroundings. The context meets the province's border as drawn in the
 * regency file: no overlap (the province is excluded) and no crack of sea between two land borders.
 */
export async function buildContextTopology(
  input: ContextInput,
  worldAtlasCountriesText: string,
  regencyTopology: string,
  interval: string = CONTEXT_SIMPLIFY_INTERVAL,
): Promise<string> {
  const neighbours = await buildNeighbourLayers(input, worldAtlasCountriesText, interval);
  const commands = [
    '-i neighbours.json regencies.json combine-files',
    '-drop target=kabupaten',
    '-rename-layers province target=provinsi',
    '-merge-layers target=neighbourProvinces,neighbourCountries name=neighbours',
    // All land in the box, the province included, with the cracks between the sources closed...
    '-filter true target=neighbours + name=landParts',
    '-filter true target=province + name=provinceParts',
    '-merge-layers target=landParts,provinceParts name=landParts force',
    `-dissolve target=landParts gap-width=${BORDER_CRACK_WIDTH} name=land`,
    // ...cut into tiles by the neighbours' borders: crack tiles (and the province) carry no code...
    '-union target=land,neighbours fields=code name=tiles',
    '-erase province target=tiles',
    // ...and each crack is given to the neighbour it borders longest.
    '-target tiles',
    '-data-fill field=code',
    `-filter 'code != null' remove-empty`,
    '-dissolve code name=context',
    // Province codes have two digits, ISO country codes three.
    `-filter 'code.length === 2' target=context + name=provinsi`,
    `-filter 'code.length === 3' target=context + name=negara`,
    // A layer left without features has no field to join on (a box with no other country in it).
    ...['provinsi', 'negara'].flatMap((layer) => [
      `-if 'field_exists("code")' target=${layer}`,
      `-join ${layer}-names.json keys=code,code fields=name target=${layer}`,
      '-endif',
    ]),
    `-o ${OUTPUT_FILES.context} format=topojson quantization=${CONTEXT_QUANTIZATION} fix-geometry ` +
      'id-field=code target=provinsi,negara',
  ];
  const contextNames = [
    ...Object.entries(input.provinces).map(([code, name]) => ({ code, name })),
    ...Object.entries(input.countries).map(([code, name]) => ({ code, name })),
  ];
  const output = await runMapshaper(commands, {
    'neighbours.json': neighbours,
    'regencies.json': regencyTopology,
    // One copy for each -join: mapshaper reads an input file once.
    'provinsi-names.json': JSON.stringify(contextNames),
    'negara-names.json': JSON.stringify(contextNames),
  });
  return outputText(output, OUTPUT_FILES.context);
}

/**
 * Simplified before the crack filling, which must not move the province's border: simplifying
 * afterwards would redraw it differently from the regency file and open new slivers.
 */
async function buildNeighbourLayers(input: ContextInput, worldAtlasCountriesText: string, interval: string): Promise<string> {
  const { west, south, east, north } = input.contextBox;
  const provinceCodes = JSON.stringify(Object.keys(input.provinces));
  const countryCodes = JSON.stringify(Object.keys(input.countries));
  const commands = [
    // One dataset for both sources, so both layers are simplified as one topology.
    '-i indonesia.geojson countries.json combine-files',
    '-drop target=land',
    `-filter '${provinceCodes}.includes(kode.slice(0,2))' target=indonesia`,
    `-clean gap-width=${NEIGHBOUR_REGENCY_GAP_WIDTH} target=indonesia`,
    `-each 'code=kode.slice(0,2)' target=indonesia`,
    '-dissolve code target=indonesia name=neighbourProvinces',
    // world-atlas keeps the ISO numeric code as the TopoJSON id, which mapshaper imports as FID.
    `-filter '${countryCodes}.includes(FID)' target=countries`,
    `-each 'code=FID' target=countries`,
    '-rename-layers neighbourCountries target=countries',
    '-filter-fields code target=neighbourProvinces,neighbourCountries',
    `-clip bbox=${west},${south},${east},${north} target=neighbourProvinces,neighbourCountries`,
    `-simplify interval=${interval} keep-shapes target=neighbourProvinces,neighbourCountries`,
    '-o neighbours.json format=topojson no-quantization target=neighbourProvinces,neighbourCountries',
  ];
  const output = await runMapshaper(commands, {
    'indonesia.geojson': input.indonesiaText,
    'countries.json': worldAtlasCountriesText,
  });
  return outputText(output, 'neighbours.json');
}

/** What the context of an area is made of: the land around it, cut to its box. */
export interface ContextInput {
  contextBox: ProvinceConfig['boundaries']['contextBox'];
  /** Kemendagri code -> name of the other provinces drawn, each with land in indonesiaText. */
  provinces: Readonly<Record<string, string>>;
  /** ISO 3166 numeric code -> name of the countries drawn (Natural Earth, world-atlas). */
  countries: Readonly<Record<string, string>>;
  /** GeoJSON whose features carry a Kemendagri `kode` ("63.01", or "63" for a whole province). */
  indonesiaText: string;
}

/** A province's context from its configuration: the neighbours it names that the source has. */
export function provinceContextInput({ config, neighbourProvinceCodes, indonesiaKabupatenText }: ProvinceSources): ContextInput {
  const { contextBox, neighbourProvinces, neighbourCountries } = config.boundaries;
  return {
    contextBox,
    provinces: Object.fromEntries(neighbourProvinceCodes.map((code) => [code, neighbourProvinces[code]!])),
    countries: neighbourCountries,
    indonesiaText: indonesiaKabupatenText,
  };
}

function provinceAttributes({ code, name }: Pick<ProvinceConfig, 'code' | 'name'>, layer: string): string {
  return `-each 'code=${JSON.stringify(code)}, name=${JSON.stringify(name.id)}' target=${layer}`;
}

/** Name tables go to mapshaper's -join as JSON records, so codes like "62.10" stay strings. */
function namesJson(names: Map<string, string>): string {
  const records: NamedArea[] = [...names].map(([code, name]) => ({ code, name }));
  return JSON.stringify(records);
}

async function runMapshaper(
  commands: string[],
  input: Record<string, string>,
): Promise<Record<string, string | Buffer>> {
  // -quiet: the build prints its own progress; mapshaper's notes would drown it.
  return mapshaper.applyCommands([...commands, '-quiet'].join(' '), input);
}

function outputText(output: Record<string, string | Buffer>, fileName: string): string {
  const content = output[fileName];
  if (content === undefined) {
    throw new Error(`mapshaper produced no ${fileName} (got: ${Object.keys(output).join(', ') || 'nothing'}).`);
  }
  return typeof content === 'string' ? content : content.toString('utf8');
}
