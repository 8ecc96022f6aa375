// The Paritrana Award's categories at province level, in the order of the 2025 release: the ids the
// data use and their names in both languages, for a category that has no row yet (a ceremony slide
// announcing it) and for the running order where the committee set none (award-order.ts).
import type { Award } from '../data/awards.ts';

export interface AwardCategory {
  /** The stable id of awards.csv's category column. */
  id: string;
  label: { id: string; en: string };
}

export const AWARD_CATEGORIES: readonly AwardCategory[] = [
  { id: 'pemerintah-kabupaten-kota', label: { id: 'Pemerintah Kabupaten/Kota', en: 'Regency and city governments' } },
  { id: 'badan-usaha-besar-menengah', label: { id: 'Badan Usaha Besar dan Menengah', en: 'Large and medium businesses' } },
  { id: 'badan-usaha-kecil-mikro', label: { id: 'Badan Usaha Kecil dan Mikro', en: 'Small and micro businesses' } },
  { id: 'pemerintah-desa-kelurahan', label: { id: 'Pemerintah Desa/Kelurahan', en: 'Village governments' } },
  {
    id: 'inovasi-pekerja-rentan-desa',
    label: { id: 'Inovasi Perlindungan Pekerja Rentan Desa', en: 'Innovation in protecting vulnerable village workers' },
  },
  {
    id: 'tertib-administrasi-kepesertaan',
    label: { id: 'Tertib Administrasi Kepesertaan BPJS Ketenagakerjaan', en: 'Orderly BPJS Ketenagakerjaan membership administration' },
  },
];

/**
 * A category's name: as the data write it where a row of the category gives one (an edition may name it
 * its own way, "... Tahun 2024"), else the list's; null for an id neither knows.
 */
export function categoryLabel(category: string, awards: readonly Award[]): { id: string; en: string } | null {
  return awards.find((award) => award.category === category)?.categoryLabel ?? AWARD_CATEGORIES.find((c) => c.id === category)?.label ?? null;
}
