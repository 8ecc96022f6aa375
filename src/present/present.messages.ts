// The presenter's own words, in both languages. Rank labels and shared words come from
// src/i18n/messages.ts, so the cards say them as the rest of the site does.
import type { Messages } from '../i18n/messages.ts';

export type PresentKey =
  | 'documentTitle' | 'titleEyebrow' | 'title' | 'ceremony' | 'assessment' | 'mapEyebrow' | 'provinceHeading' | 'provinceNoFigure'
  | 'category' | 'coverageLine' | 'sourceLine' | 'changeLine' | 'noCoverage' | 'closing' | 'closingLine'
  | 'counter' | 'help' | 'noEdition' | 'loadFailed';

export const PRESENT_MESSAGES: Messages<PresentKey> = {
  id: {
    documentTitle: 'Paritrana Award {edition} · Mode presentasi',
    titleEyebrow: 'Penghargaan jaminan sosial ketenagakerjaan',
    title: 'Paritrana Award {edition} · Kalimantan Barat',
    ceremony: 'Penyerahan: {date}',
    assessment: 'Periode penilaian: {period}',
    mapEyebrow: 'Cakupan kepesertaan, {year}',
    provinceHeading: 'Cakupan BPJS Ketenagakerjaan per kabupaten/kota',
    provinceNoFigure: 'Angka provinsi untuk {year} tidak terbit',
    category: 'Kategori',
    coverageLine: 'Cakupan {value} ({period})',
    sourceLine: 'Sumber: {host}',
    changeLine: '{change} dibanding {from}',
    noCoverage: 'Angka cakupan {year} tidak terbit',
    closing: 'Selamat kepada para pemenang',
    closingLine: 'Terima kasih',
    counter: '{step} / {total}',
    help: 'PageDown, →, spasi: lanjut · PageUp, ←: kembali · B: layar hitam · F: layar penuh · Esc: keluar',
    noEdition: 'Belum ada data Paritrana Award untuk ditampilkan.',
    loadFailed: 'Data tidak dapat dimuat.',
  },
  en: {
    documentTitle: 'Paritrana Award {edition} · Presenter mode',
    titleEyebrow: 'Awards for employment social security',
    title: 'Paritrana Award {edition} · West Kalimantan',
    ceremony: 'Ceremony: {date}',
    assessment: 'Assessment period: {period}',
    mapEyebrow: 'Coverage, {year}',
    provinceHeading: 'BPJS Ketenagakerjaan coverage by regency and city',
    provinceNoFigure: 'No province-wide figure published for {year}',
    category: 'Category',
    coverageLine: 'Coverage {value} ({period})',
    sourceLine: 'Source: {host}',
    changeLine: '{change} on {from}',
    noCoverage: 'No coverage figure published for {year}',
    closing: 'Congratulations to the winners',
    closingLine: 'Thank you',
    counter: '{step} / {total}',
    help: 'PageDown, →, Space: next · PageUp, ←: back · B: black screen · F: full screen · Esc: leave',
    noEdition: 'No Paritrana Award data to show yet.',
    loadFailed: 'The data could not be loaded.',
  },
};
