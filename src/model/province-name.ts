// The name a page or an element gives the province it shows: the data's own (data/province.json), in the
// reader's language; without it, the regions table's name of the province (Bahasa Indonesia, the only
// one the table has). One rule, so a title never names another province than the map draws.
import type { ProvinceInfo, RegionIndex } from '../data/index.ts';
import type { Lang } from '../i18n/lang.ts';

export function provinceName(province: Pick<ProvinceInfo, 'name'> | null | undefined, regions: RegionIndex, lang: Lang): string {
  return province?.name[lang] ?? regions.province?.shortName ?? '';
}
