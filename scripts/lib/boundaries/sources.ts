// Reading and checking the boundary sources (see ../shared/boundaries/SOURCE.md) before any geometry
// work, so that a renamed file, a missing name or a changed count stops the build with a message that
// says which file and which code, instead of surfacing later as an unnamed regency on the map.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ProvinceConfig } from '../../../src/data/province.ts';

/** Source files every province's build reads, whatever its own files are. */
const SHARED_SOURCE_FILES = {
  /** Every province's regencies: the neighbouring provinces drawn as context come from here. */
  indonesiaKabupaten: 'indonesia-kabkota.geojson',
  licence: 'LICENSE',
  provenance: 'SOURCE.md',
} as const;

/** Every source file the province's build reads (its own, from its configuration, and the shared ones). */
export function sourceFiles({ boundaries }: ProvinceConfig): string[] {
  const own = [boundaries.desa, boundaries.kecamatan, boundaries.kabupaten].filter((name): name is string => name !== undefined);
  return [...new Set([...own, ...Object.values(SHARED_SOURCE_FILES)])];
}

export interface NamedArea {
  code: string;
  name: string;
}

export interface ProvinceSources {
  config: ProvinceConfig;
  /**
   * The finest level's GeoJSON, handed to mapshaper: the desa as read when the province has them,
   * else its regencies (only the province's features of the kabupaten file).
   */
  finestText: string;
  /** 'desa': coarser levels are dissolved from desa; 'kabupaten': the regencies are the finest level. */
  finestLevel: 'desa' | 'kabupaten';
  indonesiaKabupatenText: string;
  licenceText: string;
  /** Empty when the province has no desa layer. */
  desa: NamedArea[];
  /** Names by code for the levels dissolved from the desa layer (empty without one). */
  kecamatanNames: Map<string, string>;
  kabupatenNames: Map<string, string>;
  /** Neighbouring province codes present in indonesia-kabkota.geojson. */
  neighbourProvinceCodes: string[];
  provenance: SourceProvenance;
}

interface SourceProvenance {
  repository: string;
  commit: string;
}

export class BoundarySourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BoundarySourceError';
  }
}

export async function readProvinceSources(sourceDir: string, config: ProvinceConfig): Promise<ProvinceSources> {
  const read = (name: string) =>
    readFile(join(sourceDir, name), 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') {
        throw new BoundarySourceError(
          `Boundary source ${name} not found in ${sourceDir}. Point PARITRANA_BOUNDARIES_DIR or ` +
            `--source DIR at the folder described in SOURCE.md.`,
        );
      }
      throw error;
    });
  const { boundaries, code } = config;
  const [desaText, kecamatanText, kabupatenText, indonesiaKabupatenText, licenceText, provenanceText] =
    await Promise.all([
      boundaries.desa === undefined ? undefined : read(boundaries.desa),
      boundaries.kecamatan === undefined ? undefined : read(boundaries.kecamatan),
      read(boundaries.kabupaten),
      read(SHARED_SOURCE_FILES.indonesiaKabupaten),
      read(SHARED_SOURCE_FILES.licence),
      read(SHARED_SOURCE_FILES.provenance),
    ]);

  const prefix = code; // two digits: nothing to escape in a pattern
  // The kabupaten file may hold other provinces too (the all-Indonesia file): only this one's are read.
  const regencyFeatures = provinceFeatures(kabupatenText, boundaries.kabupaten, code);
  const kabupatenNames = nameTable(
    namedAreas(JSON.stringify(regencyFeatures), boundaries.kabupaten, new RegExp(`^${prefix}\\.\\d{2}$`)),
  );
  let desa: NamedArea[] = [];
  let kecamatanNames = new Map<string, string>();
  if (desaText !== undefined && kecamatanText !== undefined) {
    desa = namedAreas(desaText, boundaries.desa!, new RegExp(`^${prefix}\\.\\d{2}\\.\\d{2}\\.[12]\\d{3}$`));
    kecamatanNames = nameTable(namedAreas(kecamatanText, boundaries.kecamatan!, new RegExp(`^${prefix}\\.\\d{2}\\.\\d{2}$`)));
    checkHierarchy(config, desa, kecamatanNames, kabupatenNames);
  } else {
    checkCount(config, 'kabupaten', kabupatenNames.size, boundaries.kabupaten);
  }

  const indonesiaProvinceCodes = new Set(
    namedAreas(indonesiaKabupatenText, SHARED_SOURCE_FILES.indonesiaKabupaten, /^\d{2}\.\d{2}$/).map((regency) =>
      regency.code.slice(0, 2),
    ),
  );
  const neighbourProvinceCodes = Object.keys(boundaries.neighbourProvinces).filter((neighbour) =>
    indonesiaProvinceCodes.has(neighbour),
  );
  if (neighbourProvinceCodes.length === 0) {
    throw new BoundarySourceError(
      `${SHARED_SOURCE_FILES.indonesiaKabupaten}: no regency of a neighbouring province ` +
        `(codes ${Object.keys(boundaries.neighbourProvinces).join(', ')}); the context layer would be empty.`,
    );
  }

  return {
    config,
    finestText: desaText ?? JSON.stringify(regencyFeatures),
    finestLevel: desaText === undefined ? 'kabupaten' : 'desa',
    indonesiaKabupatenText,
    licenceText,
    desa,
    kecamatanNames,
    kabupatenNames,
    neighbourProvinceCodes,
    provenance: parseProvenance(provenanceText),
  };
}

