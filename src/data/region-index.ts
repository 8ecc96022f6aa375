// What a region is, and the regions in the order and lookups every page uses. Its own module, apart from the regions file's
// parser, so a page reading the built dataset.json loads this and not the parser.
export type RegionType = 'provinsi' | 'kabupaten' | 'kota';

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
}

export interface RegionIndex {
  regions: readonly Region[];
  byCode: ReadonlyMap<string, Region>;
  /** Regencies and cities (not the province), in code order. */
  regencies: readonly Region[];
  province: Region | undefined;
}

export function indexRegions(regions: readonly Region[]): RegionIndex {
  const sorted = [...regions].sort((a, b) => a.code.localeCompare(b.code));
  return {
    regions: sorted,
    byCode: new Map(sorted.map((r) => [r.code, r])),
    regencies: sorted.filter((r) => r.type !== 'provinsi'),
    province: sorted.find((r) => r.type === 'provinsi'),
  };
}
