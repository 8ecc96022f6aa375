import { describe, expect, test } from 'vitest';
import { readUrlState, writeUrlState, type UrlState } from './url.ts';

const choices = { years: [2022, 2023, 2024], regionCodes: ['61', '61.02', '61.04'] };

describe('readUrlState', () => {
  test('reads year, metric, region and language the data offers', () => {
    expect(readUrlState('?year=2023&metric=participants_active&region=61.04&lang=en&carry=1', choices)).toEqual({
      year: 2023,
      metric: 'participants_active',
      region: '61.04',
      lang: 'en',
      carryForward: true,
    });
  });

  test('drops what the data does not offer, so an old or edited link opens defaults, not an empty map', () => {
    expect(readUrlState('?year=2019&metric=zero&region=6104&lang=fr&carry=yes', choices)).toEqual({});
  });

  test('ignores a malformed year', () => {
    expect(readUrlState('?year=2023abc', choices)).toEqual({});
    expect(readUrlState('?year=', choices)).toEqual({});
  });
});

describe('writeUrlState', () => {
  const state: UrlState = { year: 2024, metric: 'coverage_pct', region: null, lang: 'id', carryForward: false };

  test('writes the year always, and leaves defaults out so the common link stays short', () => {
    expect(writeUrlState('', state)).toBe('?year=2024');
  });

  test('writes region, metric and English, and keeps parameters it does not own', () => {
    expect(writeUrlState('?present=1', { year: 2024, metric: 'coverage_change_pp', region: '61.04', lang: 'en', carryForward: true })).toBe(
      '?present=1&year=2024&metric=coverage_change_pp&region=61.04&lang=en&carry=1',
    );
  });

  test('removes a cleared region and a language set back to the default', () => {
    expect(writeUrlState('?year=2023&region=61.04&lang=en&carry=1', state)).toBe('?year=2024');
  });

  test('round-trips through readUrlState', () => {
    const full: UrlState = { year: 2023, metric: 'participants_active', region: '61.02', lang: 'en', carryForward: true };
    expect(readUrlState(writeUrlState('', full), choices)).toEqual(full);
  });
});
