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

/** Days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
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
