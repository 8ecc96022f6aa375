import type { Messages } from '../../i18n/messages.ts';

export const WINNERS_MESSAGES: Messages<
  'title' | 'ceremony' | 'judged' | 'none' | 'nomineesOnly' | 'noAwards' | 'national' | 'selectHint' | 'newTab' | 'region'
> = {
  id: {
    title: 'Paritrana Award {edition}',
    ceremony: 'Upacara {date}',
    judged: 'dinilai atas {period}',
    none: 'Belum ada hasil yang diterbitkan untuk edisi {edition}.',
    nomineesOnly: 'Pemenang edisi ini tidak diterbitkan; yang diketahui hanya nominasinya.',
    noAwards: 'Belum ada data Paritrana Award.',
    national: 'Tingkat nasional',
    selectHint: 'Pilih untuk menyorot wilayahnya di peta.',
    newTab: '(membuka tab baru)',
    region: 'Wilayah',
  },
  en: {
    title: 'Paritrana Award {edition}',
    ceremony: 'Ceremony {date}',
    judged: 'assessing {period}',
    none: 'No published results for the {edition} edition.',
    nomineesOnly: 'The winners of this edition were not published; only the nominees are known.',
    noAwards: 'No Paritrana Award data yet.',
    national: 'National level',
    selectHint: 'Select to highlight its region on the map.',
    newTab: '(opens in a new tab)',
    region: 'Region',
  },
};
