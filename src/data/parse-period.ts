// Reading a period as written in a data file ("2024", "2023-11", "2025-09-24"), with the reason when it
// is not one. Apart from periods.ts, which every page needs to order periods, because only the
// parsers (loaded when a CSV file is read) need to read them.
import type { Expected } from './problems.ts';
import { daysInMonth, type Period, type PeriodPrecision } from './periods.ts';

const MIN_YEAR = 1977; // the first social-security scheme for workers (Astek) dates from 1977
const MAX_YEAR = 2100;

export type Parsed<T> = { ok: true; value: T } | { ok: false; expected: Expected };

const FORMAT = 'a period written YYYY, YYYY-MM or YYYY-MM-DD';

export function parsePeriod(text: string): Parsed<Period> {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) {
    const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
    if (dmy) {
      const iso = `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
      return { ok: false, expected: `${FORMAT} (day-month-year dates are ambiguous: write ${iso} if that is what is meant)` };
    }
    if (/^\d{4}\s*\(/.test(text) || /^\d{4}\s*[a-z]/i.test(text)) {
      return { ok: false, expected: `${FORMAT}; put words such as "target" or "reported on" in the note` };
    }
    if (/^\d{4}\s*[-/–]\s*\d{4}$/.test(text)) {
      return { ok: false, expected: `${FORMAT}: one period, not a range; name the range in the note` };
    }
    return { ok: false, expected: FORMAT };
  }
  const year = Number(match[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return { ok: false, expected: `a year between ${MIN_YEAR} and ${MAX_YEAR}` };
  }
  const month = match[2] === undefined ? null : Number(match[2]);
  if (month !== null && (month < 1 || month > 12)) {
    return { ok: false, expected: `${FORMAT} with a month from 01 to 12` };
  }
  const day = match[3] === undefined ? null : Number(match[3]);
  if (day !== null && (day < 1 || day > daysInMonth(year, month!))) {
    return { ok: false, expected: `${FORMAT} with a day that exists (${year}-${match[2]} has ${daysInMonth(year, month!)} days)` };
  }
  const precision: PeriodPrecision = day !== null ? 'day' : month !== null ? 'month' : 'year';
  return { ok: true, value: { text, year, month, day, precision } };
}
