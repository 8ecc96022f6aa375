// What a region is, and the regions in the order and lookups every page uses. Its own module, apart from the regions file's
// parser, so a page reading the built dataset.json loads this and not the parser.
/** 'negara': Indonesia, the whole of the national map (src/data/area.ts); never a row of a regions file. */
export type RegionType = 'negara' | 'provinsi' | 'kabupaten' | 'kota';

export interface FormerName {
  name: string;
  /** The last year the name was in use. */
  until: number;
}

export interface Region {
  /** Kemendagri code: two digits for the province, "61.04" for a regency. The join key everywhere. */
  code: string;
  /** BPS code ("6104"); empty where the project has not sourced it. */
  bpsCode: string;
  /** Official name, "Kabupaten Ketapang". */
  name: string;
  /** Name for labels, "Ketapang". */
  shortName: string;
  type: RegionType;
  formerNames: FormerName[];
  /**
   * The region's name in English where an official list gives one (the provinces, data/national/provinces.csv:
   * "West Java"); absent for the regencies, whose names are the same in both languages.
   */
  en?: { name: string; shortName: string };
}

/** The region's name in the reader's language: its English one where it has one. */
export const regionName = (region: Pick<Region, 'name' | 'en'>, lang: 'id' | 'en'): string => (lang === 'en' && region.en ? region.en.name : region.name);

/** The region's short name (for labels) in the reader's language. */
export const regionShortName = (region: Pick<Region, 'shortName' | 'en'>, lang: 'id' | 'en'): string => (lang === 'en' && region.en ? region.en.shortName : region.shortName);

export interface RegionIndex {
  regions: readonly Region[];
  byCode: ReadonlyMap<string, Region>;
  /**
   * The map's areas, in code order: the regencies and cities of a province, or the provinces of the
   * national map. (Named for the province's map, the first the project drew.)
   */
  regencies: readonly Region[];
  /** The whole the map's areas make up: the province, or Indonesia on the national map. */
  province: Region | undefined;
}

export function indexRegions(regions: readonly Region[]): RegionIndex {
  const sorted = [...regions].sort((a, b) => a.code.localeCompare(b.code));
  // The whole is the country where there is one (the national map), else the province.
  const whole = sorted.find((r) => r.type === 'negara') ?? sorted.find((r) => r.type === 'provinsi');
  return {
    regions: sorted,
    byCode: new Map(sorted.map((r) => [r.code, r])),
    regencies: whole?.type === 'negara' ? sorted.filter((r) => r.type === 'provinsi') : sorted.filter((r) => r.type === 'kabupaten' || r.type === 'kota'),
    province: whole,
  };
}
