// The words only the region details panel uses. Shared words (metric names, region types, ranks,
// "no published figure") come from src/i18n/messages.ts.
import type { Messages } from '../../i18n/messages.ts';

export type RegionDetailsMessage =
  | 'prompt'
  | 'promptProvince'
  | 'unknownRegion'
  | 'kemendagriCode'
  | 'bpsCode'
  | 'formerNames'
  | 'formerName'
  | 'coverageTitle'
  | 'chartLabel'
  | 'noCoverage'
  | 'lineNote'
  | 'figuresTitle'
  | 'coverageCaption'
  | 'year'
  | 'figure'
  | 'selectedYear'
  | 'disagree'
  | 'otherCaption'
  | 'metric'
  | 'value'
  | 'noOther'
  | 'target'
  | 'targetFor'
  | 'changeFor'
  | 'changeFrom'
  | 'awardsTitle'
  | 'noAwards'
  | 'nasional'
  | 'provinsi'
  | 'ceremony'
  | 'pointTitle'
  | 'confidence'
  | 'high'
  | 'medium'
  | 'low'
  | 'noEarlierFrom';

export const MESSAGES: Messages<RegionDetailsMessage> = {
  id: {
    prompt: 'Pilih kabupaten/kota di peta untuk melihat rinciannya.',
    promptProvince: 'Pilih provinsi di peta untuk melihat rinciannya.',
    unknownRegion: 'Wilayah dengan kode {code} tidak ada dalam data.',
    kemendagriCode: 'Kode Kemendagri',
    bpsCode: 'Kode BPS',
    formerNames: 'Nama lama',
    formerName: '{name} (sampai {year})',
    coverageTitle: 'Cakupan kepesertaan dari waktu ke waktu',
    chartLabel: 'Grafik cakupan kepesertaan {name}, {from}–{to}, skala 0–100%. Setiap angka ada di tabel di bawah.',
    noCoverage: 'Data tidak tersedia untuk cakupan kepesertaan {name}.',
    lineNote: 'Garis hanya menghubungkan angka dari dua tahun berurutan; tahun tanpa angka dibiarkan kosong.',
    figuresTitle: 'Angka yang dipublikasikan',
    coverageCaption: 'Cakupan kepesertaan menurut tahun',
    year: 'Tahun',
    figure: 'Angka, periode dan sumber',
    selectedYear: 'tahun terpilih',
    disagree: 'Sumber berbeda: ada {count} angka yang tidak sama untuk {year}.',
    otherCaption: 'Angka lain untuk wilayah ini',
    metric: 'Indikator',
    value: 'Nilai dan periode',
    noOther: 'Tidak ada angka lain yang dipublikasikan.',
    target: 'target, bukan capaian',
    targetFor: 'target {year}: {value}',
    changeFor: '{label} ({year})',
    changeFrom: 'sejak {beforePeriod}: dari {before} ke {after} ({afterPeriod})',
    awardsTitle: 'Paritrana Award',
    noAwards: 'Tidak ada penghargaan Paritrana yang tercatat untuk wilayah ini.',
    nasional: 'tingkat nasional',
    provinsi: 'tingkat provinsi',
    ceremony: 'diserahkan {date}',
    pointTitle: '{value}, {period}. Sumber: {source}',
    confidence: 'Tingkat keyakinan: {level}',
    high: 'tinggi',
    medium: 'sedang',
    low: 'rendah',
    noEarlierFrom: '(angka {year}: {after}, {afterPeriod}; tidak ada angka {previous})',
  },
  en: {
    prompt: 'Choose a regency on the map to see its details.',
    promptProvince: 'Choose a province on the map to see its details.',
    unknownRegion: 'There is no region with the code {code} in the data.',
    kemendagriCode: 'Kemendagri code',
    bpsCode: 'BPS code',
    formerNames: 'Former name',
    formerName: '{name} (until {year})',
    coverageTitle: 'Coverage over time',
    chartLabel: 'Chart of coverage in {name}, {from}–{to}, on a 0–100% scale. Every figure is in the table below.',
    noCoverage: 'Data not available for coverage in {name}.',
    lineNote: 'Lines join figures of two consecutive years only; years without a figure are left empty.',
    figuresTitle: 'Published figures',
    coverageCaption: 'Coverage by year',
    year: 'Year',
    figure: 'Figure, period and source',
    selectedYear: 'selected year',
    disagree: 'Sources disagree: {count} different figures were published for {year}.',
    otherCaption: 'Other figures for this region',
    metric: 'Measure',
    value: 'Value and period',
    noOther: 'No other figures have been published.',
    target: 'a target, not an achievement',
    targetFor: 'target for {year}: {value}',
    changeFor: '{label} ({year})',
    changeFrom: 'since {beforePeriod}: from {before} to {after} ({afterPeriod})',
    awardsTitle: 'Paritrana Award',
    noAwards: 'No Paritrana Award is recorded for this region.',
    nasional: 'national level',
    provinsi: 'provincial level',
    ceremony: 'presented on {date}',
    pointTitle: '{value}, {period}. Source: {source}',
    confidence: 'Confidence: {level}',
    high: 'high',
    medium: 'medium',
    low: 'low',
    noEarlierFrom: '(figure for {year}: {after}, {afterPeriod}; none for {previous})',
  },
};
