// One configuration file per province (provinces/<code>.json at the repository's root) says everything
// that differs between provinces: its code and names, where its data and boundary sources are, which
// neighbours are drawn around it and where their names go. The boundary build, the data build and the
// app all read it through parseProvinceConfig, so a mistake is reported once, with file and field.
import { findInvisible, showInvisible } from './problem-text.ts';

/** A name in the two languages of the site. */
interface ProvinceName {
  /** Bahasa Indonesia: "Kalimantan Tengah". Also the province's name in the boundary files. */
  id: string;
  /** English: "Central Kalimantan". */
  en: string;
}

/** A name drawn on the neighbouring land or sea, so a reader knows where the province lies. */
export interface ContextLabel {
  text: string;
  /** Candidate [longitude, latitude] points for the label's centre, best first. */
  at: readonly [number, number][];
  kind: 'land' | 'sea';
}

interface ContextBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

interface ProvinceBoundaries {
  /**
   * Source file with the regencies (features with `kode` "62.01" and `nama`), in the boundaries folder.
   * With `desa`, it gives only names; without, its polygons are the regencies (snapped and cleaned).
   * A file of every province's regencies is fine: only codes starting with the province's are read.
   */
  kabupaten: string;
  /** Source file of the kecamatan (names only); needed with `desa`. */
  kecamatan?: string;
  /** Source file of the desa: when given, every coarser level is dissolved from it. */
  desa?: string;
  /** What the sources must hold; the build stops when they differ. */
  expectedCounts: { kabupaten: number; kecamatan?: number; desa?: number };
  /** The surroundings drawn as context, in degrees. */
  contextBox: ContextBox;
  /** Kemendagri code -> name of the neighbouring provinces drawn as context (from the all-Indonesia file). */
  neighbourProvinces: Readonly<Record<string, string>>;
  /** ISO 3166 numeric code -> name of the neighbouring countries drawn as context (Natural Earth). */
  neighbourCountries: Readonly<Record<string, string>>;
}

export interface ProvinceConfig {
  /** Kemendagri code of the province, two digits ("62"). */
  code: string;
  name: ProvinceName;
  /** Folder (relative to the repository) of regions.csv, coverage.csv and awards.csv. */
  dataDir: string;
  boundaries: ProvinceBoundaries;
  contextLabels: readonly ContextLabel[];
}

/**
 * What the pages need of the configuration; the rest is for the builds. The context box bounds the
 * map's camera: the neighbouring land is cut at its edges, which the reader must never see.
 */
export type ProvinceInfo = Pick<ProvinceConfig, 'code' | 'name' | 'contextLabels'> & Pick<ProvinceBoundaries, 'contextBox'>;

export class ProvinceConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProvinceConfigError';
  }
}

type Json = Record<string, unknown>;

