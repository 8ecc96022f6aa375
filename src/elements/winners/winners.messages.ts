import type { Messages } from '../../i18n/messages.ts';

export const WINNERS_MESSAGES: Messages<
  'title' | 'heading' | 'ceremony' | 'judged' | 'judgedUnknown' | 'none' | 'noneForYear' | 'nomineesOnly' | 'noAwards' | 'national' | 'selectHint' | 'region'
> = {
  id: {
    title: 'Paritrana Award {edition}',
    heading: 'Paritrana Award',
    ceremony: 'penyerahan {date}',
    judged: 'penilaian {period}',
    judgedUnknown: 'tahun penilaian tidak diumumkan',
    none: 'Belum ada hasil yang dipublikasikan untuk edisi {edition}.',
    noneForYear: 'Tidak ada edisi Paritrana Award yang diketahui menilai tahun {year}.',
    nomineesOnly: 'Pemenang edisi ini tidak diumumkan; yang diketahui hanya nominasinya.',
    noAwards: 'Belum ada data Paritrana Award.',
    national: 'Tingkat nasional',
    selectHint: 'Pilih untuk menyorot wilayahnya di peta.',
    region: 'Wilayah',
  },
  en: {
    title: 'Paritrana Award {edition}',
    heading: 'Paritrana Award',
    ceremony: 'ceremony {date}',
    judged: 'for {period}',
    judgedUnknown: 'year judged not published',
    none: 'No published results for the {edition} edition.',
    noneForYear: 'No known Paritrana Award edition judged {year}.',
    nomineesOnly: 'The winners of this edition were not published; only the nominees are known.',
    noAwards: 'No Paritrana Award data yet.',
    national: 'National level',
    selectHint: 'Select to highlight its region on the map.',
    region: 'Region',
  },
};
