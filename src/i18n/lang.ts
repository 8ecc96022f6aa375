// The page's two languages. Bahasa Indonesia first: it is the default everywhere, and any value we
// do not recognise falls back to it.
export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];
export const DEFAULT_LANG: Lang = 'id';

/** The BCP 47 locale for number and date formats: id-ID writes 68,02%, en-GB 68.02%. */
export const LOCALES: Readonly<Record<Lang, string>> = { id: 'id-ID', en: 'en-GB' };

export function toLang(value: string | null | undefined): Lang {
  return value === 'en' ? 'en' : DEFAULT_LANG;
}
