import { describe, expect, test } from 'vitest';
import { parsePeriod, type Period } from '../data/index.ts';
import { formatNumber, formatPercent, formatPeriod, sourceHost } from './indonesian.ts';

function period(text: string): Period {
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw new Error(parsed.expected);
  return parsed.value;
}

describe('formatPercent', () => {
  test('writes a decimal comma and a percent sign, as in Indonesian', () => {
    expect(formatPercent(68.02)).toBe('68,02%');
  });

  test('keeps the digits the source gave, without padding', () => {
    expect(formatPercent(27.5)).toBe('27,5%');
    expect(formatPercent(40)).toBe('40%');
  });
});

describe('formatNumber', () => {
  test('groups thousands with dots', () => {
    expect(formatNumber(110013)).toBe('110.013');
  });
});

describe('formatPeriod', () => {
  test('a year figure reads as the year', () => {
    expect(formatPeriod(period('2024'))).toBe('tahun 2024');
  });

  test('a month figure reads "per" and the Indonesian month abbreviation', () => {
    expect(formatPeriod(period('2023-11'))).toBe('per Nov 2023');
    expect(formatPeriod(period('2025-08'))).toBe('per Agu 2025');
    expect(formatPeriod(period('2023-12'))).toBe('per Des 2023');
  });

  test('a day figure gives the day as well', () => {
    expect(formatPeriod(period('2025-09-24'))).toBe('per 24 Sep 2025');
  });

  test('the month does not shift with the time zone (January 1 stays January)', () => {
    expect(formatPeriod(period('2024-01'))).toBe('per Jan 2024');
  });
});

describe('sourceHost', () => {
  test('names the site without "www."', () => {
    expect(sourceHost('https://www.borneotrend.com/2025/06/x.html')).toBe('borneotrend.com');
    expect(sourceHost('https://kalbar.antaranews.com/amp/berita/1')).toBe('kalbar.antaranews.com');
  });
});
