// The dataset of each area (src/data/area.ts), from the home and national tables: what the build writes
// as data/areas/<area>/dataset.json, and what the data desk of another area draws its preview from
// (desk.html?province=63). A module of its own: the pages that read a built dataset never carry it.
import type { Award } from './awards.ts';
import type { CoverageFigure } from './coverage.ts';
import type { Dataset } from './dataset.ts';
import { INDONESIA, NATIONAL_AREA } from './area.ts';
import { indexRegions, type Region } from './region-index.ts';

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
  /** The provinces' English names by code, from the official list (data/national/provinces.csv): "West Java". */
  englishNames?: ReadonlyMap<string, string>;
}

/** A province with its English name where the list gives one. */
const inEnglish = (region: Region, names: ReadonlyMap<string, string> | undefined): Region => {
  const en = region.type === 'provinsi' ? names?.get(region.code) : undefined;
  return en ? { ...region, en: { name: en, shortName: en } } : region;
};

/** The provinces of the national tables, with the home province's own row where the national table lacks it. */
function provinceRegions({ home, national, englishNames }: AreaSources): Region[] {
  const provinces = national.regions.regions.filter((r) => r.type === 'provinsi');
  const homeProvince = home.regions.province;
  if (homeProvince && !provinces.some((r) => r.code === homeProvince.code)) provinces.push(homeProvince);
  return provinces.map((r) => inEnglish(r, englishNames));
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
  const regions = national.regions.regions.filter((r) => inArea(r.code));
  return {
    regions: indexRegions(regions.map((r) => inEnglish(distinctLabel(r, regions), sources.englishNames))),
    figures: national.figures.filter((f) => inArea(f.regionCode)),
    awards: national.awards.filter((a) => inArea(a.regionCode)),
    problems: [],
  };
}

/**
 * A city named like a regency of its province (Kota Kediri and Kabupaten Kediri, Kota Blitar and
 * Kabupaten Blitar): its label keeps its word, or two "Kediri" would stand on the map.
 */
function distinctLabel(region: Region, regions: readonly Region[]): Region {
  const shared = region.type === 'kota' && regions.some((other) => other !== region && other.type === 'kabupaten' && other.shortName === region.shortName);
  return shared ? { ...region, shortName: region.name } : region;
}

/** Every area the tables know: Indonesia, then each province by code, the home province's included. */
export function areaIds(sources: AreaSources): string[] {
  return [NATIONAL_AREA, ...provinceRegions(sources).map((r) => r.code).sort()];
}
