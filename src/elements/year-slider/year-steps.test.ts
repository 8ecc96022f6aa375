import { describe, expect, test } from 'vitest';
import { nearestYear, nextPlayYear, playStartYear, yearAtPosition, yearForKey, yearPosition } from './year-steps.ts';

const years = [2021, 2022, 2023, 2024, 2025];
const gappy = [2015, 2019, 2020, 2025];

describe('yearForKey', () => {
  test('arrows and page keys step one offered year back or forward', () => {
    expect(yearForKey(years, 2023, 'ArrowLeft')).toBe(2022);
    expect(yearForKey(years, 2023, 'ArrowDown')).toBe(2022);
    expect(yearForKey(years, 2023, 'PageDown')).toBe(2022);
    expect(yearForKey(years, 2023, 'ArrowRight')).toBe(2024);
    expect(yearForKey(years, 2023, 'ArrowUp')).toBe(2024);
    expect(yearForKey(years, 2023, 'PageUp')).toBe(2024);
  });

  test('skips years that are not offered', () => {
    expect(yearForKey(gappy, 2015, 'ArrowRight')).toBe(2019);
    expect(yearForKey(gappy, 2020, 'ArrowRight')).toBe(2025);
  });

  test('Home and End go to the ends; at an end a step stays put', () => {
    expect(yearForKey(years, 2023, 'Home')).toBe(2021);
    expect(yearForKey(years, 2023, 'End')).toBe(2025);
    expect(yearForKey(years, 2021, 'ArrowLeft')).toBe(2021);
    expect(yearForKey(years, 2025, 'PageUp')).toBe(2025);
  });

  test('a current year not on the list steps from the nearest one', () => {
    expect(yearForKey(gappy, 2017, 'ArrowRight')).toBe(2019);
  });

  test('other keys and an empty list are not handled', () => {
    expect(yearForKey(years, 2023, 'a')).toBeNull();
    expect(yearForKey(years, 2023, ' ')).toBeNull();
    expect(yearForKey([], 2023, 'ArrowLeft')).toBeNull();
  });
});

describe('play', () => {
  test('advances to the next offered year and stops at the last', () => {
    expect(nextPlayYear(gappy, 2015)).toBe(2019);
    expect(nextPlayYear(years, 2024)).toBe(2025);
    expect(nextPlayYear(years, 2025)).toBeNull();
  });

  test('started at the last year, play starts again from the first', () => {
    expect(playStartYear(years, 2025)).toBe(2021);
    expect(playStartYear(years, 2023)).toBe(2023);
  });
});

describe('positions on the track', () => {
  test('years sit in proportion to time, gaps included', () => {
    expect(yearPosition(years, 2021)).toBe(0);
    expect(yearPosition(years, 2023)).toBe(0.5);
    expect(yearPosition(gappy, 2020)).toBe(0.5);
    expect(yearPosition([2024], 2024)).toBe(0.5);
  });

  test('a point on the track selects the nearest offered year', () => {
    expect(yearAtPosition(years, 0)).toBe(2021);
    expect(yearAtPosition(years, 0.6)).toBe(2023);
    expect(yearAtPosition(years, 0.63)).toBe(2024);
    expect(yearAtPosition(years, 1.4)).toBe(2025);
    expect(yearAtPosition(gappy, 0.3)).toBe(2019);
    expect(yearAtPosition([], 0.5)).toBeUndefined();
  });

  test('nearestYear prefers the earlier year on a tie', () => {
    expect(nearestYear([2020, 2022], 2021)).toBe(2020);
    expect(nearestYear([], 2021)).toBeUndefined();
  });
});
