// Reading a period as written in a data file ("2024", "2023-11", "2025-09-24"), with the reason when it
// is not one. Apart from periods.ts, which every page needs to order periods, because only the
// parsers (loaded when a CSV file is read) need to read them.
import { w, type Expected } from './problems.ts';
import { daysInMonth, type Period, type PeriodPrecision } from './periods.ts';

const MIN_YEAR = 1977; // the first social-security scheme for workers (Astek) dates from 1977
const MAX_YEAR = 2100;

export type Parsed<T> = { ok: true; value: T } | { ok: false; expected: Expected };

const FORMAT = w('periode yang ditulis TTTT, TTTT-BB atau TTTT-BB-HH', 'a period written YYYY, YYYY-MM or YYYY-MM-DD');

/** A fragment after the format, in both languages: "a period written …; put words in the note". */
const withFormat = (id: string, en: string) => w(`${FORMAT.id}${id}`, `${FORMAT.en}${en}`);

/** Months as offices write them, Bahasa Indonesia and English, in full and cut to three letters. */
const MONTHS: ReadonlyMap<string, number> = /* @__PURE__ */ new Map(
  [
    ['januari', 'january', 'jan'],
    ['februari', 'february', 'feb', 'pebruari'],
    ['maret', 'march', 'mar'],
    ['april', 'apr'],
    ['mei', 'may'],
    ['juni', 'june', 'jun'],
    ['juli', 'july', 'jul'],
    ['agustus', 'august', 'agu', 'agt', 'aug'],
    ['september', 'sep', 'sept'],
    ['oktober', 'october', 'okt', 'oct'],
    ['november', 'nov', 'nop', 'nopember'],
    ['desember', 'december', 'des', 'dec'],
  ].flatMap((names, i) => names.map((name) => [name, i + 1] as const)),
);

/**
 * "Desember 2025", "Des 2025", "31 Desember 2025": a month's name says which month it is in any
 * language, so the period is read as YYYY-MM (or YYYY-MM-DD) without a guess.
 */
function namedMonth(text: string): string | null {
  const match = /^(?:(\d{1,2})\s+)?([a-z]+)\.?\s+(\d{4})$/i.exec(text.trim());
  const month = match ? MONTHS.get(match[2]!.toLowerCase()) : undefined;
  if (!match || month === undefined) return null;
  const ym = `${match[3]}-${String(month).padStart(2, '0')}`;
  return match[1] === undefined ? ym : `${ym}-${match[1].padStart(2, '0')}`;
}

export function parsePeriod(text: string): Parsed<Period> {
  const named = namedMonth(text);
  if (named !== null) return parsePeriod(named);
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) {
    const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
    if (dmy) {
      const iso = `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
      return { ok: false, expected: withFormat(` (tanggal hari-bulan-tahun bermakna ganda: tulis ${iso} bila itu yang dimaksud)`, ` (day-month-year dates are ambiguous: write ${iso} if that is what is meant)`) };
    }
    if (/^\d{4}\s*\(/.test(text) || /^\d{4}\s*[a-z]/i.test(text)) {
      return { ok: false, expected: withFormat('; tulis kata seperti "target" atau "dilaporkan pada" di catatan', '; put words such as "target" or "reported on" in the note') };
    }
    if (/^\d{4}\s*[-/–]\s*\d{4}$/.test(text)) {
      return { ok: false, expected: withFormat(': satu periode, bukan rentang; sebutkan rentangnya di catatan', ': one period, not a range; name the range in the note') };
    }
    return { ok: false, expected: FORMAT };
  }
  const year = Number(match[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return { ok: false, expected: w(`tahun antara ${MIN_YEAR} dan ${MAX_YEAR}`, `a year between ${MIN_YEAR} and ${MAX_YEAR}`) };
  }
  const month = match[2] === undefined ? null : Number(match[2]);
  if (month !== null && (month < 1 || month > 12)) {
    return { ok: false, expected: withFormat(' dengan bulan 01 sampai 12', ' with a month from 01 to 12') };
  }
  const day = match[3] === undefined ? null : Number(match[3]);
  if (day !== null && (day < 1 || day > daysInMonth(year, month!))) {
    const days = daysInMonth(year, month!);
    return { ok: false, expected: withFormat(` dengan tanggal yang ada (${year}-${match[2]} memiliki ${days} hari)`, ` with a day that exists (${year}-${match[2]} has ${days} days)`) };
  }
  const precision: PeriodPrecision = day !== null ? 'day' : month !== null ? 'month' : 'year';
  return { ok: true, value: { text, year, month, day, precision } };
}