/** The features of one province (kode "62.xx") of a regency file, as a FeatureCollection. */
function provinceFeatures(geojsonText: string, fileName: string, provinceCode: string): { type: 'FeatureCollection'; features: unknown[] } {
  const parsed = parseFeatureCollection(geojsonText, fileName);
  const features = parsed.features.filter(
    (feature) => String((feature as { properties?: { kode?: unknown } }).properties?.kode ?? '').startsWith(`${provinceCode}.`),
  );
  return { type: 'FeatureCollection', features };
}

function parseFeatureCollection(geojsonText: string, fileName: string): { features: unknown[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(geojsonText);
  } catch (error) {
    throw new BoundarySourceError(`${fileName}: not valid JSON (${(error as Error).message}).`);
  }
  const features = (parsed as { type?: unknown; features?: unknown }).features;
  if ((parsed as { type?: unknown }).type !== 'FeatureCollection' || !Array.isArray(features)) {
    throw new BoundarySourceError(`${fileName}: expected a GeoJSON FeatureCollection.`);
  }
  return { features };
}

/** The `kode` and `nama` of every feature, checked for shape, so later steps can trust them. */
function namedAreas(geojsonText: string, fileName: string, codePattern: RegExp): NamedArea[] {
  const { features } = parseFeatureCollection(geojsonText, fileName);
  const seen = new Set<string>();
  return features.map((feature, index) => {
    const { kode, nama } = (feature as { properties?: Record<string, unknown> | null }).properties ?? {};
    const where = `${fileName}, feature ${index}`;
    if (typeof kode !== 'string' || !codePattern.test(kode)) {
      throw new BoundarySourceError(
        `${where}: property "kode" is ${JSON.stringify(kode)}, expected a Kemendagri code like ${codePattern}.`,
      );
    }
    if (typeof nama !== 'string' || nama.trim() === '') {
      throw new BoundarySourceError(`${where} (kode ${kode}): property "nama" is missing or empty.`);
    }
    if (seen.has(kode)) throw new BoundarySourceError(`${where}: kode ${kode} appears twice.`);
    seen.add(kode);
    return { code: kode, name: nama.trim() };
  });
}

function nameTable(areas: NamedArea[]): Map<string, string> {
  return new Map(areas.map(({ code, name }) => [code, name]));
}

/**
 * The coarser levels are dissolved from the desa layer by code prefix, so every prefix that occurs
 * must have a name, and the counts must be the ones the province's configuration expects.
 */
function checkHierarchy(
  config: ProvinceConfig,
  desa: NamedArea[],
  kecamatanNames: Map<string, string>,
  kabupatenNames: Map<string, string>,
): void {
  const { desa: desaFile = 'desa', kecamatan: kecamatanFile = 'kecamatan', kabupaten: kabupatenFile } = config.boundaries;
  const kecamatanCodes = new Set(desa.map(({ code }) => kecamatanCodeOf(code)));
  const kabupatenCodes = new Set(desa.map(({ code }) => regencyCodeOf(code)));
  const unnamedKecamatan = [...kecamatanCodes].filter((code) => !kecamatanNames.has(code));
  if (unnamedKecamatan.length > 0) {
    throw new BoundarySourceError(
      `${desaFile} has desa in kecamatan ${unnamedKecamatan.join(', ')}, ` +
        `which have no name (no feature with that kode) in ${kecamatanFile}.`,
    );
  }
  const unnamedKabupaten = [...kabupatenCodes].filter((code) => !kabupatenNames.has(code));
  if (unnamedKabupaten.length > 0) {
    throw new BoundarySourceError(
      `${desaFile} has desa in regencies ${unnamedKabupaten.join(', ')}, ` +
        `which have no name (no feature with that kode) in ${kabupatenFile}.`,
    );
  }
  checkCount(config, 'desa', desa.length, desaFile);
  checkCount(config, 'kecamatan', kecamatanCodes.size, desaFile);
  checkCount(config, 'kabupaten', kabupatenCodes.size, desaFile);
}

function checkCount(config: ProvinceConfig, level: 'desa' | 'kecamatan' | 'kabupaten', found: number, fileName: string): void {
  const expected = config.boundaries.expectedCounts[level];
  if (found !== expected) {
    throw new BoundarySourceError(
      `${fileName}: ${found} ${level} of province ${config.code} found, expected ${expected} ` +
        `(boundaries.expectedCounts in provinces/${config.code}.json). If the source changed on purpose, ` +
        `update the configuration and the tests.`,
    );
  }
}

/** A desa code ("pp.rr.kk.dddd") -> its kecamatan's ("pp.rr.kk"). */
function kecamatanCodeOf(desaCode: string): string {
  return desaCode.slice(0, 8);
}

/** A desa or kecamatan code -> its regency's ("pp.rr"). */
function regencyCodeOf(code: string): string {
  return code.slice(0, 5);
}

/** The repository and commit named in SOURCE.md, repeated in the provenance note beside the outputs. */
function parseProvenance(sourceMarkdown: string): SourceProvenance {
  const match = /Source repository:\s*(\S+?),\s*commit\s+([0-9a-f]{40})/.exec(sourceMarkdown);
  if (!match) {
    throw new BoundarySourceError(
      `${SHARED_SOURCE_FILES.provenance}: no line "Source repository: <repo>, commit <40 hex digits>" found.`,
    );
  }
  return { repository: match[1], commit: match[2] };
}
