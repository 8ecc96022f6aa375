// Periods as sources publish them: a year ("2024": the year's figure or its end), a month
// ("2023-11") or a day ("2025-09-24"). Ordering within a year uses the end of the period, so a
// year figure counts as year-end and a December figure ties with it.

export type PeriodPrecision = 'year' | 'month' | 'day';

export interface Period {
  /** As written in the file, e.g. "2023-11". */
  text: string;
  year: number;
  month: number | null;
  day: number | null;
  precision: PeriodPrecision;
}

const MIN_YEAR = 1977; // the first social-security scheme for workers (Astek) dates from 1977
const MAX_YEAR = 2100;

export type Parsed<T> = { ok: true; value: T } | { ok: false; expected: string };

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

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The last day the period covers, as an ISO date: the key for "latest in the year". */
export function periodEnd(period: Period): string {
  const month = period.month ?? 12;
  const day = period.day ?? daysInMonth(period.year, month);
  return `${period.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Orders periods by their end, then finer precision last (a day figure after its month's). */
export function comparePeriods(a: Period, b: Period): number {
  const byEnd = periodEnd(a).localeCompare(periodEnd(b));
  if (byEnd !== 0) return byEnd;
  const rank = { year: 0, month: 1, day: 2 } as const;
  return rank[a.precision] - rank[b.precision];
}
