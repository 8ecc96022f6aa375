import { describe, expect, test } from 'vitest';
import { parsePeriod, type Period } from '../data/index.ts';
import { formatCompact, formatDate, formatNumber, formatPercent, formatPeriod, formatPeriodShort, formatPoints, formatSigned, NOT_AVAILABLE, showable, sourceHost } from './format.ts';

function period(text: string): Period {
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw new Error(String(parsed.expected));
  return parsed.value;
}

describe('formatPercent', () => {
  test('writes a decimal comma in Indonesian and a decimal point in English', () => {
    expect(formatPercent(68.02, 'id')).toBe('68,02%');
    expect(formatPercent(68.02, 'en')).toBe('68.02%');
  });

  test('keeps the digits the source gave, without padding', () => {
    expect(formatPercent(27.5, 'id')).toBe('27,5%');
    expect(formatPercent(40, 'id')).toBe('40%');
  });
});

describe('formatNumber and formatPoints', () => {
  test('groups thousands with dots in Indonesian, commas in English', () => {
    expect(formatNumber(110013, 'id')).toBe('110.013');
    expect(formatNumber(110013, 'en')).toBe('110,013');
  });

  test('a change carries its sign and unit', () => {
    expect(formatPoints(12.33, 'id')).toBe('+12,33 persen poin');
    expect(formatPoints(-0.86, 'en')).toBe('\u22120.86 percentage points');
    expect(formatPoints(1, 'en')).toBe('+1 percentage point');
  });
});

test('a negative number is set with the typographic minus (U+2212), never the hyphen-minus, in every format', () => {
  for (const lang of ['id', 'en'] as const) {
    for (const text of [formatPercent(-1.5, lang), formatNumber(-1200, lang), formatSigned(-5, lang), formatPoints(-0.86, lang)]) {
      expect(text).toMatch(/^\u2212\d/);
      expect(text).not.toContain('-');
    }
  }
  expect(formatSigned(-5, 'id')).toBe('\u22125');
  expect(formatPercent(-1.5, 'id')).toBe('\u22121,5%');
});

test('formatCompact abbreviates a count for a tick: "25 rb", "25k"', () => {
  expect(formatCompact(25_000, 'id')).toBe('25\u00a0rb'); // a no-break space: a tick never splits
  expect(formatCompact(100_000, 'en')).toBe('100k');
  expect(formatCompact(-5, 'en')).toBe('\u22125');
});

describe('formatPeriodShort', () => {
  test('a bare period, for the ends of a change: "Des 2023", "2024"', () => {
    expect(formatPeriodShort(period('2023-12'), 'id')).toBe('Des 2023');
    expect(formatPeriodShort(period('2023-10'), 'en')).toBe('Oct 2023');
    expect(formatPeriodShort(period('2024'), 'id')).toBe('2024');
  });
});

describe('formatPeriod', () => {
  test('a year figure reads as the year', () => {
    expect(formatPeriod(period('2024'), 'id')).toBe('tahun 2024');
    expect(formatPeriod(period('2024'), 'en')).toBe('year 2024');
  });

  test('a month figure reads "per" and the Indonesian month abbreviation, "as of" in English', () => {
    expect(formatPeriod(period('2023-11'), 'id')).toBe('per Nov 2023');
    expect(formatPeriod(period('2025-08'), 'id')).toBe('per Agu 2025');
    expect(formatPeriod(period('2023-12'), 'id')).toBe('per Des 2023');
    expect(formatPeriod(period('2023-11'), 'en')).toBe('as of Nov 2023');
    expect(formatPeriod(period('2025-09'), 'en')).toBe('as of Sept 2025');
  });

  test('a day figure gives the day as well', () => {
    expect(formatPeriod(period('2025-09-24'), 'id')).toBe('per 24 Sep 2025');
  });

  test('the month does not shift with the time zone (January 1 stays January)', () => {
    expect(formatPeriod(period('2024-01'), 'id')).toBe('per Jan 2024');
  });
});

test('formatDate writes the day in full', () => {
  expect(formatDate(period('2025-09-24'), 'id')).toBe('24 September 2025');
  expect(formatDate(period('2022-01-28'), 'en')).toBe('28 January 2022');
});

test('sourceHost names the site without "www."', () => {
  expect(sourceHost('https://www.borneotrend.com/2025/06/x.html')).toBe('borneotrend.com');
  expect(sourceHost('https://kalbar.antaranews.com/amp/berita/1')).toBe('kalbar.antaranews.com');
});

describe('values that cannot be shown', () => {
  test('infinity and not-a-number are shown as not available (...), never as "∞" or "NaN"', () => {
    for (const value of [Infinity, -Infinity, NaN]) {
      for (const lang of ['id', 'en'] as const) {
        for (const text of [formatPercent(value, lang), formatNumber(value, lang), formatSigned(value, lang), formatPoints(value, lang)]) {
          expect(text).toBe(NOT_AVAILABLE);
        }
      }
    }
  });

  test('minus zero, and a negative value that rounds to zero, are written 0, never "-0"', () => {
    expect(formatPercent(-0, 'id')).toBe('0%');
    expect(formatPercent(-0.001, 'en')).toBe('0%');
    expect(formatNumber(-0, 'en')).toBe('0');
    expect(formatNumber(-0.004, 'id')).toBe('0');
    expect(formatSigned(-0.001, 'en')).toBe('0');
    expect(formatPoints(-0, 'id')).toBe('0 persen poin');
    // Just past half a hundredth it is a real fall, and keeps its sign.
    expect(formatPoints(-0.005, 'en')).toBe('\u22120.01 percentage points');
  });

  test('showable: null for what cannot be shown, 0 for minus zero, the value otherwise', () => {
    expect(showable(Infinity)).toBeNull();
    expect(showable(NaN)).toBeNull();
    expect(Object.is(showable(-0), 0)).toBe(true);
    expect(showable(-3.5)).toBe(-3.5);
  });
});
