// The words of what leaves the page: the embed dialog, its snippets and the PNG poster. Loaded with
// them, when the reader asks for one, not with the page's first screen.
import type { Messages } from '../../i18n/messages.ts';

export type ShareKey =
  | 'figureTitle' | 'frameTitle' | 'source' | 'credit' | 'posterSource' | 'boundaries'
  | 'embedIntro' | 'embedIframe' | 'embedIframeHint' | 'embedScript' | 'embedScriptHint'
  | 'embedView' | 'embedViewMap' | 'embedViewAll' | 'embedHeight' | 'embedPreview';

export const SHARE_MESSAGES: Messages<ShareKey> = {
  id: {
    // {subject} is the metric's (metrics.ts): "cakupan kepesertaan BPJS Ketenagakerjaan".
    figureTitle: '{subject} per kabupaten/kota, {province}',
    frameTitle: 'Peta {subject} per kabupaten/kota, {province}, {year}',
    source: 'Sumber: BPJS Ketenagakerjaan, melalui berita dan siaran resmi; dihimpun oleh',
    credit: 'Peta Paritrana',
    posterSource: '{source} Peta Paritrana. Sumber tiap angka: {address}',
    boundaries: 'Batas wilayah: cahyadsn/wilayah_boundaries (MIT), Kemendagri.',
    embedIntro: 'Pilih tampilan dan tinggi, lihat pratinjaunya, lalu salin salah satu kode ke halaman Anda. Peta dibuka pada tahun, indikator dan bahasa yang tampil sekarang.',
    embedIframe: 'Iframe, dengan skrip penyesuai tinggi',
    embedIframeHint: 'Peta tampil dalam bingkai. Baris kedua, sebuah <script>, membuat tinggi bingkai mengikuti isinya; tanpa baris itu bingkai tetap setinggi pilihan Anda dan isinya bergulir.',
    embedScript: 'Skrip dengan komponen web',
    embedScriptHint: 'Judul, legenda, peta dan sumbernya menjadi bagian halaman Anda dan mengikuti gaya Anda; judul mengikuti tahun yang dipilih pembaca.',
    embedView: 'Tampilan',
    embedViewMap: 'Peta dan legenda',
    embedViewAll: 'Semua: peta, legenda, penggeser tahun, rincian dan pemenang',
    embedHeight: 'Tinggi bingkai (piksel)',
    embedPreview: 'Pratinjau',
  },
  en: {
    figureTitle: '{subject} by regency and city, {province}',
    frameTitle: 'Map of {subject} by regency and city, {province}, {year}',
    source: 'Source: BPJS Ketenagakerjaan, through news reports and official releases; compiled by',
    credit: 'Peta Paritrana',
    posterSource: '{source} Peta Paritrana. Each figure\'s source: {address}',
    boundaries: 'Boundaries: cahyadsn/wilayah_boundaries (MIT), Kemendagri.',
    embedIntro: 'Choose a view and a height, look at the preview, then copy one of the snippets into your page. The map opens on the year, measure and language shown now.',
    embedIframe: 'Iframe, with a resize script',
    embedIframeHint: 'The map shows in a frame. The second line, a <script>, makes the frame as tall as its content; without it the frame keeps the height you chose and its content scrolls.',
    embedScript: 'Script with web components',
    embedScriptHint: 'The title, legend, map and source become part of your page and follow your styles; the title follows the year the reader picks.',
    embedView: 'View',
    embedViewMap: 'Map and legend',
    embedViewAll: 'All: map, legend, year slider, details and winners',
    embedHeight: 'Frame height (pixels)',
    embedPreview: 'Preview',
  },
};
