import type { Messages } from '../../i18n/messages.ts';

export const LEGEND_MESSAGES: Messages<'hint'> = {
  id: { hint: 'Arahkan penunjuk atau fokus ke kelas untuk menyorot wilayahnya di peta; tombol panah berpindah kelas.' },
  en: { hint: 'Point at or focus a class to highlight its regions on the map; arrow keys move between classes.' },
};
