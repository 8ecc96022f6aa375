// The words of the notice about an address the page could not follow (src/pages/app/address-notice.ts),
// loaded with it: most readers never see them.
import type { Messages } from '../../i18n/messages.ts';

export const ADDRESS_NOTICE_MESSAGES: Messages<'metric' | 'year' | 'region' | 'corrected' | 'close'> = {
  id: {
    metric: 'Alamat halaman ini menyebut indikator “{value}”, yang tidak ada; peta menampilkan {shown}. Indikator yang ada: {choices}.',
    year: 'Alamat halaman ini menyebut tahun “{value}”, yang tidak ada dalam data; peta menampilkan {shown}. Tahun yang ada: {choices}.',
    region: 'Alamat halaman ini menyebut wilayah “{value}”, yang tidak ada di peta; tidak ada wilayah yang dipilih. Tulis kode Kemendagri, misalnya {example}.',
    corrected: 'Alamat sudah diperbaiki.',
    close: 'Tutup pemberitahuan',
  },
  en: {
    metric: 'This page’s address names the metric “{value}”, which does not exist; the map shows {shown}. The metrics are: {choices}.',
    year: 'This page’s address names the year “{value}”, which the data do not have; the map shows {shown}. The years are: {choices}.',
    region: 'This page’s address names the region “{value}”, which is not on the map; no region is selected. Write a Kemendagri code, such as {example}.',
    corrected: 'The address has been corrected.',
    close: 'Close the notice',
  },
};
