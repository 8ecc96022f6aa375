// The words of the loading notice every element that fetches its own data shows (data-notice.ts).
import type { Lang } from '../../i18n/lang.ts';

export const DATA_NOTICE_MESSAGES: Readonly<Record<Lang, { loading: string; late: string }>> = {
  id: {
    loading: 'Memuat data…',
    late: 'Data belum tiba; masih menunggu…',
  },
  en: {
    loading: 'Loading the data…',
    late: 'The data is late; still waiting…',
  },
};