/** Checks a parsed configuration file; throws naming the file, the field, what was found and what was expected. */
export function parseProvinceConfig(value: unknown, file: string): ProvinceConfig {
  const fail = (field: string, found: unknown, expected: string): never => {
    throw new ProvinceConfigError(showInvisible(`${file}: ${field}: found ${JSON.stringify(found) ?? 'nothing'}; expected ${expected}`));
  };
  const object = (v: unknown, field: string): Json =>
    typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : fail(field, v, 'an object');
  const text = (v: unknown, field: string): string => {
    if (typeof v !== 'string' || v.trim() === '') return fail(field, v, 'a non-empty string');
    // Names and file names reach every page and every build's output: none may hide a character.
    const invisible = findInvisible(v);
    return invisible ? fail(field, v, `text without invisible characters; found ${invisible}`) : v;
  };
  const count = (v: unknown, field: string): number => (Number.isInteger(v) && (v as number) > 0 ? (v as number) : fail(field, v, 'a positive whole number'));
  const degrees = (v: unknown, field: string, limit: number): number =>
    typeof v === 'number' && Math.abs(v) <= limit ? v : fail(field, v, `degrees between -${limit} and ${limit}`);
  const names = (v: unknown, field: string, pattern: RegExp, example: string): Record<string, string> =>
    Object.fromEntries(
      Object.entries(object(v, field)).map(([code, name]) => [
        pattern.test(code) ? code : fail(`${field} key`, code, `a code like "${example}"`),
        text(name, `${field}.${code}`),
      ]),
    );

  const root = object(value, '(file)');
  const code = typeof root.code === 'string' && /^\d{2}$/.test(root.code) ? root.code : fail('code', root.code, 'a two-digit Kemendagri province code in quotes');
  const name = object(root.name, 'name');
  const boundaries = object(root.boundaries, 'boundaries');
  const expected = object(boundaries.expectedCounts, 'boundaries.expectedCounts');
  const box = object(boundaries.contextBox, 'boundaries.contextBox');
  const desa = boundaries.desa === undefined ? undefined : text(boundaries.desa, 'boundaries.desa');
  const kecamatan = boundaries.kecamatan === undefined ? undefined : text(boundaries.kecamatan, 'boundaries.kecamatan');
  if (desa !== undefined && kecamatan === undefined) fail('boundaries.kecamatan', undefined, 'the kecamatan file, which names the kecamatan dissolved from boundaries.desa');
  const contextBox = {
    west: degrees(box.west, 'boundaries.contextBox.west', 180),
    south: degrees(box.south, 'boundaries.contextBox.south', 90),
    east: degrees(box.east, 'boundaries.contextBox.east', 180),
    north: degrees(box.north, 'boundaries.contextBox.north', 90),
  };
  if (contextBox.west >= contextBox.east || contextBox.south >= contextBox.north) {
    fail('boundaries.contextBox', box, 'west < east and south < north');
  }
  const neighbourProvinces = names(boundaries.neighbourProvinces, 'boundaries.neighbourProvinces', /^\d{2}$/, '62');
  if (code in neighbourProvinces) fail('boundaries.neighbourProvinces', code, 'other provinces only; the province itself is drawn from its own boundaries');
  if (!Array.isArray(root.contextLabels)) fail('contextLabels', root.contextLabels, 'a list of labels (may be empty)');

  return {
    code,
    name: { id: text(name.id, 'name.id'), en: text(name.en, 'name.en') },
    dataDir: text(root.dataDir, 'dataDir'),
    boundaries: {
      kabupaten: text(boundaries.kabupaten, 'boundaries.kabupaten'),
      ...(kecamatan === undefined ? {} : { kecamatan }),
      ...(desa === undefined ? {} : { desa }),
      expectedCounts: {
        kabupaten: count(expected.kabupaten, 'boundaries.expectedCounts.kabupaten'),
        ...(desa === undefined ? {} : {
          kecamatan: count(expected.kecamatan, 'boundaries.expectedCounts.kecamatan'),
          desa: count(expected.desa, 'boundaries.expectedCounts.desa'),
        }),
      },
      contextBox,
      neighbourProvinces,
      neighbourCountries: names(boundaries.neighbourCountries, 'boundaries.neighbourCountries', /^\d{3}$/, '458'),
    },
    contextLabels: (root.contextLabels as unknown[]).map((label, i) => parseContextLabel(label, `contextLabels[${i}]`, object, text, degrees, fail)),
  };
}

function parseContextLabel(
  value: unknown,
  field: string,
  object: (v: unknown, field: string) => Json,
  text: (v: unknown, field: string) => string,
  degrees: (v: unknown, field: string, limit: number) => number,
  fail: (field: string, found: unknown, expected: string) => never,
): ContextLabel {
  const label = object(value, field);
  const kind = label.kind === 'land' || label.kind === 'sea' ? label.kind : fail(`${field}.kind`, label.kind, '"land" or "sea"');
  if (!Array.isArray(label.at) || label.at.length === 0) fail(`${field}.at`, label.at, 'a list of [longitude, latitude] points, best first');
  const at = (label.at as unknown[]).map((point, i): [number, number] => {
    if (!Array.isArray(point) || point.length !== 2) fail(`${field}.at[${i}]`, point, '[longitude, latitude]');
    const [lon, lat] = point as unknown[];
    return [degrees(lon, `${field}.at[${i}][0]`, 180), degrees(lat, `${field}.at[${i}][1]`, 90)];
  });
  return { text: text(label.text, `${field}.text`), kind, at };
}

/** The part of the configuration the pages are built with. */
export function provinceInfo({ code, name, contextLabels, boundaries }: ProvinceConfig): ProvinceInfo {
  return { code, name, contextLabels, contextBox: boundaries.contextBox };
}
