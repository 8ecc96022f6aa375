// Periods as sources publish them, and their order: a year counts as its end, so within a year the
// latest figure is the one whose period ends last.
import { describe, expect, it } from 'vitest';
import { comparePeriods, parsePeriod, periodEnd, type Period, expectedFields } from '../../src/data/index.ts';

function period(text: string): Period {
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw new Error(`${text}: ${expectedFields(parsed.expected).expected}`);
  return parsed.value;
}
const refusal = (text: string) => {
  const parsed = parsePeriod(text);
  return parsed.ok ? `accepted ${parsed.value.text}` : expectedFields(parsed.expected).expected;
};

describe('parsePeriod', () => {
  it('reads a year, a month and a day with their precision', () => {
    expect(period('2024')).toEqual({ text: '2024', year: 2024, month: null, day: null, precision: 'year' });
    expect(period('2023-11')).toEqual({ text: '2023-11', year: 2023, month: 11, day: null, precision: 'month' });
    expect(period('2025-09-24')).toEqual({ text: '2025-09-24', year: 2025, month: 9, day: 24, precision: 'day' });
  });

  it('accepts 29 February in a leap year only', () => {
    expect(period('2024-02-29').day).toBe(29);
    expect(refusal('2023-02-29')).toContain('2023-02 has 28 days');
  });

  it('refuses words, ranges, day-month-year dates and impossible months or days, saying what to write', () => {
    expect(refusal('2025 (target)')).toContain('put words such as "target" or "reported on" in the note');
    expect(refusal('2023 early')).toContain('in the note');
    expect(refusal('2024-2025')).toContain('one period, not a range');
    expect(refusal('2024/2025')).toContain('one period, not a range');
    expect(refusal('23/11/2023')).toContain('write 2023-11-23 if that is what is meant');
    expect(refusal('1.2.2024')).toContain('write 2024-02-01 if that is what is meant');
    expect(refusal('2024-13')).toContain('a month from 01 to 12');
    expect(refusal('2024-00')).toContain('a month from 01 to 12');
    expect(refusal('2023-02-30')).toContain('a day that exists (2023-02 has 28 days)');
    expect(refusal('2024-04-31')).toContain('2024-04 has 30 days');
    expect(refusal('1024')).toBe('a year between 1977 and 2100');
    expect(refusal('2024-1')).toBe('a period written YYYY, YYYY-MM or YYYY-MM-DD');
    expect(refusal('')).toBe('a period written YYYY, YYYY-MM or YYYY-MM-DD');
  });
});

describe('periodEnd', () => {
  it('is the last day the period covers', () => {
    expect(periodEnd(period('2024'))).toBe('2024-12-31');
    expect(periodEnd(period('2024-02'))).toBe('2024-02-29');
    expect(periodEnd(period('2023-02'))).toBe('2023-02-28');
    expect(periodEnd(period('2023-11'))).toBe('2023-11-30');
    expect(periodEnd(period('2025-09-24'))).toBe('2025-09-24');
  });
});

describe('comparePeriods', () => {
  it('orders by end of period, a year counting as year-end', () => {
    const texts = ['2025', '2025-06', '2024-12-31', '2025-12', '2024', '2025-09-24', '2025-09'];
    const sorted = texts.map(period).sort(comparePeriods).map((p) => p.text);
    expect(sorted).toEqual(['2024', '2024-12-31', '2025-06', '2025-09-24', '2025-09', '2025', '2025-12']);
  });

  it('puts a finer period after a coarser one that ends the same day, and ties equal periods', () => {
    expect(comparePeriods(period('2024'), period('2024-12'))).toBeLessThan(0);
    expect(comparePeriods(period('2024-12'), period('2024-12-31'))).toBeLessThan(0);
    expect(comparePeriods(period('2024-12-31'), period('2024'))).toBeGreaterThan(0);
    expect(comparePeriods(period('2023-11'), period('2023-11'))).toBe(0);
  });
});
