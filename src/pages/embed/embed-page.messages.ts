// The words of the iframe route (embed.html); the elements carry their own.
import type { Messages } from '../../i18n/messages.ts';

export type EmbedPageKey = 'documentTitle' | 'winnersTitle' | 'detailsTitle' | 'subtitle' | 'sources' | 'credit';

export const EMBED_PAGE_MESSAGES: Messages<EmbedPageKey> = {
  id: {
    documentTitle: 'Cakupan BPJS Ketenagakerjaan di {province} · Peta Paritrana',
    winnersTitle: 'Pemenang Paritrana Award di {province}',
    detailsTitle: 'Angka BPJS Ketenagakerjaan satu kabupaten/kota di {province}',
    subtitle: 'BPJS Ketenagakerjaan, menurut kabupaten/kota di {province}',
    sources: 'Sumber: berita dan siaran resmi, dihimpun oleh',
    credit: 'Peta Paritrana',
  },
  en: {
    documentTitle: 'BPJS Ketenagakerjaan coverage in {province} · Peta Paritrana',
    winnersTitle: 'Paritrana Award winners in {province}',
    detailsTitle: 'BPJS Ketenagakerjaan figures of one regency in {province}',
    subtitle: 'BPJS Ketenagakerjaan, by regency and city in {province}',
    sources: 'Sources: news reports and official releases, compiled by',
    credit: 'Peta Paritrana',
  },
};
