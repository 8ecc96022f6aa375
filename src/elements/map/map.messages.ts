// The map's own words; shared ones (no figure, carried forward, metric names) are in src/i18n/messages.ts.
import type { Messages } from '../../i18n/messages.ts';
import { PROVINCE } from '../../data/current-province.ts';

export const MAP_MESSAGES: Messages<'mapTitle' | 'listLabel' | 'listHint' | 'selected' | 'noBoundaries' | 'loading'> = {
  id: {
    mapTitle: `Peta {metric} per kabupaten/kota di ${PROVINCE.name.id}, {year}`,
    listLabel: 'Kabupaten/kota di peta, {year}',
    listHint: 'Panah untuk berpindah antarwilayah, Enter atau Spasi untuk memilih, Escape untuk menghapus pilihan.',
    selected: 'dipilih',
    noBoundaries: 'Peta tidak dapat digambar: berkas batas wilayah tidak termuat.',
    loading: 'Memuat peta…',
  },
  en: {
    mapTitle: `Map of {metric} by regency and city in ${PROVINCE.name.en}, {year}`,
    listLabel: 'Regencies and cities on the map, {year}',
    listHint: 'Arrow keys move between regions, Enter or Space selects, Escape clears the selection.',
    selected: 'selected',
    noBoundaries: 'The map cannot be drawn: the boundary file did not load.',
    loading: 'Loading the map…',
  },
};
