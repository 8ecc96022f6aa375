// Numbers, periods and dates as a reader of each language writes them: "68,02%" / "68.02%",
// "per Nov 2023" / "as of Nov 2023". Fixed locales, never the browser's own, so the page reads the
// same everywhere and tests can pin it.
import type { Period } from '../data/index.ts';
import { LOCALES, type Lang } from './lang.ts';

type Format = 'percent' | 'number' | 'signed' | 'compact' | 'month' | 'date';

/** Each format's options: made when first used, since making an Intl format takes a phone tens of milliseconds. */
const OPTIONS: Record<Format, Intl.NumberFormatOptions | Intl.DateTimeFormatOptions> = {
  percent: { style: 'percent', maximumFractionDigits: 2 },
  // Sources publish 27.5 or 68.02: show the digits they gave, never pad 27.5 to "27,50".
  number: { maximumFractionDigits: 2 },
  signed: { maximumFractionDigits: 2, signDisplay: 'exceptZero' },
  compact: { notation: 'compact' },
  // UTC throughout: a period is a calendar label, not an instant; no time zone may shift its month.
  month: { month: 'short', timeZone: 'UTC' },
  date: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
};

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(lang: Lang, format: 'percent' | 'number' | 'signed' | 'compact'): Intl.NumberFormat {
  const key = `${lang} ${format}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(LOCALES[lang], OPTIONS[format] as Intl.NumberFormatOptions)));
  return f as Intl.NumberFormat;
}

function dateFormat(lang: Lang, format: 'month' | 'date'): Intl.DateTimeFormat {
  const key = `${lang} ${format}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(LOCALES[lang], OPTIONS[format] as Intl.DateTimeFormatOptions)));
  return f as Intl.DateTimeFormat;
}

/**
 * What a table shows for a value that cannot be shown: three dots, as BPS tables mark data not
 * available ("-" there means zero, which this is not).
 */
export const NOT_AVAILABLE = '...';

/**
 * A number as it may be shown: minus zero is zero (never "-0%"), and infinity or not-a-number, which
 * no source publishes and validation refuses, is null, so it is shown as missing and never as "∞".
 */
export function showable(value: number): number | null {
  if (!Number.isFinite(value)) return null;
  return value === 0 ? 0 : value;
}

/**
 * The value the formats below round to two decimals: one that rounds to nothing is zero, since Intl
 * writes -0.001 as "-0" (signDisplay "negative", which would not, is missing from browsers still in use).
 */
function shownDigits(value: number): number | null {
  const shown = showable(value);
  return shown !== null && Math.abs(shown) < 0.005 ? 0 : shown;
}

/** The typographic minus (U+2212), as type sets a negative number: Intl writes the shorter hyphen-minus. */
const MINUS = '\u2212';

/** Intl's text with its hyphen-minus set as a minus: the only place a sign is written. */
function withMinus(text: string): string {
  return text.replace('-', MINUS);
}

/** A percentage on the 0-100 scale: "68,02%" (id), "68.02%" (en), "−1,5%". */
export function formatPercent(value: number, lang: Lang): string {
  const shown = shownDigits(value);
  return shown === null ? NOT_AVAILABLE : withMinus(numberFormat(lang, 'percent').format(shown / 100));
}

/** A plain number: "110.013" (id), "110,013" (en), "−5". */
export function formatNumber(value: number, lang: Lang): string {
  const shown = shownDigits(value);
  return shown === null ? NOT_AVAILABLE : withMinus(numberFormat(lang, 'number').format(shown));
}

/** A count as a tick where room is short: "25 rb" (id, as BPS abbreviates ribu), "25k" (en); "−5". */
export function formatCompact(value: number, lang: Lang): string {
  const shown = shownDigits(value);
  return shown === null ? NOT_AVAILABLE : withMinus(numberFormat(lang, 'compact').format(shown));
}

/**
 * A change in percentage points, written in full as BPS writes it: "+12,33 persen poin" (id),
 * "+12.33 percentage points" (en). Never "poin" alone (a point of what?) nor "pp" (not Indonesian).
 */
export function formatPoints(value: number, lang: Lang): string {
  if (showable(value) === null) return NOT_AVAILABLE;
  return `${formatSigned(value, lang)} ${pointsUnit(value, lang)}`;
}

/** A signed number without its unit: "+12,33", "−1" (a minus, not a hyphen), "0". */
export function formatSigned(value: number, lang: Lang): string {
  const shown = shownDigits(value);
  return shown === null ? NOT_AVAILABLE : withMinus(numberFormat(lang, 'signed').format(shown));
}

/** "persen poin"; in English "percentage point" for exactly one, else "percentage points". */
export function pointsUnit(value: number, lang: Lang): string {
  if (lang === 'id') return 'persen poin';
  return Math.abs(value) === 1 ? 'percentage point' : 'percentage points';
}

/** The period a figure describes: "tahun 2024" / "year 2024", "per Nov 2023" / "as of Nov 2023". */
export function formatPeriod(period: Period, lang: Lang): string {
  if (period.month === null) return lang === 'id' ? `tahun ${period.year}` : `year ${period.year}`;
  const month = dateFormat(lang, 'month').format(new Date(Date.UTC(period.year, period.month - 1, 1))).replace(/\.$/, '');
  const when = period.day === null ? `${month} ${period.year}` : `${period.day} ${month} ${period.year}`;
  return lang === 'id' ? `per ${when}` : `as of ${when}`;
}

/** A period bare, for the two ends of a change or a short list: "Des 2023" / "Dec 2023", "2024", "3 Okt 2023". */
export function formatPeriodShort(period: Period, lang: Lang): string {
  if (period.month === null) return String(period.year);
  const month = dateFormat(lang, 'month').format(new Date(Date.UTC(period.year, period.month - 1, 1))).replace(/\.$/, '');
  return period.day === null ? `${month} ${period.year}` : `${period.day} ${month} ${period.year}`;
}

/** A day in full: "24 September 2025" in both languages' own words. */
export function formatDate(period: Period, lang: Lang): string {
  if (period.month === null) return String(period.year);
  if (period.day === null) {
    return new Intl.DateTimeFormat(LOCALES[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(period.year, period.month - 1, 1)),
    );
  }
  return dateFormat(lang, 'date').format(new Date(Date.UTC(period.year, period.month - 1, period.day)));
}

/** The site a source link goes to, without "www.": what a reader needs to judge it at a glance. */
export function sourceHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
