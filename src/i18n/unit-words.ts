// What the map's areas are called in a sentence, in both languages: a province's regencies and cities,
// or the national map's provinces (src/data/area.ts MapUnits). Its own module, so a page or an element
// that names no area (a legend, a year slider) carries none of it.
import { mapUnits, type MapUnits } from '../data/area.ts';
import type { RegionIndex } from '../data/region-index.ts';
import type { Lang } from './lang.ts';
import { COMMON, fill } from './messages.ts';

/**
 * The map's areas named in a sentence (src/data/area.ts MapUnits), filled into every template that
 * names them: {units} "kabupaten/kota" / "regencies and cities", {Units} the same at a sentence's start,
 * {unit} one of them ("regency or city"), {byUnit} after "by" or "each" ("regency and city").
 * Bahasa Indonesia writes "kabupaten/kota" for one and for many, as BPS does.
 */
export const MAP_UNIT_WORDS: Readonly<Record<Lang, Readonly<Record<MapUnits, Readonly<Record<'units' | 'Units' | 'unit' | 'byUnit', string>>>>>> = {
  id: {
    regencies: { units: 'kabupaten/kota', Units: 'Kabupaten/kota', unit: 'kabupaten/kota', byUnit: 'kabupaten/kota' },
    provinces: { units: 'provinsi', Units: 'Provinsi', unit: 'provinsi', byUnit: 'provinsi' },
  },
  en: {
    regencies: { units: 'regencies and cities', Units: 'Regencies and cities', unit: 'regency or city', byUnit: 'regency and city' },
    provinces: { units: 'provinces', Units: 'Provinces', unit: 'province', byUnit: 'province' },
  },
};

/** The unit words of the map drawing these regions; a province's regencies until the data say otherwise. */
export const unitWords = (regions: Pick<RegionIndex, 'province'> | null | undefined, lang: Lang) => MAP_UNIT_WORDS[lang][regions ? mapUnits(regions) : 'regencies'];

/** The whole's row in a table (the province's figure, or Indonesia's on the national map): "{province} (seluruh provinsi)", "Indonesia (nasional)". */
export const wholeLabel = (units: MapUnits, name: string, lang: Lang): string =>
  fill(units === 'provinces' ? COUNTRY[lang] : COMMON[lang].province, { province: name });

/** The country's row: "Indonesia (nasional)", as COMMON.province words a province's. */
const COUNTRY: Readonly<Record<Lang, string>> = { id: '{province} (nasional)', en: '{province} (national)' };

