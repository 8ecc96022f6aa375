// The words of the iframe route (embed.html); the elements carry their own.
import type { Messages } from '../../i18n/messages.ts';
import { PROVINCE } from '../../data/current-province.ts';

export type EmbedPageKey = 'documentTitle' | 'winnersTitle' | 'detailsTitle' | 'subtitle' | 'sources' | 'credit';

export const EMBED_PAGE_MESSAGES: Messages<EmbedPageKey> = {
  id: {
    documentTitle: `Cakupan BPJS Ketenagakerjaan di ${PROVINCE.name.id} · Peta Paritrana`,
    winnersTitle: `Pemenang Paritrana Award di ${PROVINCE.name.id}`,
    detailsTitle: `Angka BPJS Ketenagakerjaan satu kabupaten/kota di ${PROVINCE.name.id}`,
    subtitle: `BPJS Ketenagakerjaan, menurut kabupaten/kota di ${PROVINCE.name.id}`,
    sources: 'Sumber: berita dan siaran resmi, dihimpun oleh',
    credit: 'Peta Paritrana',
  },
  en: {
    documentTitle: `BPJS Ketenagakerjaan coverage in ${PROVINCE.name.en} · Peta Paritrana`,
    winnersTitle: `Paritrana Award winners in ${PROVINCE.name.en}`,
    detailsTitle: `BPJS Ketenagakerjaan figures of one regency in ${PROVINCE.name.en}`,
    subtitle: `BPJS Ketenagakerjaan, by regency and city in ${PROVINCE.name.en}`,
    sources: 'Sources: news reports and official releases, compiled by',
    credit: 'Peta Paritrana',
  },
};
