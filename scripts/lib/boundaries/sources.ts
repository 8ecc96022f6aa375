// Reading and checking the boundary sources (see ../shared/boundaries/SOURCE.md) before any geometry
// work, so that a renamed file, a missing name or a changed count stops the build with a message that
// says which file and which code, instead of surfacing later as an unnamed regency on the map.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const SOURCE_FILES = {
  desa: 'kalbar-desa.geojson',
  kecamatan: 'kalbar-kecamatan.geojson',
  kabupaten: 'kalbar-kabkota.geojson',
  indonesiaKabupaten: 'indonesia-kabkota.geojson',
  licence: 'LICENSE',
  provenance: 'SOURCE.md',
} as const;

export const PROVINCE_CODE = '61';
export const PROVINCE_NAME = 'Kalimantan Barat';

/**
 * What the build must produce. The desa count is what the source holds (2,130 of Kemendagri's 2,145:
 * SOURCE.md lists the 15 recent ones that are missing); the other two are complete.
 */
export const EXPECTED_COUNTS = { desa: 2130, kecamatan: 174, kabupaten: 14 } as const;

/**
 * The other Kalimantan provinces, shown as context around Kalbar. indonesia-kabkota.geojson carries
 * regency names only, so province names are given here (Kemendagri codes).
 */
export const NEIGHBOUR_PROVINCES: Readonly<Record<string, string>> = {
  '62': 'Kalimantan Tengah',
  '63': 'Kalimantan Selatan',
  '64': 'Kalimantan Timur',
  '65': 'Kalimantan Utara',
};

const DESA_CODE = /^61\.\d{2}\.\d{2}\.[12]\d{3}$/;
const KECAMATAN_CODE = /^61\.\d{2}\.\d{2}$/;
const KABUPATEN_CODE = /^61\.\d{2}$/;

export interface NamedArea {
  code: string;
  name: string;
}

export interface KalbarSources {
  /** The desa GeoJSON as read, handed to mapshaper untouched. */
  desaText: string;
  indonesiaKabupatenText: string;
  licenceText: string;
  desa: NamedArea[];
  /** Names by code for the levels dissolved from the desa layer. */
  kecamatanNames: Map<string, string>;
  kabupatenNames: Map<string, string>;
  /** Neighbouring province codes present in indonesia-kabkota.geojson. */
  neighbourProvinceCodes: string[];
  provenance: SourceProvenance;
}

export interface SourceProvenance {
  repository: string;
  commit: string;
}

export class BoundarySourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BoundarySourceError';
  }
}

export async function readKalbarSources(sourceDir: string): Promise<KalbarSources> {
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
  const [desaText, kecamatanText, kabupatenText, indonesiaKabupatenText, licenceText, provenanceText] =
    await Promise.all([
      read(SOURCE_FILES.desa),
      read(SOURCE_FILES.kecamatan),
      read(SOURCE_FILES.kabupaten),
      read(SOURCE_FILES.indonesiaKabupaten),
      read(SOURCE_FILES.licence),
      read(SOURCE_FILES.provenance),
    ]);

  const desa = namedAreas(desaText, SOURCE_FILES.desa, DESA_CODE);
  const kecamatanNames = nameTable(namedAreas(kecamatanText, SOURCE_FILES.kecamatan, KECAMATAN_CODE));
  const kabupatenNames = nameTable(namedAreas(kabupatenText, SOURCE_FILES.kabupaten, KABUPATEN_CODE));
  checkHierarchy(desa, kecamatanNames, kabupatenNames);

  const indonesiaProvinceCodes = new Set(
    namedAreas(indonesiaKabupatenText, SOURCE_FILES.indonesiaKabupaten, /^\d{2}\.\d{2}$/).map((regency) =>
      regency.code.slice(0, 2),
    ),
  );
  const neighbourProvinceCodes = Object.keys(NEIGHBOUR_PROVINCES).filter((code) =>
    indonesiaProvinceCodes.has(code),
  );
  if (neighbourProvinceCodes.length === 0) {
    throw new BoundarySourceError(
      `${SOURCE_FILES.indonesiaKabupaten}: no regency of a neighbouring Kalimantan province ` +
        `(codes ${Object.keys(NEIGHBOUR_PROVINCES).join(', ')}); the context layer would be empty.`,
    );
  }

  return {
    desaText,
    indonesiaKabupatenText,
    licenceText,
    desa,
    kecamatanNames,
    kabupatenNames,
    neighbourProvinceCodes,
    provenance: parseProvenance(provenanceText),
  };
}

/** The `kode` and `nama` of every feature, checked for shape, so later steps can trust them. */
export function namedAreas(geojsonText: string, fileName: string, codePattern: RegExp): NamedArea[] {
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
  const seen = new Set<string>();
  return features.map((feature: { properties?: Record<string, unknown> | null }, index) => {
    const { kode, nama } = feature.properties ?? {};
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
 * must have a name, and the counts must be the ones SOURCE.md documents.
 */
export function checkHierarchy(
  desa: NamedArea[],
  kecamatanNames: Map<string, string>,
  kabupatenNames: Map<string, string>,
): void {
  const kecamatanCodes = new Set(desa.map(({ code }) => kecamatanCodeOf(code)));
  const kabupatenCodes = new Set(desa.map(({ code }) => regencyCodeOf(code)));
  const unnamedKecamatan = [...kecamatanCodes].filter((code) => !kecamatanNames.has(code));
  if (unnamedKecamatan.length > 0) {
    throw new BoundarySourceError(
      `${SOURCE_FILES.desa} has desa in kecamatan ${unnamedKecamatan.join(', ')}, ` +
        `which have no name (no feature with that kode) in ${SOURCE_FILES.kecamatan}.`,
    );
  }
  const unnamedKabupaten = [...kabupatenCodes].filter((code) => !kabupatenNames.has(code));
  if (unnamedKabupaten.length > 0) {
    throw new BoundarySourceError(
      `${SOURCE_FILES.desa} has desa in regencies ${unnamedKabupaten.join(', ')}, ` +
        `which have no name (no feature with that kode) in ${SOURCE_FILES.kabupaten}.`,
    );
  }
  const counts = { desa: desa.length, kecamatan: kecamatanCodes.size, kabupaten: kabupatenCodes.size };
  for (const level of ['desa', 'kecamatan', 'kabupaten'] as const) {
    if (counts[level] !== EXPECTED_COUNTS[level]) {
      throw new BoundarySourceError(
        `${SOURCE_FILES.desa}: ${counts[level]} ${level} found, expected ${EXPECTED_COUNTS[level]} ` +
          `(SOURCE.md). If the source changed on purpose, update EXPECTED_COUNTS in ` +
          `scripts/lib/boundaries/sources.ts and the tests.`,
      );
    }
  }
}

/** "61.04.01.2001" -> "61.04.01" */
export function kecamatanCodeOf(desaCode: string): string {
  return desaCode.slice(0, 8);
}

/** "61.04.01.2001" or "61.04.01" -> "61.04" */
export function regencyCodeOf(code: string): string {
  return code.slice(0, 5);
}

/** The repository and commit named in SOURCE.md, repeated in the provenance note beside the outputs. */
export function parseProvenance(sourceMarkdown: string): SourceProvenance {
  const match = /Source repository:\s*(\S+?),\s*commit\s+([0-9a-f]{40})/.exec(sourceMarkdown);
  if (!match) {
    throw new BoundarySourceError(
      `${SOURCE_FILES.provenance}: no line "Source repository: <repo>, commit <40 hex digits>" found.`,
    );
  }
  return { repository: match[1], commit: match[2] };
}
