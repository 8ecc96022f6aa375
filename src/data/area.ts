// The area a map shows: Indonesia as a whole (its 38 provinces) or one province (its regencies and
// cities). Every area is read by the same model: a dataset whose `province` is the whole (the country,
// or the province) and whose `regencies` are the map's areas (the provinces, or the regencies). So the
// national map is no second code path: the build writes each area's dataset.json from the tables, and
// the pages and elements read it as they read the deployment's own.
//
// The deployment's own province (provinces/default.json's) is served from data/ as before; every other area
// from data/areas/<area>/, loaded only when it is opened.
import type { Award } from './awards.ts';
import type { CoverageFigure } from './coverage.ts';
import type { Dataset } from './dataset.ts';
import { indexRegions, type Region } from './region-index.ts';

/** The national map's name in addresses (?province=indonesia) and in the data folders. */
export const NATIONAL_AREA = 'indonesia';

/**
 * The national tables (every province but the home one, and Indonesia as a whole): data/national/ in
 * the repository, served under the same path by the default deployment, where the data desk of any
 * other area reads and writes them (desk.html?province=63).
 */
export const NATIONAL_TABLES_FOLDER = 'data/national/';

/** Indonesia as the whole of the national map. It has no Kemendagri code: its figures carry none (region_code empty). */
export const INDONESIA: Region = { code: '', bpsCode: '', name: 'Indonesia', shortName: 'Indonesia', type: 'negara', formerNames: [] };

/** An area as an address or an attribute names it: "indonesia", or a province's two-digit Kemendagri code ("63"). */
export function isArea(text: string | null | undefined): text is string {
  return text === NATIONAL_AREA || (typeof text === 'string' && /^\d{2}$/.test(text));
}

/** The folder an area's files are served from, relative to the site: the deployment's own province's is data/. */
export function areaFolder(area: string, home: string): string {
  return area === home ? 'data/' : `data/areas/${area}/`;
}

/**
 * Indonesia's own figures, written with the national_ metrics in the tables (a figure of the country is
 * never a province's), are the national map's whole's figures under the metric they are of the whole:
 * national coverage is the country's coverage, its target a target.
 */
const NATIONAL_AS_WHOLE: Readonly<Record<string, string>> = {
  national_coverage_pct: 'coverage_pct',
  national_participants_active: 'participants_active',
  national_participants_pu: 'participants_pu',
  national_worker_base_bpjs: 'worker_base_bpjs',
  national_coverage_target_pct: 'coverage_target_pct',
};

const provinceOf = (code: string) => code.slice(0, 2);

export interface AreaSources {
  /** The deployment's province (data/): its regions, figures and awards. */
  home: Dataset;
  /** Every other province and Indonesia as a whole (data/national/): the home province's rows are not repeated there. */
  national: Dataset;
}

/** The provinces of the national tables, with the home province's own row where the national table lacks it. */
function provinceRegions({ home, national }: AreaSources): Region[] {
  const provinces = national.regions.regions.filter((r) => r.type === 'provinsi');
  const homeProvince = home.regions.province;
  if (homeProvince && !provinces.some((r) => r.code === homeProvince.code)) provinces.push(homeProvince);
  return provinces;
}

/**
 * The dataset of one area, from the home and national tables. A province: its row and its regencies,
 * their figures, and the awards won there. Indonesia: the country as the whole (its national_ figures as
 * the whole's), the 38 provinces as the map's areas with their province-wide figures, and the national
 * awards, each under the province its winner is in. Null for an area the tables do not know.
 */
export function areaDataset(area: string, sources: AreaSources): Dataset | null {
  const { home, national } = sources;
  const homeCode = home.regions.province?.code ?? null;
  if (area === homeCode) return home;
  if (area === NATIONAL_AREA) {
    const provinces = provinceRegions(sources);
    const codes = new Set(provinces.map((r) => r.code));
    const figures: CoverageFigure[] = [];
    for (const figure of [...national.figures, ...home.figures]) {
      if (figure.regionCode === '' && figure.metric in NATIONAL_AS_WHOLE) figures.push({ ...figure, metric: NATIONAL_AS_WHOLE[figure.metric]! });
      else if (figure.regionCode === '' || codes.has(figure.regionCode)) figures.push(figure);
    }
    const awards: Award[] = [...national.awards, ...home.awards.filter((a) => a.level === 'nasional')]
      .filter((a) => codes.has(provinceOf(a.regionCode)))
      .map((a) => ({ ...a, regionCode: provinceOf(a.regionCode) }));
    return { regions: indexRegions([INDONESIA, ...provinces]), figures, awards, problems: [] };
  }
  if (!national.regions.byCode.has(area)) return null;
  const inArea = (code: string) => code === area || code.startsWith(`${area}.`);
  return {
    regions: indexRegions(national.regions.regions.filter((r) => inArea(r.code))),
    figures: national.figures.filter((f) => inArea(f.regionCode)),
    awards: national.awards.filter((a) => inArea(a.regionCode)),
    problems: [],
  };
}

/**
 * What the map's areas are: a province's regencies and cities, or the national map's provinces. The
 * words of every title, summary and hint follow it (MAP_UNIT_WORDS, src/i18n/messages.ts).
 */
export type MapUnits = 'regencies' | 'provinces';

export const mapUnits = (regions: { province: Region | undefined }): MapUnits => (regions.province?.type === 'negara' ? 'provinces' : 'regencies');

/** Every area the tables know: Indonesia, then each province by code, the home province's included. */
export function areaIds(sources: AreaSources): string[] {
  return [NATIONAL_AREA, ...provinceRegions(sources).map((r) => r.code).sort()];
}
