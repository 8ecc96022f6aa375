// The table's order and names, over the year's picture (src/scale/year-view.ts), which words every
// figure: the page only puts those words into rows.
import type { RegionPicture } from '../../scale/year-view.ts';

/** Table order: highest value first, then the regions with no value by name. */
export function byValueDescending(a: RegionPicture, b: RegionPicture): number {
  const av = a.value;
  const bv = b.value;
  if (av !== null && bv !== null) return bv - av || a.name.localeCompare(b.name, 'id');
  if (av !== null) return -1;
  if (bv !== null) return 1;
  return a.shortName.localeCompare(b.shortName, 'id');
}

/**
 * "Ketapang" for a kabupaten, "Kota Pontianak" for a city: the table is titled kabupaten/kota, so
 * only the cities need their word, and the column stays narrow.
 */
export function displayName(region: Pick<RegionPicture, 'name' | 'shortName'>): string {
  // The national map's table is titled by province: "Aceh", not "Provinsi Aceh".
  return region.name.startsWith('Kabupaten ') || region.name.startsWith('Provinsi ') ? region.shortName : region.name;
}
