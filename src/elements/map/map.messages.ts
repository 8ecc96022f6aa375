// The map's own words; shared ones (no figure, carried forward, metric names) are in src/i18n/messages.ts.
import type { Messages } from '../../i18n/messages.ts';

type MapWord = 'mapTitle' | 'listLabel' | 'listHint' | 'selected' | 'noBoundaries' | 'loading' | 'zoomIn' | 'zoomOut' | 'resetView' | 'viewControls'
  | 'gestureWindows' | 'gestureMac' | 'gestureMobile';

export const MAP_MESSAGES: Messages<MapWord> = {
  id: {
    mapTitle: 'Peta {metric} per {unit} di {province}, {year}',
    listLabel: '{Units} di peta, {year}',
    listHint:
      'Panah ke {unit} di sebelah timur, barat, utara atau selatan; Home dan End ke yang pertama dan terakhir menurut abjad; ketik nama untuk melompat. Enter atau Spasi untuk memilih, Delete untuk menghapus pilihan, Escape untuk keluar dari daftar ini.',
    selected: 'dipilih',
    noBoundaries: 'Peta tidak dapat digambar: berkas batas wilayah tidak termuat.',
    loading: 'Memuat peta…',
    zoomIn: 'Perbesar peta',
    zoomOut: 'Perkecil peta',
    resetView: 'Tampilan awal',
    viewControls: 'Tampilan peta',
    gestureWindows: 'Tekan Ctrl sambil menggulir untuk memperbesar atau memperkecil peta',
    gestureMac: 'Tekan ⌘ sambil menggulir untuk memperbesar atau memperkecil peta',
    gestureMobile: 'Gunakan dua jari untuk menggeser peta',
  },
  en: {
    mapTitle: 'Map of {metric} by {byUnit} in {province}, {year}',
    listLabel: '{Units} on the map, {year}',
    listHint:
      'Arrow keys go to the {unit} east, west, north or south; Home and End to the first and last by name; type a name to jump. Enter or Space selects, Delete clears the selection, Escape leaves this list.',
    selected: 'selected',
    noBoundaries: 'The map cannot be drawn: the boundary file did not load.',
    loading: 'Loading the map…',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetView: 'Reset view',
    viewControls: 'Map view',
    gestureWindows: 'Use Ctrl + scroll to zoom the map',
    gestureMac: 'Use ⌘ + scroll to zoom the map',
    gestureMobile: 'Use two fingers to move the map',
  },
};
