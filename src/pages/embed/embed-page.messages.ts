// The words of the iframe route (embed.html); the elements carry their own.
import type { Messages } from '../../i18n/messages.ts';

export type EmbedPageKey = 'documentTitle' | 'winnersTitle' | 'detailsTitle' | 'subtitle' | 'sources' | 'credit';

export const EMBED_PAGE_MESSAGES: Messages<EmbedPageKey> = {
  id: {
    documentTitle: 'Cakupan BPJS Ketenagakerjaan di {province} · Peta Paritrana',
    winnersTitle: 'Pemenang Paritrana Award di {province}',
    detailsTitle: 'Angka BPJS Ketenagakerjaan satu {unit} di {province}',
    subtitle: 'BPJS Ketenagakerjaan, menurut {unit} di {province}',
    sources: 'Sumber: berita dan siaran resmi, dihimpun oleh',
    credit: 'Peta Paritrana',
  },
  en: {
    documentTitle: 'BPJS Ketenagakerjaan coverage in {province} · Peta Paritrana',
    winnersTitle: 'Paritrana Award winners in {province}',
    detailsTitle: 'BPJS Ketenagakerjaan figures of one {unit} in {province}',
    subtitle: 'BPJS Ketenagakerjaan, by {byUnit} in {province}',
    sources: 'Sources: news reports and official releases, compiled by',
    credit: 'Peta Paritrana',
  },
};
