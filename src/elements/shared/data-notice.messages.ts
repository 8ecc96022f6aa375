// The words of the loading notice every element that fetches its own data shows (data-notice.ts).
import type { Lang } from '../../i18n/lang.ts';

export const DATA_NOTICE_MESSAGES: Readonly<Record<Lang, { loading: string; late: string }>> = {
  id: {
    loading: 'Memuat data…',
    late: 'Data belum tiba. Masih menunggu; server data mungkin lambat.',
  },
  en: {
    loading: 'Loading the data…',
    late: 'The data has not arrived yet. Still waiting; the data server may be slow.',
  },
};
