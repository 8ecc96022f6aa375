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
// `code` is "" for Indonesia as a whole (data/areas/indonesia/province.json): the country has no Kemendagri code.

export class ProvinceConfigError extends Error {
  constructor(
    message: string,
    /** The field at fault ("contextBox.west"), what was found and what was expected: a Problem's parts, for the pages. */
    readonly field: string | null = null,
    readonly found: string | null = null,
    readonly expected: string | null = null,
  ) {
    super(message);
    this.name = 'ProvinceConfigError';
  }
}

type Json = Record<string, unknown>;

/** The checks both files share, each throwing a ProvinceConfigError that names the file, the field, what it found and what it expected. */
function reader(file: string) {
  const fail = (field: string, found: unknown, expected: string): never => {
    const shown = showInvisible(JSON.stringify(found) ?? 'nothing');
    throw new ProvinceConfigError(showInvisible(`${file}: ${field}: found ${JSON.stringify(found) ?? 'nothing'}; expected ${expected}`), field, shown, expected);
  };
  const object = (v: unknown, field: string): Json =>
    typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : fail(field, v, 'an object');
  const text = (v: unknown, field: string): string => {
    if (typeof v !== 'string' || v.trim() === '') return fail(field, v, 'a non-empty string');
    // Names and file names reach every page and every build's output: none may hide a character.
    const invisible = findInvisible(v);
    return invisible ? fail(field, v, `text without invisible characters; found ${invisible}`) : v;
  };
  const degrees = (v: unknown, field: string, limit: number): number =>
    typeof v === 'number' && Math.abs(v) <= limit ? v : fail(field, v, `degrees between -${limit} and ${limit}`);
  const code = (v: unknown): string => (typeof v === 'string' && /^\d{2}$/.test(v) ? v : fail('code', v, 'a two-digit Kemendagri province code in quotes'));
  const name = (v: unknown): ProvinceName => {
    const names = object(v, 'name');
    return { id: text(names.id, 'name.id'), en: text(names.en, 'name.en') };
  };
  const box = (v: unknown, field: string): ContextBox => {
    const found = object(v, field);
    const checked = {
      west: degrees(found.west, `${field}.west`, 180),
      south: degrees(found.south, `${field}.south`, 90),
      east: degrees(found.east, `${field}.east`, 180),
      north: degrees(found.north, `${field}.north`, 90),
    };
    if (checked.west >= checked.east || checked.south >= checked.north) fail(field, found, 'west < east and south < north');
    return checked;
  };
  const labels = (v: unknown): ContextLabel[] => {
    if (!Array.isArray(v)) return fail('contextLabels', v, 'a list of labels (may be empty)');
    return v.map((value, i) => {
      const field = `contextLabels[${i}]`;
      const label = object(value, field);
      const kind = label.kind === 'land' || label.kind === 'sea' ? label.kind : fail(`${field}.kind`, label.kind, '"land" or "sea"');
      if (!Array.isArray(label.at) || label.at.length === 0) fail(`${field}.at`, label.at, 'a list of [longitude, latitude] points, best first');
      const at = (label.at as unknown[]).map((point, j): [number, number] => {
        if (!Array.isArray(point) || point.length !== 2) fail(`${field}.at[${j}]`, point, '[longitude, latitude]');
        const [lon, lat] = point as unknown[];
        return [degrees(lon, `${field}.at[${j}][0]`, 180), degrees(lat, `${field}.at[${j}][1]`, 90)];
      });
      return { text: text(label.text, `${field}.text`), kind, at };
    });
  };
  return { fail, object, text, degrees, code, name, box, labels };
}

/** Checks a parsed configuration file; throws naming the file, the field, what was found and what was expected. */
export function parseProvinceConfig(value: unknown, file: string): ProvinceConfig {
  const { fail, object, text, code: provinceCode, name: provinceName, box, labels } = reader(file);
  const count = (v: unknown, field: string): number => (Number.isInteger(v) && (v as number) > 0 ? (v as number) : fail(field, v, 'a positive whole number'));
  const names = (v: unknown, field: string, pattern: RegExp, example: string): Record<string, string> =>
    Object.fromEntries(
      Object.entries(object(v, field)).map(([code, name]) => [
        pattern.test(code) ? code : fail(`${field} key`, code, `a code like "${example}"`),
        text(name, `${field}.${code}`),
      ]),
    );

  const root = object(value, '(file)');
  const code = provinceCode(root.code);
  const name = provinceName(root.name);
  const boundaries = object(root.boundaries, 'boundaries');
  const expected = object(boundaries.expectedCounts, 'boundaries.expectedCounts');
  const desa = boundaries.desa === undefined ? undefined : text(boundaries.desa, 'boundaries.desa');
  const kecamatan = boundaries.kecamatan === undefined ? undefined : text(boundaries.kecamatan, 'boundaries.kecamatan');
  if (desa !== undefined && kecamatan === undefined) fail('boundaries.kecamatan', undefined, 'the kecamatan file, which names the kecamatan dissolved from boundaries.desa');
  const contextBox = box(boundaries.contextBox, 'boundaries.contextBox');
  const neighbourProvinces = names(boundaries.neighbourProvinces, 'boundaries.neighbourProvinces', /^\d{2}$/, '62');
  if (code in neighbourProvinces) fail('boundaries.neighbourProvinces', code, 'other provinces only; the province itself is drawn from its own boundaries');
  const contextLabels = labels(root.contextLabels);

  return {
    code,
    name,
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
    contextLabels,
  };
}

/**
 * Checks data/province.json, which the build writes beside the tables and boundaries (provinceInfo):
 * the deployment says which province it is, so one script draws any province's data/ folder in its
 * own frame, with its own names. Throws as parseProvinceConfig does.
 */
export function parseProvinceInfo(value: unknown, file: string): ProvinceInfo {
  const { object, fail, name, box, labels } = reader(file);
  const root = object(value, '(file)');
  // The whole country (data/areas/indonesia/province.json) has no Kemendagri code: "".
  const areaCode = root.code === '' || (typeof root.code === 'string' && /^\d{2}$/.test(root.code)) ? (root.code as string) : fail('code', root.code, 'a two-digit Kemendagri province code in quotes, or "" for Indonesia as a whole');
  return { code: areaCode, name: name(root.name), contextBox: box(root.contextBox, 'contextBox'), contextLabels: labels(root.contextLabels) };
}

/** The part of the configuration the pages are built with. */
export function provinceInfo({ code, name, contextLabels, boundaries }: ProvinceConfig): ProvinceInfo {
  return { code, name, contextLabels, contextBox: boundaries.contextBox };
}
