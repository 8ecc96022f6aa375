// Numbers and dates as a reader in Indonesia writes them: "68,02%", "per Nov 2023". Always id-ID,
// whatever the browser's own locale, so the page reads the same everywhere and tests can pin it.
import type { Period } from '../data/index.ts';

const LOCALE = 'id-ID';

const percentFormat = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 2 });
// Sources publish 27.5 or 68.02: show the digits they gave, never pad 27.5 to "27,50".
const numberFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });
// UTC throughout: a period is a calendar label, not an instant, so no time zone may shift its month.
const monthFormat = new Intl.DateTimeFormat(LOCALE, { month: 'short', timeZone: 'UTC' });

/** A percentage given on the 0-100 scale, as "68,02%". */
export function formatPercent(value: number): string {
  return percentFormat.format(value / 100);
}

/** A plain number, "68,02" or "110.013". */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** The period a figure describes: "tahun 2024", "per Nov 2023", "per 24 Sep 2025". */
export function formatPeriod(period: Period): string {
  if (period.month === null) return `tahun ${period.year}`;
  const month = monthFormat.format(new Date(Date.UTC(period.year, period.month - 1, 1)));
  return period.day === null ? `per ${month} ${period.year}` : `per ${period.day} ${month} ${period.year}`;
}

/** The site a source link goes to, without "www.": what a reader needs to judge it at a glance. */
export function sourceHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
