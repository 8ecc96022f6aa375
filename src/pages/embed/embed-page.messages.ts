// The words of the iframe route (embed.html); the elements carry their own.
import type { Messages } from '../../i18n/messages.ts';
import { PROVINCE } from '../../data/current-province.ts';

export type EmbedPageKey = 'documentTitle' | 'credit' | 'newTab';

export const EMBED_PAGE_MESSAGES: Messages<EmbedPageKey> = {
  id: {
    documentTitle: `Cakupan BPJS Ketenagakerjaan di ${PROVINCE.name.id} · Peta Paritrana`,
    credit: 'Peta Paritrana',
    newTab: '(membuka tab baru)',
  },
  en: {
    documentTitle: `BPJS Ketenagakerjaan coverage in ${PROVINCE.name.en} · Peta Paritrana`,
    credit: 'Peta Paritrana',
    newTab: '(opens in a new tab)',
  },
};
