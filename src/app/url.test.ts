import { describe, expect, test } from 'vitest';
import { searchWithYear, yearFromSearch } from './url.ts';

describe('yearFromSearch', () => {
  test('reads a year the data offers', () => {
    expect(yearFromSearch('?year=2023', [2022, 2023, 2024])).toBe(2023);
  });

  test('ignores a year the data does not offer, so an old link does not open an empty map', () => {
    expect(yearFromSearch('?year=2019', [2022, 2023])).toBeNull();
  });

  test('ignores a missing or malformed year', () => {
    expect(yearFromSearch('', [2023])).toBeNull();
    expect(yearFromSearch('?year=2023abc', [2023])).toBeNull();
    expect(yearFromSearch('?year=', [2023])).toBeNull();
  });
});

describe('searchWithYear', () => {
  test('sets the year and keeps the other parameters', () => {
    expect(searchWithYear('?lang=en&year=2022', 2024)).toBe('?lang=en&year=2024');
    expect(searchWithYear('', 2023)).toBe('?year=2023');
  });
});
