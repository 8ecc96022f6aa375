// Words shared by several elements, in both languages. Each element keeps the words only it uses
// beside it (`*.messages.ts`); what is here is said the same way everywhere.
import type { AwardRank, RegionType } from '../data/index.ts';
import type { Lang } from './lang.ts';

export type Messages<K extends string> = Readonly<Record<Lang, Readonly<Record<K, string>>>>;

export const COMMON: Messages<'noFigure' | 'noFigureFor' | 'noEarlier' | 'carriedForward' | 'carriedShort' | 'source' | 'newTab' | 'province' | 'noChange'> = {
  id: {
    noFigure: 'Data tidak tersedia',
    noFigureFor: 'Data tidak tersedia untuk {year}',
    noEarlier: 'Tidak ada angka tahun sebelumnya untuk dibandingkan',
    carriedForward: 'Memakai angka tahun sebelumnya',
    carriedShort: 'angka tahun sebelumnya',
    source: 'Sumber',
    newTab: '(membuka tab baru)',
    province: '{province} (seluruh provinsi)',
    noChange: 'perubahan tidak dapat dihitung: perlu angka pada kedua tahun',
  },
  en: {
    noFigure: 'Data not available',
    noFigureFor: 'Data not available for {year}',
    noEarlier: 'No earlier figure to compare',
    carriedForward: 'Earlier year’s figure (carried forward)',
    carriedShort: 'carried forward',
    source: 'Source',
    newTab: '(opens in a new tab)',
    province: '{province} (whole province)',
    noChange: 'change not computable: needs a figure in both years',
  },
};

/**
 * The legend's words. A range of signed numbers reads "−5 s.d. −1" as BPS tables write it (an en dash
 * between two minus signs reads as a third sign); the short names are what a phone's one-row legend
 * shows beside its colour bar, the full names staying for screen readers.
 */
export const LEGEND_WORDS: Messages<'rangeTo' | 'noFigureShort' | 'noEarlierShort' | 'carriedLegendShort'> = {
  id: { rangeTo: 's.d.', noFigureShort: 'Tidak tersedia', noEarlierShort: 'Tanpa pembanding', carriedLegendShort: 'Angka lama' },
  en: { rangeTo: 'to', noFigureShort: 'Not available', noEarlierShort: 'No earlier', carriedLegendShort: 'Carried' },
};

export const REGION_TYPE_LABELS: Messages<RegionType> = {
  id: { negara: 'Negara', provinsi: 'Provinsi', kabupaten: 'Kabupaten', kota: 'Kota' },
  en: { negara: 'Country', provinsi: 'Province', kabupaten: 'Regency', kota: 'City' },
};

export const RANK_LABELS: Messages<`${AwardRank}`> = {
  id: { '1': 'Juara 1', '2': 'Juara 2', '3': 'Juara 3', unknown: 'Pemenang (peringkat tidak diumumkan)', nominee: 'Nominasi' },
  en: { '1': '1st place', '2': '2nd place', '3': '3rd place', unknown: 'Winner (rank not published)', nominee: 'Nominee' },
};

/**
 * Fills "{name}" placeholders: fill('untuk {year}', { year: 2024 }). A count whose noun changes with it
 * (English) is written "{count:file|files}": the count, a space, then the first word for one and the
 * second for any other count, so no page says "1 files". Bahasa Indonesia does not inflect: "{count} berkas".
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)(?::([^|{}]*)\|([^{}]*))?\}/g, (whole, key: string, one?: string, other?: string) => {
    if (!Object.hasOwn(values, key)) return whole;
    const value = String(values[key]);
    return one === undefined ? value : `${value} ${value === '1' ? one : other}`;
  });
}
